import Foundation

/// Ratings and comments (`Rating`). Saving also writes the `rating` event of the event log, so the
/// counts survive when comments are deleted.
public protocol FeedbackStore: Sendable {
    func save(_ rating: Rating) async throws
    /// Ratings given from `start` up to (not including) `end`, oldest first; all services when nil.
    func ratings(of service: Service.ID?, from start: Date, to end: Date) async throws -> [Rating]
}
