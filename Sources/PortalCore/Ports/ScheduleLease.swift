import Foundation

/// Makes a daily task run once over all instances: the first instance to claim a schedule's day
/// runs it, the others pass.
public protocol ScheduleLease: Sendable {
    /// True when `holder` is the first to claim `schedule` on `day`.
    func claim(_ schedule: String, day: LocalDate, holder: String, at now: Date) async throws -> Bool
    /// When the schedule last started, on whichever instance.
    func lastRun(of schedule: String) async throws -> Date?
}
