import Foundation

/// German number and money notation: decimal comma, Euro sign after the amount.
public enum GermanFormat {
    /// `1234.5` → `1234,5`. No thousands separator, so numbers read back unambiguously.
    public static func number(_ value: Decimal) -> String {
        "\(value)".replacingOccurrences(of: ".", with: ",")
    }

    /// `1234.5` → `1.234,50 €`: Euro amounts with thousands separators and two decimals.
    public static func money(_ value: Decimal) -> String {
        var scaled = value * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        let cents = NSDecimalNumber(decimal: rounded).int64Value
        let negative = cents < 0
        let absolute = negative ? -cents : cents
        var euros = String(absolute / 100)
        var grouped = ""
        while euros.count > 3 {
            grouped = "." + euros.suffix(3) + grouped
            euros = String(euros.dropLast(3))
        }
        let rest = absolute % 100
        return (negative ? "-" : "") + euros + grouped + "," + (rest < 10 ? "0" : "") + String(rest) + " €"
    }

    /// Parses what people type into a number field: `12,5`, `1.234,5`, ` 7 `, and also `12.5`.
    /// A dot followed by exactly three digits is read the German way, as a thousands separator
    /// (`1.000` is one thousand); any other single dot is a decimal point.
    public static func parseNumber(_ text: String) -> Decimal? {
        var cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
        let dotGroups = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        if cleaned.contains(",") || (dotGroups.count > 1 && dotGroups.dropFirst().allSatisfy { $0.count == 3 }) {
            cleaned = cleaned.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        }
        guard !cleaned.isEmpty, cleaned.count <= 40 else { return nil }
        var digitsSeen = false
        for (index, character) in cleaned.enumerated() {
            if character.isASCIIDigit {
                digitsSeen = true
                continue
            }
            if character == "-" && index == 0 { continue }
            if character == "." { continue }
            return nil
        }
        guard digitsSeen, cleaned.filter({ $0 == "." }).count <= 1 else { return nil }
        return Decimal(string: cleaned, locale: Locale(identifier: "en_US_POSIX"))
    }
}
