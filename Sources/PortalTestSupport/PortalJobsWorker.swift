import PortalJobs

/// The portal's job worker, run by hand in tests: one batch per call, no background loop.
public struct PortalJobsWorker: Sendable {
    let worker: JobWorker

    @discardableResult
    public func runOnce() async throws -> Int {
        try await worker.runOnce()
    }
}
