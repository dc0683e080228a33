import Foundation

/// API keys of machine clients.
public protocol APIKeyStore: Sendable {
    func save(_ key: APIKey) async throws
    /// The key whose secret hashes to `secretHash`, unless revoked.
    func key(secretHash: String) async throws -> APIKey?
    /// Every key, revoked ones too, newest first.
    func keys() async throws -> [APIKey]
    /// Revokes the key; false when there is no such key or it was revoked before.
    func revoke(_ id: APIKey.ID, at instant: Date) async throws -> Bool
    func recordUse(of id: APIKey.ID, at instant: Date) async throws
}
