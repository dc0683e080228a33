import Foundation

/// A validated answer to one field, typed by the field's kind.
public enum AnswerValue: Hashable, Sendable {
    case text(String)
    case integer(Int)
    case decimal(Decimal)
    case date(LocalDate)
    case bool(Bool)
    case choice(String)
    case choices([String])

    /// The API and storage form: ISO dates, JSON numbers, option values, booleans.
    public var json: JSONValue {
        switch self {
        case .text(let text): .string(text)
        case .integer(let number): .number(Decimal(number))
        case .decimal(let number): .number(number)
        case .date(let date): .string(date.iso)
        case .bool(let flag): .bool(flag)
        case .choice(let value): .string(value)
        case .choices(let values): .array(values.map(JSONValue.string))
        }
    }
}
