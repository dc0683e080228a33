import Foundation
import PortalCore
import PortalTestSupport
import Testing

@Suite("Statistics: periods, key figures and the series")
struct StatisticsFiguresTests {
    static let today = LocalDate(year: 2026, month: 12, day: 5)!

    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    static func parse(_ choice: StatisticsPeriod.Choice) -> Result<StatisticsPeriod, StatisticsPeriod.Refusal> {
        StatisticsPeriod.parse(choice, today: today)
    }

    @Test("Without a choice the last whole month, against the month before")
    func standard() throws {
        let period = try Self.parse(.init()).get()
        #expect(period.kind == .month && period.start == Self.day("2026-11-01") && period.end == Self.day("2026-12-01") && !period.isRunning)
        #expect(period.previous.start == Self.day("2026-10-01") && period.previous.end == Self.day("2026-11-01"))
        // January looks back to December of the year before.
        let january = StatisticsPeriod.standard(today: Self.day("2027-01-15"))
        #expect(january.start == Self.day("2026-12-01") && january.previous.start == Self.day("2026-11-01"))
    }

    @Test("Month, quarter and year; a running period ends today and the one before is cut to as many days")
    func calendarPeriods() throws {
        let quarter = try Self.parse(.init(kind: "quartal", year: "2026", quarter: "3")).get()
        #expect(quarter.start == Self.day("2026-07-01") && quarter.end == Self.day("2026-10-01"))
        #expect(quarter.previous.start == Self.day("2026-04-01") && quarter.previous.end == Self.day("2026-07-01"))
        let year = try Self.parse(.init(kind: "jahr", year: "2025")).get()
        #expect(year.days == 365 && year.previous.start == Self.day("2024-01-01") && year.previous.days == 366)
        let running = try Self.parse(.init(kind: "monat", year: "2026", month: "12")).get()
        #expect(running.isRunning && running.start == Self.day("2026-12-01") && running.end == Self.day("2026-12-06") && running.days == 5)
        #expect(running.previous.start == Self.day("2026-11-01") && running.previous.end == Self.day("2026-11-06"))
        let runningYear = try Self.parse(.init(kind: "jahr", year: "2026")).get()
        #expect(runningYear.previous.start == Self.day("2025-01-01") && runningYear.previous.days == runningYear.days)
    }

    @Test("A free period in German or ISO notation, against as many days before it")
    func custom() throws {
        let period = try Self.parse(.init(kind: "frei", from: "01.03.2026", to: "2026-03-31")).get()
        #expect(period.start == Self.day("2026-03-01") && period.end == Self.day("2026-04-01") && period.days == 31)
        #expect(period.previous.start == Self.day("2026-01-29") && period.previous.end == Self.day("2026-03-01"))
        #expect(period.choice.from == "01.03.2026" && period.choice.to == "31.03.2026")
        let oneDay = try Self.parse(.init(kind: "frei", from: "05.12.2026", to: "05.12.2026")).get()
        #expect(oneDay.days == 1 && oneDay.previous.start == Self.day("2026-12-04"))
    }

    @Test("Bad choices name every problem")
    func problems() {
        func problems(_ choice: StatisticsPeriod.Choice) -> [StatisticsPeriod.Problem] {
            if case .failure(let refusal) = Self.parse(choice) { return refusal.problems }
            return []
        }
        #expect(problems(.init(kind: "woche")) == [.unknownKind])
        #expect(problems(.init(kind: "monat", year: "1999", month: "13")) == [.year, .month])
        #expect(problems(.init(kind: "monat", year: "2027", month: "1")) == [.year])
        #expect(problems(.init(kind: "quartal", year: "2026", quarter: "5")) == [.quarter])
        #expect(problems(.init(kind: "jahr", year: "20x6")) == [.year])
        #expect(problems(.init(kind: "jahr", year: "99999999999999999999")) == [.year])
        #expect(problems(.init(kind: "frei", from: "31.02.2026", to: "")) == [.from, .to])
        #expect(problems(.init(kind: "frei", from: "01.01.1999", to: "01.01.2000")) == [.from])
        #expect(problems(.init(kind: "frei", from: "10.03.2026", to: "09.03.2026")) == [.endBeforeStart])
        #expect(problems(.init(kind: "frei", from: "01.01.2020", to: "01.01.2026")) == [.tooLong])
        #expect(problems(.init(kind: "frei", from: "01.12.2026", to: "06.12.2026")) == [.inFuture])
        #expect(problems(.init(kind: "frei", from: "<script>", to: "01.12.2026")) == [.from])
    }

    @Test("Key figures from counts: funnel, processing median and 90th percentile, satisfaction, questions per 100")
    func keyFigures() {
        let service = Service.mock.id
        let counts =
            [
                EventCount(kind: .formStarted, serviceID: service, count: 200),
                EventCount(kind: .stepReached, serviceID: service, step: 1, count: 150),
                EventCount(kind: .stepReached, serviceID: service, step: 2, count: 120),
                EventCount(kind: .submissionReceived, serviceID: service, count: 100),
                EventCount(kind: .contactMessage, serviceID: service, detail: "frage", count: 7),
                EventCount(kind: .documentsRequested, serviceID: service, count: 3),
                EventCount(kind: .statusChanged, serviceID: service, detail: "withdrawn", count: 2),
                EventCount(kind: .statusChanged, serviceID: service, detail: "decided", count: 9),
                EventCount(kind: .rating, serviceID: service, detail: "5", count: 3),
                EventCount(kind: .rating, serviceID: service, detail: "2", count: 1),
                EventCount(kind: .rating, serviceID: service, detail: "9", count: 1),
            ] + [(1, 4), (3, 3), (10, 2), (30, 1)].map { EventCount(kind: .caseDecided, serviceID: service, detail: "\($0.0)", count: $0.1) }
        let figures = KeyFigures(counts)
        #expect(figures.started == 200 && figures.submitted == 100 && figures.completionRate == 0.5)
        #expect(figures.funnel.map(\.count) == [200, 150, 120, 100])
        #expect(figures.funnel.map(\.stage) == [.started, .step(1), .step(2), .submitted])
        #expect(figures.decided == 10)
        // Days sorted: 1 1 1 1 3 3 3 10 10 30 → median (3 + 3) / 2, the 9th case is at 10 days.
        #expect(figures.medianProcessingDays == 3 && figures.processingDays90 == 10)
        #expect(figures.ratings == 4 && figures.averageStars == 4.25, "nine stars are not a rating")
        #expect(figures.contactMessagesPer100 == 7 && figures.documentRequests == 3 && figures.withdrawals == 2)
        #expect(KeyFigures().completionRate == nil && KeyFigures().medianProcessingDays == nil && KeyFigures().averageStars == nil)
    }

    @Test("The series: days for a month, weeks from Monday for a quarter, months for a year")
    func series() throws {
        let month = try Self.parse(.init(kind: "monat", year: "2026", month: "11")).get()
        let counts = [
            EventCount(bucket: "2026-11-01", kind: .submissionReceived, serviceID: nil, count: 4),
            EventCount(bucket: "2026-11-30", kind: .submissionReceived, serviceID: nil, count: 2),
            EventCount(bucket: "2026-11-30", kind: .formStarted, serviceID: nil, count: 5),
            EventCount(bucket: "2026-12-01", kind: .submissionReceived, serviceID: nil, count: 99),
        ]
        let days = StatisticsSeries(period: month, counts: counts)
        #expect(days.unit == .day && days.bars.count == 30)
        #expect(days.bars.first?.submitted == 4 && days.bars.last?.submitted == 2 && days.bars.last?.started == 5)
        let quarter = try Self.parse(.init(kind: "quartal", year: "2026", quarter: "4")).get()
        let weeks = StatisticsSeries(period: quarter, counts: counts)
        // 1 October 2026 is a Thursday: the first bar is short, the next starts on Monday 5 October.
        #expect(weeks.unit == .week && weeks.bars[0].start == Self.day("2026-10-01") && weeks.bars[1].start == Self.day("2026-10-05"))
        #expect(weeks.bars.first { $0.start == Self.day("2026-10-26") }?.submitted == 4, "1 November is a Sunday")
        #expect(weeks.bars.last?.start == Self.day("2026-11-30") && weeks.bars.last?.submitted == 101, "the running quarter ends today")
        let year = try Self.parse(.init(kind: "jahr", year: "2026")).get()
        let months = StatisticsSeries(period: year, counts: counts)
        #expect(months.unit == .month && months.bars.count == 12 && months.bars[10].submitted == 6 && months.bars[11].submitted == 99)
    }
}
