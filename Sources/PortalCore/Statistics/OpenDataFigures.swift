import Foundation

/// The open-data tables (issue 17): per service and calendar month in the authority's time zone,
/// from the event log, the ratings and the processing times. Counts below `threshold` are
/// suppressed (nil), so a rare service's month cannot point to one person.
public enum OpenDataFigures {
    public struct Month: Hashable, Comparable, Sendable {
        public var year: Int
        public var month: Int

        public init(year: Int, month: Int) {
            self.year = year
            self.month = month
        }

        public init(_ date: Date, in timeZone: TimeZone) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let parts = calendar.dateComponents([.year, .month], from: date)
            self.init(year: parts.year ?? 1970, month: parts.month ?? 1)
        }

        /// `2026-11`, as ISO 8601 writes a month.
        public var text: String { String(format: "%04d-%02d", year, month) }

        public static func < (lhs: Month, rhs: Month) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
    }

    public struct SatisfactionRow: Hashable, Sendable {
        public var month: Month
        public var service: Service
        public var ratings: Int
        /// Ratings with 1…5 stars (index 0 is one star); nil when suppressed.
        public var perStar: [Int]?
        /// Rounded to two places; nil when suppressed.
        public var average: Decimal?
        /// The comments staff published, oldest first; none when the month is suppressed.
        public var comments: [String] = []
        public var isSuppressed: Bool { perStar == nil }
    }

    public struct UsageRow: Hashable, Sendable {
        public var month: Month
        public var service: Service
        public var started: Int?
        public var submitted: Int?
        /// Submitted per started, rounded to three places; nil when either count is suppressed or none started.
        public var completionRate: Decimal?
        /// Median days from receipt to closing of the cases closed that month; nil below the threshold.
        public var medianProcessingDays: Decimal?
    }

    /// One case's processing: received and closed.
    public struct Processing: Hashable, Sendable {
        public var serviceID: Service.ID
        public var receivedAt: Date
        public var closedAt: Date

        public init(serviceID: Service.ID, receivedAt: Date, closedAt: Date) {
            self.serviceID = serviceID
            self.receivedAt = receivedAt
            self.closedAt = closedAt
        }
    }

    public static let defaultThreshold = 5

    public static func satisfaction(ratings: [Rating], services: [Service], timeZone: TimeZone, threshold: Int) -> [SatisfactionRow] {
        let byID = Dictionary(services.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var counts: [Key: [Int]] = [:]
        var comments: [Key: [String]] = [:]
        for rating in ratings {
            guard let serviceID = rating.serviceID, byID[serviceID] != nil, Rating.starRange.contains(rating.stars) else { continue }
            let key = Key(serviceID, Month(rating.givenAt, in: timeZone))
            counts[key, default: [0, 0, 0, 0, 0]][rating.stars - 1] += 1
            if rating.isCommentPublished, let comment = rating.comment { comments[key, default: []].append(comment) }
        }
        return counts.compactMap { key, perStar -> SatisfactionRow? in
            guard let service = byID[key.serviceID] else { return nil }
            let total = perStar.reduce(0, +)
            let shown = total >= threshold
            let sum = perStar.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
            return SatisfactionRow(
                month: key.month, service: service, ratings: total, perStar: shown ? perStar : nil,
                average: shown ? rounded(Decimal(sum) / Decimal(total), places: 2) : nil, comments: shown ? comments[key] ?? [] : [])
        }.sorted { ($0.month, $0.service.slug) < ($1.month, $1.service.slug) }
    }

    public static func usage(events: [PortalEvent], processing: [Processing], services: [Service], timeZone: TimeZone, threshold: Int) -> [UsageRow] {
        let byID = Dictionary(services.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var started: [Key: Int] = [:]
        var submitted: [Key: Int] = [:]
        for event in events {
            guard let serviceID = event.serviceID, byID[serviceID] != nil else { continue }
            let key = Key(serviceID, Month(event.at, in: timeZone))
            switch event.kind {
            case .formStarted: started[key, default: 0] += 1
            case .submissionReceived: submitted[key, default: 0] += 1
            default: break
            }
        }
        var days: [Key: [Double]] = [:]
        for item in processing where byID[item.serviceID] != nil {
            days[Key(item.serviceID, Month(item.closedAt, in: timeZone)), default: []].append(item.closedAt.timeIntervalSince(item.receivedAt) / 86_400)
        }
        let keys = Set(started.keys).union(submitted.keys).union(days.keys)
        return keys.compactMap { key -> UsageRow? in
            guard let service = byID[key.serviceID] else { return nil }
            func shown(_ count: Int?) -> Int? { (count ?? 0) >= threshold ? count : ((count ?? 0) == 0 ? 0 : nil) }
            let startedShown = shown(started[key])
            let submittedShown = shown(submitted[key])
            var rate: Decimal?
            if let startedShown, let submittedShown, startedShown > 0 {
                rate = rounded(Decimal(submittedShown) / Decimal(startedShown), places: 3)
            }
            var median: Decimal?
            if let values = days[key], values.count >= threshold { median = rounded(Decimal(Self.median(values)), places: 1) }
            return UsageRow(
                month: key.month, service: service, started: startedShown, submitted: submittedShown, completionRate: rate, medianProcessingDays: median)
        }.sorted { ($0.month, $0.service.slug) < ($1.month, $1.service.slug) }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var value = value
        var result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }

    private struct Key: Hashable {
        let serviceID: Service.ID
        let month: Month

        init(_ serviceID: Service.ID, _ month: Month) {
            self.serviceID = serviceID
            self.month = month
        }
    }
}
