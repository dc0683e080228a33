import Foundation

/// Started and submitted applications over a period, as the dashboard's bar chart shows them: per
/// day for up to two months, per week (Monday to Sunday) up to half a year, per month beyond.
public struct StatisticsSeries: Hashable, Sendable {
    public enum Unit: Hashable, Sendable {
        case day, week, month
    }

    public struct Bar: Hashable, Sendable {
        /// The bar's first day (within the period).
        public var start: LocalDate
        public var started: Int
        public var submitted: Int
    }

    public var unit: Unit
    public var bars: [Bar]

    public static func unit(for period: StatisticsPeriod) -> Unit {
        period.days <= 62 ? .day : period.days <= 190 ? .week : .month
    }

    /// The grouping to ask the event log for: per month for a series of months, per day otherwise.
    public static func grouping(for period: StatisticsPeriod) -> EventCount.Grouping {
        unit(for: period) == .month ? .month : .day
    }

    /// `counts` are grouped per day or per month (`grouping(for:)`); other kinds are left out.
    public init(period: StatisticsPeriod, counts: some Sequence<EventCount>) {
        let unit = Self.unit(for: period)
        self.unit = unit
        var starts: [LocalDate] = []
        var day = period.start
        while day < period.end {
            starts.append(day)
            switch unit {
            case .day: day = day.adding(days: 1)
            case .week: day = day.adding(days: 7 - day.weekdayIndex)
            case .month: day = StatisticsPeriod.shift(day, months: 1)
            }
        }
        var bars = starts.map { Bar(start: $0, started: 0, submitted: 0) }
        for count in counts {
            // A month's bucket counts from the month's first day within the period.
            guard let text = count.bucket, let bucketDay = LocalDate(iso: text) ?? LocalDate(iso: text + "-01") else { continue }
            let day = max(bucketDay, period.start)
            guard day < period.end else { continue }
            // The last bar starting on or before the day.
            var low = 0
            var high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= day { low = middle } else { high = middle - 1 }
            }
            switch count.kind {
            case .formStarted: bars[low].started += count.count
            case .submissionReceived: bars[low].submitted += count.count
            default: break
            }
        }
        self.bars = bars
    }
}
