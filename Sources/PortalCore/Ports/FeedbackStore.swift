import Foundation

/// Ratings and comments (`Rating`). Saving also writes the `rating` event of the event log, so the
/// counts survive when comments are deleted.
public protocol FeedbackStore: Sendable {
    func save(_ rating: Rating) async throws
    /// Saves many ratings (with their events) in one write (the demo's year of use).
    func save(_ ratings: [Rating]) async throws
    /// Ratings given from `start` up to (not including) `end`, oldest first; all services when nil.
    func ratings(of service: Service.ID?, from start: Date, to end: Date) async throws -> [Rating]
    /// The newest comments about these services (nil: all, the portal's own included), for moderation.
    func comments(about services: Set<Service.ID>?, limit: Int) async throws -> [Rating.Comment]
    func comment(id: Int64) async throws -> Rating.Comment?
    /// Every comment published for the open data (and not hidden since), oldest first.
    func publishedComments() async throws -> [Rating.Comment]
    /// Publishes the comment for the open data, or hides it from there.
    func moderate(comment id: Int64, publish: Bool, at instant: Date) async throws
}
