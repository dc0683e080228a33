import Foundation

/// The fee for one application in lines the applicant can follow ("Grundgebühr 50,00 €",
/// "Tiefe der Bohrung: 12 × 2,00 €"): the top-level parts of the form's fee expression, each
/// rounded to cents; the last line takes up a rounding difference so the lines add up to the fee.
/// Each line is one item at the payment platform.
public struct FeeBreakdown: Hashable, Sendable {
    public enum Label: Hashable, Sendable {
        /// A fixed amount.
        case base
        /// A price per unit of an answer (metres, trees, files).
        case perUnit(question: String, count: Decimal, price: MoneyAmount)
        /// An amount that depends on the answer to `question`.
        case depending(question: String)
        /// Anything else the expression computes.
        case fee
    }

    public struct Line: Hashable, Sendable {
        public var label: Label
        public var amount: MoneyAmount

        public init(label: Label, amount: MoneyAmount) {
            self.label = label
            self.amount = amount
        }
    }

    public var lines: [Line]
    public var taxRatePercent: Int

    public init(lines: [Line], taxRatePercent: Int = 0) {
        self.lines = lines
        self.taxRatePercent = taxRatePercent
    }

    public var total: MoneyAmount { lines.reduce(.zero) { $0 + $1.amount } }
    /// The VAT in the total (nothing at rate 0).
    public var tax: MoneyAmount { total.split(taxRatePercent: taxRatePercent).tax }

    /// The breakdown of `expression` for `answers`; no lines when nothing is to pay.
    public static func of(_ expression: FeeExpression, answers: Answers, schema: FormSchema, taxRatePercent: Int = 0) -> FeeBreakdown {
        let total = MoneyAmount(euros: expression.fee(for: answers))
        guard total.cents > 0 else { return FeeBreakdown(lines: [], taxRatePercent: taxRatePercent) }
        let parts: [FeeExpression] = if case .sum(let parts) = expression { parts } else { [expression] }
        var lines = parts.map { part in
            Line(label: label(part, answers, schema), amount: MoneyAmount(euros: part.fee(for: answers)))
        }.filter { $0.amount.cents != 0 }
        // A part that takes off (a discount) cannot be an item of its own at the platform: then one line.
        if lines.isEmpty || lines.contains(where: { $0.amount.cents < 0 }) || parts.contains(where: { $0.evaluate(answers) < 0 }) {
            lines = [Line(label: .fee, amount: total)]
        }
        let difference = total - lines.reduce(.zero) { $0 + $1.amount }
        lines[lines.count - 1].amount = lines[lines.count - 1].amount + difference
        return FeeBreakdown(lines: lines, taxRatePercent: taxRatePercent)
    }

    private static func label(_ part: FeeExpression, _ answers: Answers, _ schema: FormSchema) -> Label {
        func question(_ key: String) -> String { schema.field(key)?.label ?? key }
        switch part {
        case .amount:
            return .base
        case .answer(let key):
            return .depending(question: question(key))
        case .product(let factors):
            let keys = factors.flatMap(\.keys)
            let prices = factors.filter { if case .amount = $0 { true } else { false } }
            guard keys.count == 1, prices.count == factors.count - 1, let key = keys.first else { break }
            let count = FeeExpression.answer(key).evaluate(answers)
            let price = prices.reduce(Decimal(1)) { $0 * $1.evaluate(answers) }
            return .perUnit(question: question(key), count: count, price: MoneyAmount(euros: price))
        case .when(let condition, let then, let otherwise):
            let taken = condition.holds(answers) ? then : otherwise
            if case .amount = taken, let key = condition.keys.sorted().first { return .depending(question: question(key)) }
            return label(taken, answers, schema)
        case .sum:
            break
        }
        return .fee
    }
}
