import Foundation
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Event log: daily counts and their roll-up")
struct EventLogTests {
    static let service = Service.mock.id
    static let other = Identifier<Service>(UUID(uuidString: "00000000-0000-4000-8000-0000000000bb")!)

    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    /// Around the change to winter time (Sunday 25 October 2026 has 25 hours in Berlin) and a month's end.
    static let events = [
        PortalEvent(.formStarted, service: service, at: at("2026-10-24T21:59:00Z")),  // Saturday 24 October, 23:59
        PortalEvent(.formStarted, service: service, at: at("2026-10-24T22:00:00Z")),  // Sunday 25 October, 00:00
        PortalEvent(.submissionReceived, service: service, at: at("2026-10-25T22:59:00Z")),  // Sunday, 23:59 winter time
        PortalEvent(.submissionReceived, service: service, at: at("2026-10-25T23:00:00Z")),  // Monday 26 October, 00:00
        PortalEvent(.rating, service: other, detail: "5", at: at("2026-10-25T10:00:00Z")),
        PortalEvent(.rating, service: nil, detail: "4", at: at("2026-10-25T11:00:00Z")),
        PortalEvent(.stepReached, service: service, step: 2, at: at("2026-10-26T09:00:00Z")),
        PortalEvent(.stepReached, service: service, step: 2, at: at("2026-10-26T10:00:00Z")),
        PortalEvent(.formStarted, service: service, at: at("2026-10-31T23:30:00Z")),  // 1 November, 00:30
    ]

    static let expectedDays: Set<EventCount> = [
        EventCount(bucket: "2026-10-24", kind: .formStarted, serviceID: service, count: 1),
        EventCount(bucket: "2026-10-25", kind: .formStarted, serviceID: service, count: 1),
        EventCount(bucket: "2026-10-25", kind: .submissionReceived, serviceID: service, count: 1),
        EventCount(bucket: "2026-10-25", kind: .rating, serviceID: other, detail: "5", count: 1),
        EventCount(bucket: "2026-10-25", kind: .rating, serviceID: nil, detail: "4", count: 1),
        EventCount(bucket: "2026-10-26", kind: .submissionReceived, serviceID: service, count: 1),
        EventCount(bucket: "2026-10-26", kind: .stepReached, serviceID: service, step: 2, count: 2),
        EventCount(bucket: "2026-11-01", kind: .formStarted, serviceID: service, count: 1),
    ]

    static let kinds = Set(PortalEvent.Kind.allCases)

    @Test(
        "Days in Berlin time (also the 25-hour day), months and whole periods add up alike whether rolled up or not; each day is counted once",
        arguments: TestDatabaseKind.allCases)
    func rollUp(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let log = SQLEventLog(database: database, timeZone: TestClock.timeZone)
            for event in Self.events { try await log.record(event) }
            let (from, to) = (Self.day("2026-10-24"), Self.day("2026-11-02"))
            func days() async throws -> Set<EventCount> { Set(try await log.counts(of: Self.kinds, from: from, to: to, services: nil, by: .day)) }

            #expect(try await days() == Self.expectedDays, "before any roll-up, from the events")
            #expect(try await log.rollUp(before: Self.day("2026-10-26")) == 2)
            #expect(try await days() == Self.expectedDays, "two days rolled up, the rest from the events")
            #expect(try await log.rollUp(before: Self.day("2026-10-26")) == 0)
            #expect(try await log.rollUp(before: Self.day("2026-11-03")) == 8)
            #expect(try await days() == Self.expectedDays, "all rolled up")

            // A whole month from the monthly counts, the days around it from the daily ones, the rest from the events.
            let whole = Set(try await log.counts(of: Self.kinds, from: Self.day("2026-10-01"), to: Self.day("2026-12-01"), services: nil, by: .period))
            #expect(
                whole
                    == Set(
                        EventCount.merged(
                            Self.expectedDays.map { count in
                                var count = count
                                count.bucket = nil
                                return count
                            })))
            let fromMonths = Set(try await log.counts(of: Self.kinds, from: Self.day("2026-10-01"), to: Self.day("2026-12-01"), services: nil, by: .month))
            #expect(fromMonths.map(\.count).reduce(0, +) == Self.events.count && fromMonths.allSatisfy { $0.bucket == "2026-10" || $0.bucket == "2026-11" })
            let months = Set(try await log.counts(of: [.formStarted, .submissionReceived], from: from, to: to, services: [Self.service], by: .month))
            #expect(
                months == [
                    EventCount(bucket: "2026-10", kind: .formStarted, serviceID: Self.service, count: 2),
                    EventCount(bucket: "2026-10", kind: .submissionReceived, serviceID: Self.service, count: 2),
                    EventCount(bucket: "2026-11", kind: .formStarted, serviceID: Self.service, count: 1),
                ])
            // A period cut across rolled-up days; other services' and portal-wide ratings only without a filter.
            let ratings = try await log.counts(of: [.rating], from: Self.day("2026-10-25"), to: Self.day("2026-10-26"), services: [Self.other], by: .period)
            #expect(ratings == [EventCount(kind: .rating, serviceID: Self.other, detail: "5", count: 1)])
            #expect(try await log.counts(of: [.rating], from: from, to: to, services: nil, by: .period).count == 2)
            #expect(try await log.counts(of: [.rating], from: from, to: to, services: [], by: .period).isEmpty)

            // An event added for a past day (the demo does this) counts after the counts are forgotten.
            try await log.record(PortalEvent(.formStarted, service: Self.service, at: Self.at("2026-10-24T12:00:00Z")))
            #expect(try await days() == Self.expectedDays)
            try await log.forgetDailyCounts()
            #expect(try await log.rollUp(before: Self.day("2026-11-03")) == 10)
            var expected = Self.expectedDays
            expected.remove(EventCount(bucket: "2026-10-24", kind: .formStarted, serviceID: Self.service, count: 1))
            expected.insert(EventCount(bucket: "2026-10-24", kind: .formStarted, serviceID: Self.service, count: 2))
            #expect(try await days() == expected)
        }
    }

    @Test("Two roll-ups at once count every day once", arguments: TestDatabaseKind.allCases)
    func concurrentRollUps(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let log = SQLEventLog(database: database, timeZone: TestClock.timeZone)
            for event in Self.events { try await log.record(event) }
            let end = Self.day("2026-11-03")
            async let first = log.rollUp(before: end)
            async let second = log.rollUp(before: end)
            let counted = try await first + second
            #expect(counted == 10)
            #expect(Set(try await log.counts(of: Self.kinds, from: Self.day("2026-10-24"), to: end, services: nil, by: .day)) == Self.expectedDays)
        }
    }

    @Test("Without events the roll-up has nothing to do", arguments: TestDatabaseKind.allCases)
    func empty(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database async throws in
            let log = SQLEventLog(database: database, timeZone: TestClock.timeZone)
            #expect(try await log.rollUp(before: Self.day("2026-11-03")) == 0)
            #expect(try await log.counts(of: Self.kinds, from: Self.day("2026-10-01"), to: Self.day("2026-11-01"), services: nil, by: .period).isEmpty)
        }
    }
}
