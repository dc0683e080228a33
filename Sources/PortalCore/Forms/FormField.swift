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
    /// The fields of a group, in order.
    public var fields: [FormField]
    /// Set for a repeatable group: its answer is a list of entries, each answering `fields`.
    /// A group without it is a fieldset whose fields are answered like any other.
    public var repetition: Repetition?

    public init(
        key: String, kind: FieldKind, label: String, hint: String? = nil, isRequired: Bool = true,
        options: [ChoiceOption] = [], constraints: FieldConstraints = .none, autocomplete: String? = nil, fixedValue: String? = nil,
        showIf: Condition? = nil, requireIf: Condition? = nil, forbidIf: Condition? = nil,
        fields: [FormField] = [], repetition: Repetition? = nil
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
        self.fields = fields
        self.repetition = repetition
    }

    enum CodingKeys: String, CodingKey {
        case key, kind, label, hint, isRequired, options, constraints, autocomplete, fixedValue, showIf, requireIf, forbidIf, fields, repetition
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        kind = try container.decode(FieldKind.self, forKey: .kind)
        label = try container.decode(String.self, forKey: .label)
        hint = try container.decodeIfPresent(String.self, forKey: .hint)
        isRequired = try container.decodeIfPresent(Bool.self, forKey: .isRequired) ?? true
        options = try container.decodeIfPresent([ChoiceOption].self, forKey: .options) ?? []
        constraints = try container.decodeIfPresent(FieldConstraints.self, forKey: .constraints) ?? .none
        autocomplete = try container.decodeIfPresent(String.self, forKey: .autocomplete)
        fixedValue = try container.decodeIfPresent(String.self, forKey: .fixedValue)
        showIf = try container.decodeIfPresent(Condition.self, forKey: .showIf)
        requireIf = try container.decodeIfPresent(Condition.self, forKey: .requireIf)
        forbidIf = try container.decodeIfPresent(Condition.self, forKey: .forbidIf)
        fields = try container.decodeIfPresent([FormField].self, forKey: .fields) ?? []
        repetition = try container.decodeIfPresent(Repetition.self, forKey: .repetition)
    }

    /// A group whose answer is a list of entries.
    public var isRepeatable: Bool { kind == .group && repetition != nil }

    /// The fields that carry their own answer, in order: a plain group stands for its fields,
    /// a repeatable group is one answer (its list of entries).
    public var answerFields: [FormField] {
        kind == .group && repetition == nil ? fields.flatMap(\.answerFields) : [self]
    }

    /// Whether an answer is needed: a repeatable group needs one when it asks for at least one entry.
    public var needsAnswer: Bool {
        isRepeatable ? (repetition?.min ?? 0) > 0 : isRequired
    }

    public func option(_ value: String) -> ChoiceOption? {
        options.first { $0.value == value }
    }
}
