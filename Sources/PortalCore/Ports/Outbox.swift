import Foundation

/// Mails waiting to be delivered, and delivered ones for a few days. A mail and the job that
/// delivers it are stored together, so an accepted mail is never lost; the job's payload is only
/// the mail's ID (addresses and texts stay out of the job table).
public protocol Outbox: Sendable {
    func add(_ mail: Mail, id: String, job: Job, at instant: Date) async throws
    func mail(id: String) async throws -> (mail: Mail, sentAt: Date?)?
    /// Marks the mail delivered and drops its body and address (a hash of the address stays).
    func markSent(id: String, at instant: Date) async throws
    /// Deletes mails delivered before `instant`; returns how many.
    func deleteSent(before instant: Date) async throws -> Int
    /// Deletes mails never delivered that were queued before `instant` (past every retry); returns how many.
    func deleteUndelivered(createdBefore instant: Date) async throws -> Int
    /// Mails queued and not yet sent.
    func waitingCount() async throws -> Int
}
