import Foundation

/// The durable job table. Jobs caused by a change are written by the store that makes the change,
/// in the same transaction; `enqueue` is for work with no such change.
public protocol JobQueue: Sendable {
    func enqueue(_ job: Job) async throws
    /// Claims up to `limit` due jobs for `worker` until `now + lease`. A claimed job whose worker dies
    /// becomes due again when the lease runs out, so no job is lost.
    func claim(limit: Int, worker: String, now: Date, lease: TimeInterval) async throws -> [Job]
    /// Marks the jobs done, in one write.
    func complete(_ jobs: [Job.ID], at instant: Date) async throws
    /// Records a failed attempt; `retryAt` nil marks the job as failed for good.
    func fail(_ job: Job.ID, error: String, retryAt: Date?, at instant: Date) async throws
    func job(id: Job.ID) async throws -> Job?
    func counts() async throws -> [Job.State: Int]
    /// Jobs in one state; through the queue's index, without reading the (ever growing) done ones.
    func count(in state: Job.State) async throws -> Int
    /// When the longest-waiting due job was due (nil: none waits), for the "oldest queued job" alert.
    func oldestDue(now: Date) async throws -> Date?
}
