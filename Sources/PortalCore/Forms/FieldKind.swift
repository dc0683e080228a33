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

    public var hasOptions: Bool { self == .singleChoice || self == .multipleChoice }
    public var isNumeric: Bool { self == .integer || self == .decimal }
    public var isTextual: Bool { self == .text || self == .longText || self == .email || self == .phone }

    /// The longest text accepted when the form sets no `maxLength`, so no field takes unbounded input.
    public var defaultMaxLength: Int? {
        switch self {
        case .text: 500
        case .longText: 10_000
        case .email: 254
        case .phone: 40
        default: nil
        }
    }
}
