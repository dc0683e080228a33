import Foundation

/// An amount in euros held as whole cents: fees are added, multiplied and split without floating
/// point, and every sum is exact.
public struct MoneyAmount: Hashable, Comparable, Sendable, Codable {
    public var cents: Int

    public init(cents: Int) {
        self.cents = cents
    }

    /// Euros rounded half away from zero to whole cents (`12.345` → 12,35 €).
    public init(euros: Decimal) {
        var scaled = euros * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        self.cents = NSDecimalNumber(decimal: rounded).intValue
    }

    public static let zero = MoneyAmount(cents: 0)

    public var euros: Decimal { Decimal(cents) / 100 }

    /// `1234.50`: a decimal with two places, as payment interfaces write amounts.
    public var decimalText: String {
        let sign = cents < 0 ? "-" : ""
        let absolute = cents.magnitude
        let fraction = absolute % 100
        return "\(sign)\(absolute / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Reads `12.5`, `12.50` or `12`; more than two places or anything else is not an amount.
    public init?(decimalText text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let negative = text.hasPrefix("-")
        let whole = negative ? parts[0].dropFirst() : parts[0]
        guard (1...2).contains(parts.count), !whole.isEmpty, whole.count <= 12, whole.allSatisfy(\.isASCIIDigit),
            parts.count == 1 || (1...2).contains(parts[1].count) && parts[1].allSatisfy(\.isASCIIDigit),
            let euros = Int(whole)
        else { return nil }
        var fraction = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        if parts.count == 2, parts[1].count == 1 { fraction *= 10 }
        self.cents = (negative ? -1 : 1) * (euros * 100 + fraction)
    }

    public static func + (lhs: MoneyAmount, rhs: MoneyAmount) -> MoneyAmount { MoneyAmount(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: MoneyAmount, rhs: MoneyAmount) -> MoneyAmount { MoneyAmount(cents: lhs.cents - rhs.cents) }
    public static func * (lhs: MoneyAmount, rhs: Int) -> MoneyAmount { MoneyAmount(cents: lhs.cents * rhs) }
    public static func < (lhs: MoneyAmount, rhs: MoneyAmount) -> Bool { lhs.cents < rhs.cents }

    /// The net part of a gross amount at `ratePercent` VAT, rounded half up to whole cents; the tax is
    /// the rest, so net and tax always add up to the gross amount.
    public func split(taxRatePercent ratePercent: Int) -> (net: MoneyAmount, tax: MoneyAmount) {
        guard ratePercent != 0 else { return (self, .zero) }
        let divisor = 100 + ratePercent
        let numerator = cents * 100
        // Half up, also for negative amounts (refunds): round the magnitude.
        let magnitude = (abs(numerator) * 2 + divisor) / (2 * divisor)
        let net = MoneyAmount(cents: numerator < 0 ? -magnitude : magnitude)
        return (net, self - net)
    }
}
