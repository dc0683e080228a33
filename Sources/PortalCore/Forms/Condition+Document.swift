import Foundation

extension Condition {
    /// The condition as the JSON API shows it to clients that render forms themselves:
    /// `{"equals": {"field": "zweck", "value": "sonstiges"}}`, `{"all": [...]}`, `{"not": {...}}`.
    public var document: JSONValue {
        func field(_ key: String) -> JSONValue.Member { .init("field", .string(key)) }
        switch self {
        case .equals(let key, let value):
            return .object([.init("equals", .object([field(key), .init("value", value.document)]))])
        case .oneOf(let key, let values):
            return .object([.init("oneOf", .object([field(key), .init("values", .array(values.map(JSONValue.string)))]))])
        case .notEmpty(let key):
            return .object([.init("notEmpty", .object([field(key)]))])
        case .compare(let key, let comparison, let value):
            return .object([.init("compare", .object([field(key), .init("operator", .string(comparison.rawValue)), .init("value", value.document)]))])
        case .compareFields(let left, let comparison, let right):
            return .object([
                .init("compareFields", .object([field(left), .init("operator", .string(comparison.rawValue)), .init("otherField", .string(right))]))
            ])
        case .all(let parts):
            return .object([.init("all", .array(parts.map(\.document)))])
        case .any(let parts):
            return .object([.init("any", .array(parts.map(\.document)))])
        case .not(let inner):
            return .object([.init("not", inner.document)])
        }
    }
}

extension ConditionValue {
    /// Numbers as JSON numbers, dates as ISO text, like answers in the API.
    public var document: JSONValue {
        switch self {
        case .text(let text): .string(text)
        case .number(let number): .number(number)
        case .date(let date): .string(date.iso)
        case .bool(let flag): .bool(flag)
        }
    }
}
