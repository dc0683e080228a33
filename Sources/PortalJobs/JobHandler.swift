import PortalCore

/// Does the work of one job kind. Throwing makes the worker retry later with backoff, so a handler
/// must be safe to run more than once for the same job (at-least-once delivery).
public protocol JobHandler: Sendable {
    var kind: JobKind { get }
    func run(_ job: Job) async throws
    /// When a failed job runs again; nil: the worker's own policy.
    var retryPolicy: RetryPolicy? { get }
}

extension JobHandler {
    public var retryPolicy: RetryPolicy? { nil }
}
