import Foundation

/// When a field or step is shown, required or forbidden: a small typed expression over other
/// answers. Kept as data (Codable) so editors can build it and the publish check can inspect it.
public indirect enum Condition: Hashable, Sendable, Codable {
    /// The answer equals the value (a choice's option value, a number, a date, yes/no).
    case equals(String, ConditionValue)
    /// The answer (or one of the picked options) is one of the values.
    case oneOf(String, [String])
    case notEmpty(String)
    /// Compares a number or date answer with a value; an empty answer never matches.
    case compare(String, Comparison, ConditionValue)
    /// Compares two answers of the same kind, e.g. an end date with a start date.
    case compareFields(String, Comparison, String)
    case all([Condition])
    case any([Condition])
    case not(Condition)

    public enum Comparison: String, Hashable, Sendable, Codable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="

        /// Whether "left ⟨comparison⟩ right" holds when left compares to right as `order`.
        func accepts(_ order: ComparisonResult) -> Bool {
            switch self {
            case .less: order == .orderedAscending
            case .lessOrEqual: order != .orderedDescending
            case .greater: order == .orderedDescending
            case .greaterOrEqual: order != .orderedAscending
            }
        }
    }

    /// The field keys the condition reads.
    public var keys: Set<String> {
        switch self {
        case .equals(let key, _), .oneOf(let key, _), .notEmpty(let key), .compare(let key, _, _): [key]
        case .compareFields(let left, _, let right): [left, right]
        case .all(let parts), .any(let parts): parts.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
        case .not(let inner): inner.keys
        }
    }

    /// Evaluates against answers; absent (or hidden) answers are empty.
    public func holds(_ answers: Answers) -> Bool {
        switch self {
        case .equals(let key, let value):
            return answers[key].map { value.matches($0) } ?? false
        case .oneOf(let key, let values):
            switch answers[key] {
            case .choice(let choice)?: return values.contains(choice)
            case .choices(let choices)?: return choices.contains(where: values.contains)
            case .text(let text)?: return values.contains(text)
            default: return false
            }
        case .notEmpty(let key):
            return answers[key] != nil
        case .compare(let key, let comparison, let value):
            guard let answer = answers[key], let order = value.order(against: answer) else { return false }
            return comparison.accepts(order)
        case .compareFields(let left, let comparison, let right):
            guard let first = answers[left], let second = answers[right], let value = ConditionValue(second),
                let order = value.order(against: first)
            else { return false }
            return comparison.accepts(order)
        case .all(let parts):
            return parts.allSatisfy { $0.holds(answers) }
        case .any(let parts):
            return parts.contains { $0.holds(answers) }
        case .not(let inner):
            return !inner.holds(answers)
        }
    }
}

/// A literal in a condition.
public enum ConditionValue: Hashable, Sendable, Codable {
    case text(String)
    case number(Decimal)
    case date(LocalDate)
    case bool(Bool)

    /// The literal an answer stands for, to compare two answers.
    init?(_ answer: AnswerValue) {
        switch answer {
        case .integer(let number): self = .number(Decimal(number))
        case .decimal(let number): self = .number(number)
        case .date(let date): self = .date(date)
        case .text(let text), .choice(let text): self = .text(text)
        case .bool(let flag): self = .bool(flag)
        case .choices, .address, .location, .rows, .files: return nil
        }
    }

    func matches(_ answer: AnswerValue) -> Bool {
        switch (self, answer) {
        case (.text(let value), .text(let text)), (.text(let value), .choice(let text)): value == text
        case (.text(let value), .choices(let choices)): choices.contains(value)
        case (.number(let value), .integer(let number)): value == Decimal(number)
        case (.number(let value), .decimal(let number)): value == number
        case (.date(let value), .date(let date)): value == date
        case (.bool(let value), .bool(let flag)): value == flag
        default: false
        }
    }

    /// How the answer compares with this value: ascending means answer < value.
    func order(against answer: AnswerValue) -> ComparisonResult? {
        let pair: (Decimal, Decimal)? =
            switch (answer, self) {
            case (.integer(let number), .number(let value)): (Decimal(number), value)
            case (.decimal(let number), .number(let value)): (number, value)
            default: nil
            }
        if let (left, right) = pair {
            return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
        }
        if case .date(let date) = answer, case .date(let value) = self {
            return date < value ? .orderedAscending : date > value ? .orderedDescending : .orderedSame
        }
        return nil
    }

    /// Whether a field of `kind` can ever be compared with this value.
    func fits(_ kind: FieldKind) -> Bool {
        switch self {
        case .text: [.text, .longText, .email, .phone, .singleChoice, .multipleChoice, .time, .dateTime, .iban, .hidden, .readOnly].contains(kind)
        case .number: kind == .integer || kind == .decimal || kind == .money
        case .date: kind == .date
        case .bool: kind == .yesNo || kind == .consent
        }
    }
}
