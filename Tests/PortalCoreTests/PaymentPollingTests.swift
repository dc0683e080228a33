import Foundation
import PortalCore
import Testing

@Suite("Payment: when an open transaction is asked about again")
struct PaymentPollingTests {
    @Test("Every two minutes at first, then every quarter of an hour, then hourly, not after a day")
    func schedule() {
        let created = Date(timeIntervalSince1970: 1_796_030_100)
        func pause(after minutes: Double) -> TimeInterval? {
            let now = created.addingTimeInterval(minutes * 60)
            return Payment.nextCheck(createdAt: created, after: now).map { $0.timeIntervalSince(now) }
        }
        #expect(pause(after: 0) == 120 && pause(after: 14) == 120)
        #expect(pause(after: 15) == 900 && pause(after: 119) == 900)
        #expect(pause(after: 120) == 3600 && pause(after: 22 * 60) == 3600)
        #expect(pause(after: 23 * 60 + 1) == nil && pause(after: 25 * 60) == nil)
    }
}
