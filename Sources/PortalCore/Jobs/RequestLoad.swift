import Synchronization

/// How many requests this process is answering right now. Background jobs give way while it is
/// busy (`JobWorker.Settings.busyRequests`): an applicant waiting for the acknowledgement of an
/// application matters more than a receipt PDF made a few seconds later, and on two cores the
/// jobs' work and writes compete with the filing's (bench/RESULTS.md, session 14).
public final class RequestLoad: Sendable {
    private let inFlight = Atomic<Int>(0)

    public init() {}

    public func started() {
        inFlight.wrappingAdd(1, ordering: .relaxed)
    }

    public func finished() {
        inFlight.wrappingSubtract(1, ordering: .relaxed)
    }

    public var current: Int { inFlight.load(ordering: .relaxed) }
}
