import Foundation

/// The open-data tables (issue 17): per service and calendar month in the authority's time zone,
/// from the event log's monthly counts and the published comments. Counts below `threshold` are
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

        /// Reads `2026-11`.
        public init?(text: String) {
            let parts = text.split(separator: "-")
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
            else { return nil }
            self.init(year: year, month: month)
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

    public static let defaultThreshold = 5

    /// The kinds of event the open data is made of.
    public static let kinds: Set<PortalEvent.Kind> = [.formStarted, .submissionReceived, .caseDecided, .rating]

    /// `counts` are the event log's counts per month (`EventCount.Grouping.month`); `comments` those
    /// staff published.
    public static func satisfaction(
        counts: [EventCount], comments: [Rating.Comment], services: [Service], timeZone: TimeZone, threshold: Int
    ) -> [SatisfactionRow] {
        let byID = Dictionary(services.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var perStar: [Key: [Int]] = [:]
        for count in counts where count.kind == .rating {
            guard let serviceID = count.serviceID, byID[serviceID] != nil, let month = count.bucket.flatMap(Month.init(text:)),
                let stars = count.detail.flatMap({ Int($0) }), Rating.starRange.contains(stars)
            else { continue }
            perStar[Key(serviceID, month), default: [0, 0, 0, 0, 0]][stars - 1] += count.count
        }
        var published: [Key: [String]] = [:]
        for comment in comments where comment.state == .published {
            guard let serviceID = comment.serviceID else { continue }
            published[Key(serviceID, Month(comment.givenAt, in: timeZone)), default: []].append(comment.text)
        }
        return perStar.compactMap { key, perStar -> SatisfactionRow? in
            guard let service = byID[key.serviceID] else { return nil }
            var figures = KeyFigures()
            figures.stars = perStar
            let shown = figures.ratings >= threshold
            return SatisfactionRow(
                month: key.month, service: service, ratings: figures.ratings, perStar: shown ? perStar : nil,
                average: shown ? figures.averageStars.map { rounded(Decimal($0), places: 2) } : nil, comments: shown ? published[key] ?? [] : [])
        }.sorted { ($0.month, $0.service.slug) < ($1.month, $1.service.slug) }
    }

    /// `counts` are the event log's counts per month. The median processing days are those of the
    /// cases decided in the month, in whole days.
    public static func usage(counts: [EventCount], services: [Service], threshold: Int) -> [UsageRow] {
        let byID = Dictionary(services.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var figures: [Key: KeyFigures] = [:]
        for count in counts {
            guard let serviceID = count.serviceID, byID[serviceID] != nil, let month = count.bucket.flatMap(Month.init(text:)) else { continue }
            switch count.kind {
            case .formStarted, .submissionReceived, .caseDecided: figures[Key(serviceID, month), default: KeyFigures()].add(count)
            default: continue
            }
        }
        return figures.compactMap { key, figures -> UsageRow? in
            guard let service = byID[key.serviceID] else { return nil }
            func shown(_ count: Int) -> Int? { count >= threshold || count == 0 ? count : nil }
            let started = shown(figures.started)
            let submitted = shown(figures.submitted)
            var rate: Decimal?
            if let started, let submitted, started > 0 { rate = rounded(Decimal(submitted) / Decimal(started), places: 3) }
            var median: Decimal?
            if figures.decided >= threshold, let days = figures.medianProcessingDays { median = rounded(Decimal(days), places: 1) }
            return UsageRow(month: key.month, service: service, started: started, submitted: submitted, completionRate: rate, medianProcessingDays: median)
        }.sorted { ($0.month, $0.service.slug) < ($1.month, $1.service.slug) }
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
