import Foundation
import Logging
import PortalCore
import PortalJobs
import PortalTestSupport
import Synchronization
import Testing

@Suite("Job worker under request load")
struct JobWorkerLoadTests {
    final class Ran: JobHandler, Sendable {
        let kind = JobKind(rawValue: "test.count")
        let count = Mutex(0)
        func run(_ job: Job) async throws { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }
    }

    @Test("While the process is busy with requests the worker waits; after at most maxYield it runs a batch anyway; idle, it runs at once")
    func givesWay() async throws {
        try await TestPortal.with { test in
            let handler = Ran()
            for _ in 0..<3 {
                try await test.portal.jobs.enqueue(Job(id: test.ids.generator(), kind: handler.kind, payload: "", runAt: TestClock.now))
            }
            let load = RequestLoad()
            for _ in 0..<4 { load.started() }
            var settings = JobWorker.Settings()
            settings.idleDelay = .milliseconds(20)
            settings.maxYield = .seconds(1)
            settings.batchSize = 1
            let worker = JobWorker(
                queue: test.portal.jobs, handlers: [handler], settings: settings, workerID: "w", now: test.now, logger: Logger(label: "test"), load: load)
            let running = Task { try await worker.run() }
            try await Task.sleep(for: .milliseconds(300))
            #expect(handler.value == 0, "four requests in flight: the jobs wait")
            for _ in 0..<200 where handler.value == 0 { try await Task.sleep(for: .milliseconds(20)) }
            #expect(handler.value == 1, "after maxYield one batch runs anyway")
            load.finished()
            for _ in 0..<200 where handler.value < 3 { try await Task.sleep(for: .milliseconds(20)) }
            #expect(handler.value == 3, "below the threshold the rest runs at once")
            running.cancel()
        }
    }
}
