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

    @Test("Ratings count in the Berlin month they were given; the average is rounded; below the threshold the numbers are left out")
    func satisfaction() {
        // 30 November 23:30 UTC is already 1 December in Berlin.
        let december = [5, 5, 4, 3, 5, 1].map {
            Rating(serviceID: Self.service.id, page: .confirmation, stars: $0, comment: nil, givenAt: Self.at("2026-11-30T23:30:00Z"))
        }
        let november = [4, 4].map { Rating(serviceID: Self.service.id, page: .portal, stars: $0, comment: "gut", givenAt: Self.at("2026-11-30T22:59:00Z")) }
        let unknown = Rating(serviceID: nil, page: .portal, stars: 2, comment: nil, givenAt: Self.at("2026-12-01T10:00:00Z"))
        let rows = OpenDataFigures.satisfaction(ratings: december + november + [unknown], services: [Self.service], timeZone: Self.berlin, threshold: 5)
        #expect(rows.map(\.month.text) == ["2026-11", "2026-12"])
        #expect(rows[0].isSuppressed && rows[0].average == nil && rows[0].ratings == 2)
        #expect(rows[1].perStar == [1, 0, 1, 1, 3])
        #expect(rows[1].average == Decimal(string: "3.83"))
        #expect(OpenDataFigures.satisfaction(ratings: november, services: [Self.service], timeZone: Self.berlin, threshold: 2)[0].average == 4)
    }

    @Test("Usage: started and submitted from the events, the completion rate, the median processing days; small counts suppressed, zero shown")
    func usage() {
        let day = "2026-10-15T10:00:00Z"
        let events =
            Array(repeating: PortalEvent(.formStarted, service: Self.service.id, at: Self.at(day)), count: 8)
            + Array(repeating: PortalEvent(.submissionReceived, service: Self.service.id, at: Self.at(day)), count: 6)
            + [
                PortalEvent(.formStarted, service: Self.other.id, at: Self.at(day)),
                PortalEvent(.rating, service: Self.service.id, detail: "5", at: Self.at(day)),
            ]
        let received = Self.at("2026-10-01T08:00:00Z")
        let processing = [1, 2, 3, 10, 20].map {
            OpenDataFigures.Processing(serviceID: Self.service.id, receivedAt: received, closedAt: received.addingTimeInterval(Double($0) * 86_400))
        }
        let rows = OpenDataFigures.usage(events: events, processing: processing, services: [Self.service, Self.other], timeZone: Self.berlin, threshold: 5)
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
