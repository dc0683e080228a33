import Foundation
import Logging
import PortalCore
import ServiceLifecycle

/// Runs a task once a day at a set time over all instances: each instance wakes at the time, and
/// the one that claims the day's lease runs it. An instance that starts after the time catches up
/// on the day's run if nobody has run it yet.
public struct DailySchedule: ServiceLifecycle.Service, Sendable {
    let name: String
    let time: DailyTime
    let timeZone: TimeZone
    let lease: any ScheduleLease
    let holder: String
    let now: @Sendable () -> Date
    let logger: Logger
    let task: @Sendable (Date) async throws -> Void

    public init(
        name: String, time: DailyTime, timeZone: TimeZone, lease: any ScheduleLease, holder: String, now: @escaping @Sendable () -> Date, logger: Logger,
        task: @escaping @Sendable (Date) async throws -> Void
    ) {
        self.name = name
        self.time = time
        self.timeZone = timeZone
        self.lease = lease
        self.holder = holder
        self.now = now
        self.logger = logger
        self.task = task
    }

    public func run() async throws {
        var due = time.last(atOrBefore: now(), in: timeZone)
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let wait = due.timeIntervalSince(now())
            if wait > 0 {
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .milliseconds(Int64(wait * 1000))) }
                if Task.isShuttingDownGracefully || Task.isCancelled { return }
            }
            await runIfFirst(day: LocalDate(due, in: timeZone))
            due = time.next(after: max(due, now()), in: timeZone)
        }
    }

    /// Runs the task for `day` if this instance claims the day first; a failed run is logged and
    /// the next day's run takes up what is left.
    @discardableResult
    public func runIfFirst(day: LocalDate) async -> Bool {
        do {
            guard try await lease.claim(name, day: day, holder: holder, at: now()) else { return false }
            try await task(now())
            return true
        } catch {
            logger.error("scheduled task failed", metadata: ["schedule": "\(name)", "error": "\(error)"])
            return false
        }
    }
}
