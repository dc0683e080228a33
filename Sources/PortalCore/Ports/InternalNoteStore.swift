import Foundation

/// Case workers' internal notes on cases.
public protocol InternalNoteStore: Sendable {
    func add(_ note: InternalNote) async throws
    /// The case's notes, oldest first.
    func notes(of submission: Submission.ID) async throws -> [InternalNote]
}
