import Foundation

/// Instants as the API writes them: UTC, milliseconds, `2026-11-30T09:15:00.000Z`.
/// Computed with integer arithmetic; the formatter styles cost more than a whole list page query.
public enum ISOTimestamp {
    public static func string(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        var days = milliseconds / 86_400_000
        var rest = milliseconds % 86_400_000
        if rest < 0 {
            rest += 86_400_000
            days -= 1
        }
        let day = LocalDate(dayNumber: Int(days) + LocalDate.epochDayNumber)
        let hours = rest / 3_600_000
        let minutes = rest / 60_000 % 60
        let seconds = rest / 1000 % 60
        let millis = rest % 1000
        return day.iso + "T" + DigitText.padded(hours, width: 2) + ":" + DigitText.padded(minutes, width: 2) + ":"
            + DigitText.padded(seconds, width: 2) + "." + DigitText.padded(millis, width: 3) + "Z"
    }
}

extension LocalDate {
    /// `dayNumber` of 1970-01-01.
    static let epochDayNumber = LocalDate(year: 1970, month: 1, day: 1)!.dayNumber
}
