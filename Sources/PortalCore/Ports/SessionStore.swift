import Foundation

/// Server-side session data (drafts of online forms, CSRF token), keyed by a hash of the session
/// cookie so a copy of the database cannot be used to take over sessions.
public protocol SessionStore: Sendable {
    func load(keyHash: String, now: Date) async throws -> (data: String, expiresAt: Date)?
    /// `owner` names who is signed in (`account:<id>`, `staff:<id>`), nil for anonymous sessions.
    func save(keyHash: String, data: String, expiresAt: Date, owner: String?) async throws
    /// Keeps the data and only moves the expiry.
    func touch(keyHash: String, expiresAt: Date) async throws
    func delete(keyHash: String) async throws
    /// Ends every session of one account or staff member; returns how many.
    @discardableResult
    func deleteAll(owner: String) async throws -> Int
    /// Removes expired sessions; returns how many.
    @discardableResult
    func deleteExpired(now: Date) async throws -> Int
}
