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

    public init(
        key: String, kind: FieldKind, label: String, hint: String? = nil, isRequired: Bool = true,
        options: [ChoiceOption] = [], constraints: FieldConstraints = .none, autocomplete: String? = nil, fixedValue: String? = nil
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
    }

    public func option(_ value: String) -> ChoiceOption? {
        options.first { $0.value == value }
    }
}
