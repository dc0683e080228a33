/// API keys of machine clients.
public protocol APIKeyStore: Sendable {
    func save(_ key: APIKey) async throws
    /// The key whose secret hashes to `secretHash`, unless revoked.
    func key(secretHash: String) async throws -> APIKey?
}
