import Foundation

/// Who an identity provider says signed in: its own stable subject identifier, what it tells about
/// the person, and how surely it knows them.
public struct ExternalIdentity: Hashable, Sendable {
    /// The provider's name in the portal's configuration (`oidc`, later `bundid`).
    public var provider: String
    /// The provider's identifier for the person; stable, never reassigned.
    public var subject: String
    public var email: String?
    /// Whether the provider has confirmed the address itself.
    public var emailVerified: Bool
    public var givenName: String?
    public var familyName: String?
    public var trustLevel: TrustLevel
    /// The values of the claim a role mapping reads (a directory's groups); empty without one.
    public var claimValues: [String] = []

    public init(
        provider: String, subject: String, email: String? = nil, emailVerified: Bool = false, givenName: String? = nil,
        familyName: String? = nil, trustLevel: TrustLevel
    ) {
        self.provider = provider
        self.subject = subject
        self.email = email
        self.emailVerified = emailVerified
        self.givenName = givenName
        self.familyName = familyName
        self.trustLevel = trustLevel
    }

    /// What the provider tells about the person, as profile details for filling in forms.
    public var profile: CitizenProfile {
        CitizenProfile(givenName: String((givenName ?? "").prefix(200)), familyName: String((familyName ?? "").prefix(200)))
    }
}
