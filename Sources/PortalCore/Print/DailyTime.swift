import Foundation

/// A time of day something happens every day (`14:00`), in the authority's time zone, so it stays
/// at 14:00 local time across the change to and from summer time.
public struct DailyTime: Hashable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// `HH:MM`, 24-hour clock.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) }), let hour = Int(parts[0]),
            let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var description: String { String(format: "%02d:%02d", hour, minute) }

    /// The latest occurrence at or before `instant`.
    public func last(atOrBefore instant: Date, in timeZone: TimeZone) -> Date {
        let calendar = Self.calendar(timeZone)
        let today = occurrence(on: instant, calendar)
        if today <= instant { return today }
        return occurrence(on: calendar.date(byAdding: .day, value: -1, to: today) ?? today.addingTimeInterval(-86_400), calendar)
    }

    /// The first occurrence after `instant`.
    public func next(after instant: Date, in timeZone: TimeZone) -> Date {
        let calendar = Self.calendar(timeZone)
        let today = occurrence(on: instant, calendar)
        if today > instant { return today }
        return occurrence(on: calendar.date(byAdding: .day, value: 1, to: today) ?? today.addingTimeInterval(86_400), calendar)
    }

    private func occurrence(on day: Date, _ calendar: Calendar) -> Date {
        // A time skipped by the change to summer time (02:30 on that Sunday) falls on the next valid one.
        calendar.date(bySettingHour: hour, minute: minute, second: 0, of: day, matchingPolicy: .nextTime, repeatedTimePolicy: .first, direction: .forward)
            ?? day
    }

    private static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
