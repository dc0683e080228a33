import Foundation
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Job queue contract")
struct JobQueueTests {
    static func job(_ test: TestPortal, runAt: Date = TestClock.now) -> Job {
        Job(id: test.ids.generator(), kind: .submissionReceived, payload: "x", runAt: runAt)
    }

    /// Claims in small batches until nothing is due; returns every claimed job.
    static func drain(_ queue: any JobQueue, worker: String) async throws -> [Job.ID] {
        var mine: [Job.ID] = []
        while true {
            let batch = try await queue.claim(limit: 3, worker: worker, now: TestClock.now, lease: 300)
            if batch.isEmpty { return mine }
            mine += batch.map(\.id)
        }
    }

    @Test("Due jobs are claimed once, counted as an attempt, and completed", arguments: TestDatabaseKind.allCases)
    func claimAndComplete(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let queue = test.portal.jobs
            let due = Self.job(test)
            let later = Self.job(test, runAt: TestClock.now.addingTimeInterval(60))
            try await queue.enqueue(due)
            try await queue.enqueue(later)

            let claimed = try await queue.claim(limit: 10, worker: "a", now: TestClock.now, lease: 300)
            #expect(claimed.map(\.id) == [due.id])
            #expect(claimed.first?.attempts == 1)
            #expect(try await queue.claim(limit: 10, worker: "b", now: TestClock.now, lease: 300).isEmpty)

            try await queue.complete([due.id], at: TestClock.now)
            #expect(try await queue.job(id: due.id)?.state == .done)
            #expect(try await queue.counts() == [.done: 1, .queued: 1])
            #expect(try await queue.count(in: .queued) == 1)
            #expect(try await queue.count(in: .done) == 1)
            #expect(try await queue.count(in: .failed) == 0)
        }
    }

    @Test("A job whose worker died is claimed again when the lease runs out", arguments: TestDatabaseKind.allCases)
    func leaseExpiry(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let queue = test.portal.jobs
            let job = Self.job(test)
            try await queue.enqueue(job)
            _ = try await queue.claim(limit: 1, worker: "dies", now: TestClock.now, lease: 30)
            #expect(try await queue.claim(limit: 1, worker: "b", now: TestClock.now.addingTimeInterval(29), lease: 30).isEmpty)
            let again = try await queue.claim(limit: 1, worker: "b", now: TestClock.now.addingTimeInterval(31), lease: 30)
            #expect(again.map(\.id) == [job.id])
            #expect(again.first?.attempts == 2)
        }
    }

    @Test("A failed job waits for its retry time, then gives up for good", arguments: TestDatabaseKind.allCases)
    func failAndRetry(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let queue = test.portal.jobs
            let job = Self.job(test)
            try await queue.enqueue(job)
            _ = try await queue.claim(limit: 1, worker: "a", now: TestClock.now, lease: 30)
            let retryAt = TestClock.now.addingTimeInterval(5)
            try await queue.fail(job.id, error: "DMS nicht erreichbar", retryAt: retryAt, at: TestClock.now)
            #expect(try await queue.claim(limit: 1, worker: "a", now: TestClock.now.addingTimeInterval(4), lease: 30).isEmpty)
            let retried = try await queue.claim(limit: 1, worker: "a", now: retryAt, lease: 30)
            #expect(retried.first?.lastError == "DMS nicht erreichbar")
            try await queue.fail(job.id, error: "immer noch nicht", retryAt: nil, at: retryAt)
            let stored = try #require(try await queue.job(id: job.id))
            #expect(stored.state == .failed)
            #expect(stored.attempts == 2)
            #expect(try await queue.claim(limit: 1, worker: "a", now: retryAt.addingTimeInterval(86_400), lease: 30).isEmpty)
        }
    }

    @Test("Concurrent claimers never receive the same job", arguments: TestDatabaseKind.allCases)
    func exclusiveClaims(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let queue = test.portal.jobs
            for _ in 0..<60 { try await queue.enqueue(Self.job(test)) }
            let claimed = try await withThrowingTaskGroup(of: [Job.ID].self) { group in
                for worker in 0..<6 {
                    group.addTask { try await Self.drain(queue, worker: "w\(worker)") }
                }
                return try await group.reduce(into: [Job.ID]()) { $0 += $1 }
            }
            #expect(claimed.count == 60)
            #expect(Set(claimed).count == 60)
        }
    }
}

@Suite("Job queue across processes")
struct JobQueueProcessTests {
    @Test("Workers of two processes on one database never claim the same job", arguments: TestDatabaseKind.allCases)
    func twoProcesses(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { first in
            // A second PortalDatabase has its own connections and write path, like another process.
            let second = try await PortalDatabase.open(first.location, logger: .init(label: "second"))
            let queues: [any JobQueue] = [SQLJobQueue(database: first), SQLJobQueue(database: second)]
            for index in 0..<80 {
                try await queues[0].enqueue(Job(id: Identifier(UUID()), kind: .submissionReceived, payload: "\(index)", runAt: TestClock.now))
            }
            do {
                let claimed = try await withThrowingTaskGroup(of: [Job.ID].self) { group in
                    for worker in 0..<4 {
                        let queue = queues[worker % 2]
                        group.addTask { try await JobQueueTests.drain(queue, worker: "p\(worker % 2)-w\(worker)") }
                    }
                    return try await group.reduce(into: [Job.ID]()) { $0 += $1 }
                }
                #expect(claimed.count == 80)
                #expect(Set(claimed).count == 80)
                await second.close()
            } catch {
                await second.close()
                throw error
            }
        }
    }
}
