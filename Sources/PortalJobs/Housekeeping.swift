import Foundation
import Logging
import ServiceLifecycle

/// The periodic clean-up job: deletes expired saved drafts, unsubmitted uploads past their expiry
/// and expired sessions. Runs beside the job workers; running it on several instances at once is
/// harmless (each sweep deletes only what has expired).
public struct Housekeeping: ServiceLifecycle.Service, Sendable {
    public struct Task: Sendable {
        public var name: String
        public var sweep: @Sendable (Date) async throws -> Int

        public init(name: String, sweep: @escaping @Sendable (Date) async throws -> Int) {
            self.name = name
            self.sweep = sweep
        }
    }

    let tasks: [Task]
    let interval: Duration
    let now: @Sendable () -> Date
    let logger: Logger

    public init(tasks: [Task], interval: Duration = .seconds(15 * 60), now: @escaping @Sendable () -> Date, logger: Logger) {
        self.tasks = tasks
        self.interval = interval
        self.now = now
        self.logger = logger
    }

    public func run() async throws {
        while !Swift.Task.isShuttingDownGracefully && !Swift.Task.isCancelled {
            await runOnce()
            try? await cancelWhenGracefulShutdown { try await Swift.Task.sleep(for: interval) }
        }
    }

    /// One sweep over every task; a failing task is logged and does not stop the others.
    @discardableResult
    public func runOnce() async -> [String: Int] {
        var removed: [String: Int] = [:]
        let moment = now()
        for task in tasks {
            do {
                let count = try await task.sweep(moment)
                removed[task.name] = count
                if count > 0 { logger.info("housekeeping", metadata: ["task": "\(task.name)", "removed": "\(count)"]) }
            } catch {
                logger.error("housekeeping failed", metadata: ["task": "\(task.name)", "error": "\(error)"])
            }
        }
        return removed
    }
}
