import Foundation
import Logging
import Metrics
import PortalCore
import ServiceLifecycle

/// Claims due jobs and runs their handlers until graceful shutdown. Several workers, in one process
/// or many, can share one queue: claims are exclusive and expire, so a dead worker's jobs return.
public struct JobWorker: ServiceLifecycle.Service, Sendable {
    public struct Settings: Sendable {
        public var batchSize = 32
        /// How long a claim holds. A worker killed outright (SIGKILL, power loss) leaves its claimed
        /// jobs to others only after this; longer than any handler takes (the webhook's timeout is
        /// 30 s), and a handler that overran would only run twice, which every handler allows.
        public var lease: TimeInterval = 90
        public var idleDelay: Duration = .milliseconds(250)
        public var retry = RetryPolicy()
        /// With this many requests in flight in the same process the worker waits (`idleDelay` at a
        /// time) before its next batch, but never longer than `maxYield`: then one batch runs
        /// anyway, so a long rush slows the jobs down without stopping them.
        public var busyRequests = 4
        public var maxYield: Duration = .seconds(5)

        public init() {}
    }

    let queue: any JobQueue
    let handlers: [JobKind: any JobHandler]
    let settings: Settings
    let workerID: String
    let now: @Sendable () -> Date
    let logger: Logger
    let heartbeat: WorkerHeartbeat?
    /// The requests of the process this worker runs in; nil in a worker process of its own.
    let load: RequestLoad?

    public init(
        queue: any JobQueue, handlers: [any JobHandler], settings: Settings = Settings(), workerID: String, now: @escaping @Sendable () -> Date, logger: Logger,
        heartbeat: WorkerHeartbeat? = nil, load: RequestLoad? = nil
    ) {
        self.heartbeat = heartbeat
        self.load = load
        self.queue = queue
        self.handlers = Dictionary(handlers.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        self.settings = settings
        self.workerID = workerID
        self.now = now
        self.logger = logger
    }

    public func run() async throws {
        logger.info("job worker started", metadata: ["worker": "\(workerID)"])
        // Jobs already claimed are finished before the loop ends: shutdown is only checked between batches.
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            heartbeat?.beat(at: Date())
            await giveWayToRequests()
            let handled: Int
            do {
                handled = try await runOnce()
            } catch {
                logger.error("claiming jobs failed", metadata: ["error": "\(String(describing: error))"])
                handled = 0
            }
            if handled == 0 {
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: settings.idleDelay) }
            }
        }
        logger.info("job worker stopped", metadata: ["worker": "\(workerID)"])
    }

    /// Waits while the process is busy answering requests, at most `maxYield`.
    private func giveWayToRequests() async {
        guard let load else { return }
        let start = ContinuousClock.now
        while load.current >= settings.busyRequests, ContinuousClock.now - start < settings.maxYield, !Task.isShuttingDownGracefully {
            heartbeat?.beat(at: Date())
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: settings.idleDelay) }
        }
    }

    /// Claims one batch and runs it, the jobs of a batch concurrently, then marks the successful
    /// ones done in one write. Returns how many ran.
    @discardableResult
    public func runOnce() async throws -> Int {
        let jobs = try await queue.claim(limit: settings.batchSize, worker: workerID, now: now(), lease: settings.lease)
        let succeeded = await withTaskGroup(of: Job.ID?.self) { group in
            for job in jobs {
                group.addTask { await self.process(job) ? job.id : nil }
            }
            return await group.reduce(into: [Job.ID]()) { if let id = $1 { $0.append(id) } }
        }
        do {
            try await queue.complete(succeeded, at: now())
        } catch {
            // The handlers are idempotent: when the leases run out the jobs run once more.
            logger.error("marking jobs done failed", metadata: ["jobs": "\(succeeded.count)", "error": "\(String(describing: error))"])
        }
        return jobs.count
    }

    /// Runs one job; a failure is recorded for retry. Returns whether it succeeded.
    private func process(_ job: Job) async -> Bool {
        let started = ContinuousClock.now
        defer {
            Timer(label: "serviceportal_job_duration_seconds", dimensions: [("kind", job.kind.rawValue)], preferredDisplayUnit: .seconds)
                .record(duration: ContinuousClock.now - started)
        }
        do {
            guard let handler = handlers[job.kind] else {
                throw UnknownJobKind(kind: job.kind)
            }
            try await handler.run(job)
            Counter(label: "serviceportal_jobs_processed_total", dimensions: [("kind", job.kind.rawValue), ("outcome", "done")]).increment()
            return true
        } catch {
            let retryAt = (handlers[job.kind]?.retryPolicy ?? settings.retry).nextRun(afterAttempts: job.attempts, now: now())
            Counter(
                label: "serviceportal_jobs_processed_total", dimensions: [("kind", job.kind.rawValue), ("outcome", retryAt == nil ? "failed" : "retry")]
            ).increment()
            logger.warning(
                "job failed",
                metadata: [
                    "job": "\(job.id)", "kind": "\(job.kind)", "attempt": "\(job.attempts)",
                    "retry": "\(retryAt.map { "\($0)" } ?? "no, given up")", "error": "\(String(describing: error).addressesRedacted)",
                ])
            do {
                // Mail servers echo recipients in their replies: no address goes into the log or the job table.
                try await queue.fail(job.id, error: String(describing: error).addressesRedacted, retryAt: retryAt, at: now())
            } catch {
                // The lease expires and the job is claimed again; nothing is lost.
                logger.error("recording job failure failed", metadata: ["job": "\(job.id)", "error": "\(String(describing: error))"])
            }
            return false
        }
    }
}

/// A job whose kind no handler of this process knows; it is retried, as a newer version may know it.
struct UnknownJobKind: Error, CustomStringConvertible {
    var kind: JobKind
    var description: String { "no handler for job kind \(kind)" }
}
