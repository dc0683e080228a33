import Foundation
import PortalCore
import PortalTestSupport
import Testing

@Suite("Open data figures per service and month")
struct OpenDataFiguresTests {
    static let berlin = TestClock.timeZone
    static let service = Service.mock
    static var other: Service {
        var other = Service.mock
        other.id = .init(UUID(uuidString: "00000000-0000-4000-8000-0000000000aa")!)
        other.slug = "zweite-leistung"
        return other
    }

    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static func stars(_ values: [Int], month: String, service: Service.ID? = Self.service.id) -> [EventCount] {
        values.map { EventCount(bucket: month, kind: .rating, serviceID: service, detail: "\($0)", count: 1) }
    }

    @Test("Ratings per month: the distribution and the rounded average; below the threshold the numbers are left out; only published comments")
    func satisfaction() {
        let counts = Self.stars([5, 5, 4, 3, 5, 1], month: "2026-12") + Self.stars([4, 4], month: "2026-11") + Self.stars([2], month: "2026-12", service: nil)
        let comments = [
            Rating.Comment(id: 1, serviceID: Self.service.id, stars: 5, text: "Gut", givenAt: Self.at("2026-11-30T23:30:00Z"), state: .published),
            Rating.Comment(id: 2, serviceID: Self.service.id, stars: 1, text: "Versteckt", givenAt: Self.at("2026-12-02T10:00:00Z"), state: .hidden),
            Rating.Comment(id: 3, serviceID: Self.service.id, stars: 4, text: "Neu", givenAt: Self.at("2026-12-02T10:00:00Z"), state: .new),
        ]
        let rows = OpenDataFigures.satisfaction(counts: counts, comments: comments, services: [Self.service], timeZone: Self.berlin, threshold: 5)
        #expect(rows.map(\.month.text) == ["2026-11", "2026-12"])
        #expect(rows[0].isSuppressed && rows[0].average == nil && rows[0].ratings == 2 && rows[0].comments.isEmpty)
        #expect(rows[1].perStar == [1, 0, 1, 1, 3])
        #expect(rows[1].average == Decimal(string: "3.83"))
        // 30 November 23:30 UTC is already 1 December in Berlin.
        #expect(rows[1].comments == ["Gut"])
        let low = OpenDataFigures.satisfaction(
            counts: Self.stars([4, 4], month: "2026-11"), comments: [], services: [Self.service], timeZone: Self.berlin, threshold: 2)
        #expect(low[0].average == 4)
    }

    @Test("Usage: started and submitted, the completion rate, the median processing days; small counts suppressed, zero shown")
    func usage() {
        let month = "2026-10"
        let counts =
            [
                EventCount(bucket: month, kind: .formStarted, serviceID: Self.service.id, count: 8),
                EventCount(bucket: month, kind: .submissionReceived, serviceID: Self.service.id, count: 6),
                EventCount(bucket: month, kind: .formStarted, serviceID: Self.other.id, count: 1),
                EventCount(bucket: month, kind: .rating, serviceID: Self.service.id, detail: "5", count: 1),
            ] + [1, 2, 3, 10, 20].map { EventCount(bucket: month, kind: .caseDecided, serviceID: Self.service.id, detail: "\($0)", count: 1) }
        let rows = OpenDataFigures.usage(counts: counts, services: [Self.service, Self.other], threshold: 5)
        #expect(rows.count == 2)
        let main = rows.first { $0.service.id == Self.service.id }
        #expect(main?.started == 8 && main?.submitted == 6)
        #expect(main?.completionRate == Decimal(string: "0.75"))
        #expect(main?.medianProcessingDays == 3)
        let small = rows.first { $0.service.id == Self.other.id }
        #expect(small?.started == nil, "one start is below the threshold")
        #expect(small?.submitted == 0 && small?.completionRate == nil && small?.medianProcessingDays == nil)
    }
}
