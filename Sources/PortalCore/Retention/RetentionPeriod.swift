import Foundation

/// How long something is kept: a whole number of days, months or years, as the authority's filing
/// plan (Aktenplan) states it. Months and years count by the calendar, so "10 Jahre" ends on the
/// same day ten years later.
public struct RetentionPeriod: Hashable, Sendable, Codable {
    public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
        case days
        case months
        case years
    }

    public var count: Int
    public var unit: Unit

    public init(_ count: Int, _ unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Longer than anything a filing plan asks for; a larger number is a typing error.
    public static let maximumCount = 36_500

    /// Reads what an editor typed: a whole number from 1 to `maximumCount` (German thousands dots allowed).
    public init?(count text: String, unit: Unit) {
        let digits = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: "")
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let count = Int(digits), (1...Self.maximumCount).contains(count) else { return nil }
        self.init(count, unit)
    }

    /// The moment the period ends when it starts at `start`, counted in the authority's calendar.
    public func end(after start: Date, in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let component: Calendar.Component =
            switch unit {
            case .days: .day
            case .months: .month
            case .years: .year
            }
        return calendar.date(byAdding: component, value: count, to: start) ?? start
    }

    /// The latest start whose period has ended by `now`: everything that started before it is due.
    public func cutoff(at now: Date, in timeZone: TimeZone) -> Date {
        RetentionPeriod(-count, unit).end(after: now, in: timeZone)
    }
}
