import Foundation
import PortalCore
import PortalTestSupport
import Testing

@Suite("Job retries")
struct RetryPolicyTests {
    @Test("Delays double from the base and stop at the ceiling")
    func backoff() {
        let policy = RetryPolicy(maxAttempts: 20, baseDelay: 5, maxDelay: 60)
        let now = TestClock.now
        #expect(policy.nextRun(afterAttempts: 1, now: now) == now.addingTimeInterval(5))
        #expect(policy.nextRun(afterAttempts: 2, now: now) == now.addingTimeInterval(10))
        #expect(policy.nextRun(afterAttempts: 4, now: now) == now.addingTimeInterval(40))
        #expect(policy.nextRun(afterAttempts: 10, now: now) == now.addingTimeInterval(60))
    }

    @Test("After the last attempt the job is given up")
    func givesUp() {
        let policy = RetryPolicy(maxAttempts: 3)
        #expect(policy.nextRun(afterAttempts: 2, now: TestClock.now) != nil)
        #expect(policy.nextRun(afterAttempts: 3, now: TestClock.now) == nil)
    }
}
