import Foundation

/// Print batches: which decisions go to the print service together, and whether they got there.
public protocol PrintBatchStore: Sendable {
    /// Puts every decision to go by post that was delivered before `cutoff` and is in no batch yet
    /// into a new batch `id`, in one transaction, so a decision lands in exactly one batch even when
    /// several instances collect at once. Returns its submissions in delivery order; empty means no
    /// batch was made. Throws `BatchExists` when the ID is taken.
    func collect(into id: String, deliveredBefore cutoff: Date, at instant: Date) async throws -> [Submission.ID]
    /// Batches collected but not yet in the print service's folder, oldest first.
    func unwritten() async throws -> [(id: String, submissions: [Submission.ID])]
    /// The batch's folder is complete: its cases read "an Druckdienst übergeben".
    func markWritten(_ id: String, at instant: Date) async throws
}

/// A print batch of that name exists already (collected in the same second).
public struct BatchExists: Error, Hashable, Sendable {
    public init() {}
}
