import Foundation

/// How a form computes its fee from the answers, e.g. 50 € plus 2 € per metre of depth, or 0 €
/// for garden irrigation. Shown on the check page and stored with the submission.
public indirect enum FeeExpression: Hashable, Sendable, Codable {
    case amount(Decimal)
    /// A number answer; an empty or hidden answer counts as 0. A repeatable group counts its
    /// entries and a file field its files („30 € je Baum“).
    case answer(String)
    case sum([FeeExpression])
    case product([FeeExpression])
    case when(Condition, FeeExpression, FeeExpression)

    public var keys: Set<String> {
        switch self {
        case .amount: []
        case .answer(let key): [key]
        case .sum(let parts), .product(let parts): parts.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
        case .when(let condition, let then, let otherwise): condition.keys.union(then.keys).union(otherwise.keys)
        }
    }

    /// The fee in euros, rounded to cents (half up), never below zero.
    public func fee(for answers: Answers) -> Decimal {
        var value = evaluate(answers) * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return max(0, rounded / 100)
    }

    func evaluate(_ answers: Answers) -> Decimal {
        switch self {
        case .amount(let amount):
            return amount
        case .answer(let key):
            switch answers[key] {
            case .integer(let number)?: return Decimal(number)
            case .decimal(let number)?: return number
            case .rows(let entries)?: return Decimal(entries.count)
            case .files(let files)?: return Decimal(files.count)
            default: return 0
            }
        case .sum(let parts):
            return parts.reduce(Decimal(0)) { $0 + $1.evaluate(answers) }
        case .product(let parts):
            return parts.reduce(Decimal(1)) { $0 * $1.evaluate(answers) }
        case .when(let condition, let then, let otherwise):
            return condition.holds(answers) ? then.evaluate(answers) : otherwise.evaluate(answers)
        }
    }
}
