import Foundation

/// The review loop's records: comments and the history of each draft.
public protocol ReviewStore: Sendable {
    func add(_ comment: DraftComment) async throws
    func resolve(_ id: DraftComment.ID, of draft: FormDraft.ID) async throws
    /// Oldest first.
    func comments(of draft: FormDraft.ID) async throws -> [DraftComment]
    func record(_ event: DraftEvent) async throws
    /// Oldest first.
    func events(of draft: FormDraft.ID) async throws -> [DraftEvent]
}
