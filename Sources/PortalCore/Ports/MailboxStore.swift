import Foundation

/// The messages of each case.
public protocol MailboxStore: Sendable {
    /// Stores the message and, for the office's side, an audit entry, in one transaction.
    func add(_ message: CaseMessage, auditActor: String?) async throws
    /// Oldest first.
    func messages(of submission: Submission.ID) async throws -> [CaseMessage]
    /// Marks the messages the other side sent as read (the applicant reads the office's, and back).
    func markRead(of submission: Submission.ID, byApplicant: Bool, at instant: Date) async throws
    /// How many applicant messages each of these submissions has unread by the office.
    func unreadFromApplicants(_ submissions: [Submission.ID]) async throws -> [Submission.ID: Int]
}
