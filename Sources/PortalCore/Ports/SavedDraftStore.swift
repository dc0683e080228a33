import Foundation

/// Drafts saved for later. Saving again replaces the draft and its token (the old link stops working).
public protocol SavedDraftStore: Sendable {
    func save(_ draft: SavedDraft) async throws
    /// The draft with this token hash, unless it has expired.
    func draft(tokenHash: String, now: Date) async throws -> SavedDraft?
    func delete(id: String) async throws
    /// Deletes expired drafts; returns how many.
    @discardableResult
    func deleteExpired(now: Date) async throws -> Int
}
