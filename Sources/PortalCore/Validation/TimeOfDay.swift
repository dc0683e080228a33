import Foundation

/// Times of day and local date-times as forms take them: `9:30`, `09:30`, `09.30`; dates with a time
/// as `24.12.2026 09:30` or ISO `2026-12-24T09:30`. Stored as `HH:MM` and `YYYY-MM-DDTHH:MM`.
public enum TimeOfDay {
    /// `HH:MM`, or nil when the text is no time of day.
    public static func parse(_ text: String) -> String? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(omittingEmptySubsequences: false) { $0 == ":" || $0 == "." }
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return DigitText.padded(hour, width: 2) + ":" + DigitText.padded(minute, width: 2)
    }

    /// The date and the `HH:MM` of a local date-time in either notation.
    public static func parseDateTime(_ text: String) -> (date: LocalDate, time: String)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let t = trimmed.firstIndex(of: "T") {
            guard let date = LocalDate(iso: String(trimmed[..<t])), let time = parse(String(trimmed[trimmed.index(after: t)...])) else { return nil }
            return (date, time)
        }
        let parts = trimmed.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let date = LocalDate(german: String(parts[0])), let time = parse(String(parts[1])) else { return nil }
        return (date, time)
    }
}
