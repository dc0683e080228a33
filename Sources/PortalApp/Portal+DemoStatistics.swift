import Foundation
import PortalCore

/// The demo's year of use for the statistics (`DemoStatistics`), written day by day.
extension Portal {
    /// Seeds `days` days up to `now` and counts them up for the dashboard; returns how many events
    /// (the ratings' included) and ratings were written.
    @discardableResult
    public func seedDemoStatistics(days: Int = 365, startsPerDay: Double = 40, ratingShare: Double = 0.25, now: Date = Date()) async throws -> (
        events: Int, ratings: Int
    ) {
        let weights = [DemoCatalog.wellDrilling.slug: 0.3, DemoCatalog.lostProperty.slug: 0.35, DemoCatalog.treeFelling.slug: 0.2]
        let offers = DemoCatalog.services.map { service, schema in
            DemoStatistics.Offer(service: service, steps: schema.steps.count, weight: weights[service.slug] ?? 0.15)
        }
        var generator = DemoStatistics(offers: offers, timeZone: configuration.timeZone, startsPerDay: startsPerDay, ratingShare: ratingShare)
        let today = LocalDate(now, in: configuration.timeZone)
        var written = (events: 0, ratings: 0)
        var pending = DemoStatistics.Day()
        for offset in stride(from: days, through: 0, by: -1) {
            let day = generator.day(today.adding(days: -offset), now: now)
            pending.events += day.events
            pending.ratings += day.ratings
            // Writes of about 20,000 rows: few transactions, little memory.
            if pending.events.count >= 20_000 || offset == 0 {
                try await events.record(pending.events)
                try await feedback.save(pending.ratings)
                written.events += pending.events.count + pending.ratings.count
                written.ratings += pending.ratings.count
                pending = DemoStatistics.Day()
            }
        }
        // Events were added for past days: count every day again.
        try await events.forgetDailyCounts()
        _ = try await events.rollUp(before: today)
        return written
    }
}
