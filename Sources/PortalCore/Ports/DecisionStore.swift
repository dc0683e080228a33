import Foundation

/// Delivered decisions.
public protocol DecisionStore: Sendable {
    /// Stores the decision and moves the case to `decided` with an audited status change, in one
    /// transaction; throws `CaseTransitionError` when the case cannot be decided now.
    func deliver(_ decision: Decision) async throws
    func decision(of submission: Submission.ID) async throws -> Decision?
    /// Records the applicant's first retrieval; later ones keep the first time.
    func recordRetrieval(of submission: Submission.ID, at instant: Date) async throws
}
