import Foundation
import Logging
import PortalCore
import ServiceLifecycle

/// Runs the print batch once a day at the configured time. At start it first catches up on the
/// day's run if the portal was down at that time; the batch takes only decisions delivered before
/// the run's time, so a late run collects the same letters the punctual one would have.
public struct PrintSchedule: ServiceLifecycle.Service, Sendable {
    let time: DailyTime
    let timeZone: TimeZone
    let now: @Sendable () -> Date
    let collect: @Sendable (_ cutoff: Date, _ now: Date) async throws -> Void
    let logger: Logger
    /// After a failed run (the print service's folder gone, a full disk) it is tried again this much later.
    let retryAfter: Duration

    public init(
        time: DailyTime, timeZone: TimeZone, now: @escaping @Sendable () -> Date, retryAfter: Duration = .seconds(300), logger: Logger,
        collect: @escaping @Sendable (_ cutoff: Date, _ now: Date) async throws -> Void
    ) {
        self.time = time
        self.timeZone = timeZone
        self.now = now
        self.collect = collect
        self.logger = logger
        self.retryAfter = retryAfter
    }

    public func run() async throws {
        var cutoff = time.last(atOrBefore: now(), in: timeZone)
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let pause: Duration
            do {
                try await collect(cutoff, now())
                let next = time.next(after: now(), in: timeZone)
                cutoff = next
                pause = .milliseconds(Int64(max(0, next.timeIntervalSince(now())) * 1000))
            } catch {
                logger.error("print batch failed", metadata: ["error": "\(error)"])
                pause = retryAfter
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: pause) }
        }
    }
}
