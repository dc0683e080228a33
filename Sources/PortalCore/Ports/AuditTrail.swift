import Foundation

/// The audit trail: lines are added and read, never changed or removed (there is no method for it).
public protocol AuditTrail: Sendable {
    func record(_ event: AuditEvent) async throws
    /// The newest lines about one object (`staff:<id>`), newest first.
    func events(target: String, limit: Int) async throws -> [AuditEvent]
    /// The lines about one submission with one of `actions` (nil: all), oldest first.
    func events(submission: Submission.ID, actions: Set<AuditEvent.Action>?) async throws -> [AuditEvent]
    /// Every line from `start` up to (not including) `end`, oldest first, at most `limit`.
    func events(from start: Date, to end: Date, limit: Int) async throws -> [AuditEvent]
}
