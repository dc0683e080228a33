import Foundation

/// Requests for missing documents.
public protocol DocumentRequestStore: Sendable {
    /// Stores the request, moves the case to "waiting for the applicant" (audited) and queues the
    /// reminder job, in one transaction. Throws `CaseTransitionError` when the case is not in progress.
    func create(_ request: DocumentRequest, reminder: Job) async throws
    /// Newest first.
    func requests(of submission: Submission.ID) async throws -> [DocumentRequest]
    func request(id: DocumentRequest.ID) async throws -> DocumentRequest?
    /// Adds uploaded files to the request (each document is uploaded on its own, at any time before
    /// the request is answered). When nothing is pending any more, or the applicant says they are
    /// done (`finish`), the request is answered and a waiting case returns to "in progress", in the
    /// same transaction. Returns the request as stored; throws `RequestAlreadyFulfilled` once it is
    /// answered.
    func deliver(_ id: DocumentRequest.ID, deliveries: [DocumentRequest.Delivery], finish: Bool, at instant: Date) async throws -> DocumentRequest
}
