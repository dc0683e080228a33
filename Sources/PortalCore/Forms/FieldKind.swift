/// What kind of answer a field takes. The raw values are the names used in the JSON API.
public enum FieldKind: String, Hashable, Sendable, Codable, CaseIterable {
    case text
    case longText
    case integer
    case decimal
    case date
    case email
    case phone
    case singleChoice
    case multipleChoice
    case yesNo
    case consent
    case file
    /// A Euro amount, at most two decimal places.
    case money
    /// A time of day, `HH:MM`.
    case time
    /// A local date and time, `2026-12-24T09:30` in the API, `24.12.2026 09:30` in forms.
    case dateTime
    /// A bank account in IBAN form, checked by its checksum.
    case iban
    /// Text shown in the form; takes no answer.
    case staticText
    /// A value set by the form (`fixedValue`), not shown and not changeable.
    case hidden
    /// A value set by the form (`fixedValue`), shown but not changeable.
    case readOnly
    /// A German postal address block (street, number, addition, PLZ, town).
    case postalAddress
    /// A place: a postal address or coordinates, or both.
    case location
    /// A fieldset of other fields; repeatable when the field has a `repetition`.
    case group

    public var hasOptions: Bool { self == .singleChoice || self == .multipleChoice }
    /// Answered by ticking radios or checkboxes (choices and yes/no), which can reveal further questions.
    public var hasChoiceInputs: Bool { hasOptions || self == .yesNo }
    /// Whether the applicant types or picks the answer (not static text, fixed values or files).
    public var takesInput: Bool { ![.staticText, .hidden, .readOnly, .file, .group].contains(self) }
    /// Kinds answered through several inputs named `key.part`.
    public var isCompound: Bool { self == .postalAddress || self == .location }
    public var isNumeric: Bool { self == .integer || self == .decimal }
    public var isTextual: Bool { self == .text || self == .longText || self == .email || self == .phone }

    /// The longest text accepted when the form sets no `maxLength`, so no field takes unbounded input.
    public var defaultMaxLength: Int? {
        switch self {
        case .text: 500
        case .longText: 10_000
        case .email: 254
        case .phone: 40
        case .iban: 42
        default: nil
        }
    }
}
