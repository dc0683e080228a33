import Foundation

/// The period the statistics dashboard shows (issue 17): a calendar month, quarter or year, or days
/// chosen freely, each compared with the period just before it. A period that reaches past today
/// ends today, and the period compared with it is cut to the same number of days, so a running
/// month is not measured against a whole one.
public struct StatisticsPeriod: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case month = "monat"
        case quarter = "quartal"
        case year = "jahr"
        case custom = "frei"
    }

    /// What was wrong with the chosen period, for the page to say.
    public enum Problem: Error, Hashable, Sendable {
        case unknownKind
        case year
        case month
        case quarter
        case from
        case to
        case endBeforeStart
        case inFuture
        case tooLong
    }

    /// Every problem of one choice, so the page can name each field.
    public struct Refusal: Error, Hashable, Sendable {
        public var problems: [Problem]

        public init(_ problems: [Problem]) { self.problems = problems }
    }

    /// The posted choice, as the form's fields carry it.
    public struct Choice: Hashable, Sendable {
        public var kind: String?
        public var year: String?
        public var month: String?
        public var quarter: String?
        public var from: String?
        public var to: String?

        public init(kind: String? = nil, year: String? = nil, month: String? = nil, quarter: String? = nil, from: String? = nil, to: String? = nil) {
            self.kind = kind
            self.year = year
            self.month = month
            self.quarter = quarter
            self.from = from
            self.to = to
        }
    }

    public var kind: Kind
    /// The first day.
    public var start: LocalDate
    /// The day after the last day.
    public var end: LocalDate
    /// Whether today cut the period short.
    public var isRunning: Bool

    public init(kind: Kind, start: LocalDate, end: LocalDate, isRunning: Bool = false) {
        self.kind = kind
        self.start = start
        self.end = end
        self.isRunning = isRunning
    }

    public var days: Int { start.days(until: end) }
    public var lastDay: LocalDate { end.adding(days: -1) }

    /// Free periods are at most three years long: enough for any comparison, and the page stays fast.
    public static let maximumDays = 1_096
    public static let earliestYear = 2000

    /// The last whole month before `today`: what the dashboard shows first.
    public static func standard(today: LocalDate) -> StatisticsPeriod {
        let previous = today.firstOfMonth.adding(days: -1)
        return month(year: previous.year, month: previous.month, today: today)
    }

    public static func month(year: Int, month: Int, today: LocalDate) -> StatisticsPeriod {
        let start = LocalDate(year: year, month: month, day: 1)!
        return cut(StatisticsPeriod(kind: .month, start: start, end: start.firstOfNextMonth), today: today)
    }

    static func cut(_ period: StatisticsPeriod, today: LocalDate) -> StatisticsPeriod {
        var period = period
        let tomorrow = today.adding(days: 1)
        if period.end > tomorrow {
            period.end = tomorrow
            period.isRunning = true
        }
        return period
    }

    /// The period before: the month, quarter or year before (cut to as many days as this one when
    /// this one is running), or as many days just before a free period.
    public var previous: StatisticsPeriod {
        switch kind {
        case .custom:
            return StatisticsPeriod(kind: kind, start: start.adding(days: -days), end: start)
        case .month, .quarter, .year:
            let earlier = Self.shift(start, months: kind == .month ? -1 : kind == .quarter ? -3 : -12)
            let end = isRunning ? min(earlier.adding(days: days), start) : start
            return StatisticsPeriod(kind: kind, start: earlier, end: end, isRunning: isRunning)
        }
    }

    static func shift(_ day: LocalDate, months: Int) -> LocalDate {
        let index = day.year * 12 + (day.month - 1) + months
        return LocalDate(year: index / 12, month: index % 12 + 1, day: 1)!
    }

    /// Reads the form's choice; all problems at once, so the page can name each field.
    public static func parse(_ choice: Choice, today: LocalDate) -> Result<StatisticsPeriod, Refusal> {
        let kindText = choice.kind?.trimmingCharacters(in: .whitespaces) ?? ""
        if kindText.isEmpty { return .success(standard(today: today)) }
        guard let kind = Kind(rawValue: kindText) else { return .failure(Refusal([.unknownKind])) }
        func number(_ text: String?, in range: ClosedRange<Int>) -> Int? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), text.count <= 4, let value = Int(text), range.contains(value) else { return nil }
            return value
        }
        var problems: [Problem] = []
        var period: StatisticsPeriod?
        switch kind {
        case .month, .quarter, .year:
            let year = number(choice.year, in: earliestYear...today.year)
            if year == nil { problems.append(.year) }
            var first = 1
            var months = 12
            if kind == .month {
                if let month = number(choice.month, in: 1...12) { first = month } else { problems.append(.month) }
                months = 1
            } else if kind == .quarter {
                if let quarter = number(choice.quarter, in: 1...4) { first = (quarter - 1) * 3 + 1 } else { problems.append(.quarter) }
                months = 3
            }
            if let year, problems.isEmpty {
                let start = LocalDate(year: year, month: first, day: 1)!
                period = StatisticsPeriod(kind: kind, start: start, end: shift(start, months: months))
            }
        case .custom:
            let from = date(choice.from)
            let to = date(choice.to)
            if from == nil { problems.append(.from) }
            if to == nil { problems.append(.to) }
            if let from, let to {
                if to < from {
                    problems.append(.endBeforeStart)
                } else if from.days(until: to) + 1 > maximumDays {
                    problems.append(.tooLong)
                } else {
                    period = StatisticsPeriod(kind: kind, start: from, end: to.adding(days: 1))
                }
            }
        }
        guard var period, problems.isEmpty else { return .failure(Refusal(problems)) }
        if period.start > today { return .failure(Refusal([.inFuture])) }
        if kind == .custom, period.end > today.adding(days: 1) { return .failure(Refusal([.inFuture])) }
        period = cut(period, today: today)
        return .success(period)
    }

    /// `TT.MM.JJJJ` as people write it, or ISO 8601; not before 2000.
    static func date(_ text: String?) -> LocalDate? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty, text.count <= 10 else { return nil }
        guard let day = LocalDate(german: text) ?? LocalDate(iso: text), day.year >= earliestYear else { return nil }
        return day
    }

    /// The form's fields for this period (to fill the form in again).
    public var choice: Choice {
        switch kind {
        case .month: Choice(kind: kind.rawValue, year: "\(start.year)", month: "\(start.month)")
        case .quarter: Choice(kind: kind.rawValue, year: "\(start.year)", quarter: "\((start.month - 1) / 3 + 1)")
        case .year: Choice(kind: kind.rawValue, year: "\(start.year)")
        case .custom: Choice(kind: kind.rawValue, from: start.german, to: lastDay.german)
        }
    }
}
