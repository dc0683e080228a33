import Foundation
import PortalCore
import Testing

@Suite("Local dates")
struct LocalDateTests {
    @Test("ISO and German notation parse to the same day")
    func parsesBothNotations() {
        #expect(LocalDate(iso: "2026-12-24") == LocalDate(year: 2026, month: 12, day: 24))
        #expect(LocalDate(german: "24.12.2026") == LocalDate(year: 2026, month: 12, day: 24))
        #expect(LocalDate(german: "1.2.2027") == LocalDate(year: 2027, month: 2, day: 1))
        #expect(LocalDate(year: 2026, month: 12, day: 24)?.german == "24.12.2026")
        #expect(LocalDate(year: 2027, month: 2, day: 1)?.iso == "2027-02-01")
    }

    @Test(
        "Days that do not exist and malformed text are refused",
        arguments: [
            "2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026-01-01T00:00", "", "２０２６-01-01",
        ])
    func refusesInvalidISO(_ text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test("German dates must be complete and real", arguments: ["31.02.2026", "24.12.26", "24-12-2026", "24.12.", "a.b.cccc"])
    func refusesInvalidGerman(_ text: String) {
        #expect(LocalDate(german: text) == nil)
    }

    @Test("Adding days crosses months, years and leap days")
    func addsDays() throws {
        let date = try #require(LocalDate(year: 2028, month: 2, day: 27))
        #expect(date.adding(days: 2) == LocalDate(year: 2028, month: 2, day: 29))
        #expect(date.adding(days: 3) == LocalDate(year: 2028, month: 3, day: 1))
        #expect(try #require(LocalDate(year: 2026, month: 12, day: 31)).adding(days: 1) == LocalDate(year: 2027, month: 1, day: 1))
        #expect(try #require(LocalDate(year: 2027, month: 1, day: 1)).adding(days: -1) == LocalDate(year: 2026, month: 12, day: 31))
        #expect(date.adding(days: 365 * 400 + 97) == LocalDate(year: 2428, month: 2, day: 27))
    }

    @Test("Today is taken in the authority's time zone, not UTC")
    func todayInBerlin() {
        // 23:30 UTC on 31 December is already 1 January in Berlin.
        let instant = Date(timeIntervalSince1970: 1_798_759_800)
        #expect(LocalDate(instant, in: TimeZone(identifier: "UTC")!) == LocalDate(year: 2026, month: 12, day: 31))
        #expect(LocalDate(instant, in: TimeZone(identifier: "Europe/Berlin")!) == LocalDate(year: 2027, month: 1, day: 1))
    }
}

@Suite("API timestamps")
struct ISOTimestampTests {
    @Test(
        "Instants are written in UTC with milliseconds",
        arguments: [
            (0.0, "1970-01-01T00:00:00.000Z"),
            (1_796_030_100.5, "2026-11-30T09:15:00.500Z"),
            (951_782_400.123, "2000-02-29T00:00:00.123Z"),
            (-1.0, "1969-12-31T23:59:59.000Z"),
        ])
    func writes(seconds: Double, expected: String) {
        #expect(ISOTimestamp.string(Date(timeIntervalSince1970: seconds)) == expected)
    }
}

@Suite("Date examples")
struct DateExampleTests {
    let today = LocalDate(year: 2026, month: 12, day: 2)!

    @Test("The example in a date hint is a date the field accepts")
    func withinBounds() {
        #expect(FieldConstraints().exampleDate(today: today).german == "02.12.2026")
        #expect(FieldConstraints(earliestDaysFromToday: 28).exampleDate(today: today).german == "30.12.2026")
        #expect(FieldConstraints(latestDaysFromToday: -6575).exampleDate(today: today).german == "01.12.2008")
        #expect(FieldConstraints(earliestDaysFromToday: -10, latestDaysFromToday: 10).exampleDate(today: today) == today)
    }
}
