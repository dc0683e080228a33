import Foundation

/// Requests for missing documents.
public protocol DocumentRequestStore: Sendable {
    /// Stores the request, moves the case to "waiting for the applicant" (audited) and queues the
    /// reminder job, in one transaction. Throws `CaseTransitionError` when the case is not in progress.
    func create(_ request: DocumentRequest, reminder: Job) async throws
    /// Newest first.
    func requests(of submission: Submission.ID) async throws -> [DocumentRequest]
    func request(id: DocumentRequest.ID) async throws -> DocumentRequest?
    /// Marks the request fulfilled with the uploaded files and returns a waiting case to "in
    /// progress", in one transaction. Throws `RequestAlreadyFulfilled` for a second answer.
    func fulfil(_ id: DocumentRequest.ID, deliveries: [DocumentRequest.Delivery], at instant: Date) async throws
}
