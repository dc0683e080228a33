/// One question of a form.
public struct FormField: Hashable, Sendable, Codable {
    /// Stable machine name, unique within the form; answers are keyed by it.
    public var key: String
    public var kind: FieldKind
    public var label: String
    public var hint: String?
    public var isRequired: Bool
    public var options: [ChoiceOption]
    public var constraints: FieldConstraints
    /// The HTML `autocomplete` token (`given-name`, `postal-code`), so browsers can fill it in.
    public var autocomplete: String?
    /// The value of `hidden` and `readOnly` fields; whatever is sent for them is ignored.
    public var fixedValue: String?
    /// Shown (and answered) only while this holds; a hidden field's answer is dropped.
    public var showIf: Condition?
    /// Required while this holds, in addition to `isRequired`.
    public var requireIf: Condition?
    /// Must stay empty while this holds.
    public var forbidIf: Condition?

    public init(
        key: String, kind: FieldKind, label: String, hint: String? = nil, isRequired: Bool = true,
        options: [ChoiceOption] = [], constraints: FieldConstraints = .none, autocomplete: String? = nil, fixedValue: String? = nil,
        showIf: Condition? = nil, requireIf: Condition? = nil, forbidIf: Condition? = nil
    ) {
        self.key = key
        self.kind = kind
        self.label = label
        self.hint = hint
        self.isRequired = isRequired
        self.options = options
        self.constraints = constraints
        self.autocomplete = autocomplete
        self.fixedValue = fixedValue
        self.showIf = showIf
        self.requireIf = requireIf
        self.forbidIf = forbidIf
    }

    public func option(_ value: String) -> ChoiceOption? {
        options.first { $0.value == value }
    }
}
