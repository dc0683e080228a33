import Foundation

/// The payments the portal asked platforms for (`Payment`). A status reported as final is never
/// changed again: a late or repeated report of another status is ignored.
public protocol PaymentStore: Sendable {
    /// Adds a payment; a `requestID` already there throws `DuplicatePaymentRequest`.
    func add(_ payment: Payment) async throws
    /// Notes the platform's transaction once it made one.
    func attach(_ id: Payment.ID, transactionID: String, payPageURL: String?, at instant: Date, nextCheckAt: Date?) async throws
    /// Notes what the platform reported; returns the payment as it now stands (unchanged when it
    /// was final already). Throws `NotFound` for an unknown payment.
    @discardableResult
    func report(_ id: Payment.ID, status: PaymentStatus, method: PaymentMethod?, at instant: Date, nextCheckAt: Date?) async throws -> Payment
    /// Links a payment to the application it paid for.
    func link(_ id: Payment.ID, to submission: Submission.ID) async throws
    func payment(id: Payment.ID) async throws -> Payment?
    func payment(requestID: String) async throws -> Payment?
    func payments(of submission: Submission.ID) async throws -> [Payment]
    /// Open payments with a transaction whose next check is due at `instant`, oldest first.
    func due(at instant: Date, limit: Int) async throws -> [Payment]
    /// Payments made from `start` up to `end`, oldest first (the Kasse's reconciliation).
    func payments(from start: Date, to end: Date) async throws -> [Payment]

    /// Keeps an application to be filed once paid, with its first payment, in one write; the
    /// draft's uploads are kept as long as the application waits. A draft that waits already
    /// throws `DuplicatePaymentRequest`.
    func addPending(_ pending: PendingApplication, payment: Payment) async throws
    func pendingApplication(id: Submission.ID) async throws -> PendingApplication?
    func pendingApplication(draftID: String) async throws -> PendingApplication?
    /// The applicant gave up on it; its payments stay for the record.
    func discardPending(id: Submission.ID) async throws
    /// Paid payments whose application still waits (the filing after the report did not happen).
    func paidWaiting(limit: Int) async throws -> [Payment]
    /// Removes the pending applications made before `instant` none of whose payments was paid.
    func deleteAbandonedPending(before instant: Date) async throws -> Int
}

/// The `requestID` is taken: the caller reads the payment it names instead.
public struct DuplicatePaymentRequest: Error, Hashable {
    public var requestID: String

    public init(requestID: String) { self.requestID = requestID }
}
