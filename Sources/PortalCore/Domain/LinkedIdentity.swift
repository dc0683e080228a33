import Foundation

/// A sign-in at an identity provider, tied to a citizen account.
public struct LinkedIdentity: Hashable, Sendable {
    public var provider: String
    public var subject: String
    public var accountID: CitizenAccount.ID
    /// The level of the latest sign-in through it.
    public var trustLevel: TrustLevel
    public var linkedAt: Date
    public var lastUsedAt: Date

    public init(provider: String, subject: String, accountID: CitizenAccount.ID, trustLevel: TrustLevel, linkedAt: Date, lastUsedAt: Date) {
        self.provider = provider
        self.subject = subject
        self.accountID = accountID
        self.trustLevel = trustLevel
        self.linkedAt = linkedAt
        self.lastUsedAt = lastUsedAt
    }
}
