import Foundation

/// What the retention run deletes or anonymises, one stage of one service at a time. Every call
/// passes by cases under a legal hold and returns how many items it removed.
public protocol RetentionStore: Sendable {
    /// Saved drafts of the service saved before `cutoff`.
    func deleteSavedDrafts(of service: Service.ID, savedBefore cutoff: Date) async throws -> Int
    /// Closed cases of the service closed before `cutoff`, with everything that hangs off them.
    func closeOut(casesOf service: Service.ID, closedBefore cutoff: Date, action: RetentionPolicy.Action, at now: Date) async throws -> Int
    /// Messages (with their attachments) of closed cases of the service closed before `cutoff`.
    func deleteMessages(of service: Service.ID, closedBefore cutoff: Date) async throws -> Int
    /// Audit lines about the service's cases written before `cutoff`.
    func deleteAuditRecords(of service: Service.ID, before cutoff: Date) async throws -> Int
    /// Audit lines about no case (administration) written before `cutoff`.
    func deleteAdministrativeAuditRecords(before cutoff: Date) async throws -> Int
    /// Copies delivered to a folder channel of the service before `cutoff` that may still lie
    /// there (`<folder>/<reference>`), at most `limit`; `forgetCopies` marks them as cleared.
    func deliveredCopies(of service: Service.ID, deliveredBefore cutoff: Date, limit: Int) async throws -> [DeliveredCopy]
    func forgetCopies(_ copies: [DeliveredCopy], at now: Date) async throws

    /// Sets (or with nil lifts) the hold and writes the audit line in the same transaction.
    func setLegalHold(_ hold: LegalHold?, on submission: Submission.ID, actor: String, at instant: Date) async throws
    func legalHold(on submission: Submission.ID) async throws -> LegalHold?
    /// Whether the case was anonymised (its answers and files are gone).
    func isAnonymised(_ submission: Submission.ID) async throws -> Bool

    func record(_ records: [DeletionRecord]) async throws
    /// The newest lines of the deletion log first.
    func deletionLog(limit: Int) async throws -> [DeletionRecord]
}
