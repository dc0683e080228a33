/// Who an identity provider vouched for: the provider's short name and its subject for the
/// person. A case filed at a trust level is bound to this, not to the account, so a stranger's
/// identity connected to the account later does not open it.
public struct IdentityKey: Codable, Hashable, Sendable {
    public var provider: String
    public var subject: String

    public init(provider: String, subject: String) {
        self.provider = provider
        self.subject = subject
    }
}
