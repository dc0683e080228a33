import Foundation

/// Server-side session data (drafts of online forms, CSRF token), keyed by a hash of the session
/// cookie so a copy of the database cannot be used to take over sessions.
public protocol SessionStore: Sendable {
    func load(keyHash: String, now: Date) async throws -> (data: String, expiresAt: Date)?
    func save(keyHash: String, data: String, expiresAt: Date) async throws
    /// Keeps the data and only moves the expiry.
    func touch(keyHash: String, expiresAt: Date) async throws
    func delete(keyHash: String) async throws
    /// Removes expired sessions; returns how many.
    @discardableResult
    func deleteExpired(now: Date) async throws -> Int
}
