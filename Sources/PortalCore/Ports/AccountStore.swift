import Foundation

/// Citizen accounts and their one-time links.
public protocol AccountStore: Sendable {
    /// Throws `DuplicateEmail` when the address has an account.
    func create(_ account: CitizenAccount) async throws
    /// Creates an account for someone who signed in at an identity provider, linked to that
    /// identity, in one transaction. Throws `DuplicateEmail` when the address has an account.
    func create(_ account: CitizenAccount, linkedTo identity: ExternalIdentity, at instant: Date) async throws
    /// The account an identity provider's subject is linked to.
    func account(provider: String, subject: String) async throws -> CitizenAccount?
    /// Links the identity to the account, or notes another sign-in through an existing link; the
    /// account's trust level rises to the identity's. Throws `IdentityLinkedElsewhere` when the
    /// identity belongs to another account.
    func recordSignIn(_ identity: ExternalIdentity, account: CitizenAccount.ID, at instant: Date) async throws
    func identities(of account: CitizenAccount.ID) async throws -> [LinkedIdentity]
    func unlink(provider: String, account: CitizenAccount.ID) async throws
    func account(email: String) async throws -> CitizenAccount?
    func account(id: CitizenAccount.ID) async throws -> CitizenAccount?
    func addToken(_ token: AccountToken) async throws
    /// The token if it is valid, without using it up (a page that shows what the link will do).
    func token(hash: String, purpose: AccountToken.Purpose, now: Date) async throws -> AccountToken?
    /// Uses the token once: returns it and deletes it (and every other link of the same purpose of
    /// the account), or nil when unknown, expired or used.
    func useToken(hash: String, purpose: AccountToken.Purpose, now: Date) async throws -> AccountToken?
    func markVerified(_ id: CitizenAccount.ID, at instant: Date) async throws
    func setPassword(_ id: CitizenAccount.ID, hash: String) async throws
    /// Replaces the address; throws `DuplicateEmail` when another account has it.
    func changeEmail(_ id: CitizenAccount.ID, to email: String) async throws
    func saveProfile(_ id: CitizenAccount.ID, _ profile: CitizenProfile) async throws
    /// Deletes the account and its links; its submissions stay with the office, no longer linked.
    func delete(_ id: CitizenAccount.ID) async throws
    /// The account's submissions, newest first.
    func submissions(of account: CitizenAccount.ID) async throws -> [SubmissionSummary]
}

public struct DuplicateEmail: Error, Hashable, Sendable {
    public init() {}
}

public struct IdentityLinkedElsewhere: Error, Hashable, Sendable {
    public init() {}
}
