import Foundation

/// A way to sign in somewhere else (an OpenID Connect provider now, BundID's SAML later): the
/// browser is sent there and comes back with an answer the provider's adapter checks.
public protocol IdentityProvider: Sendable {
    /// Short, URL-safe and stable: it names the provider in links and in linked identities.
    var name: String { get }
    /// What the sign-in button names ("Mit BundID anmelden" takes "BundID").
    var displayName: String { get }
    /// The best level this provider can vouch for, so a service asking for more does not offer it.
    var highestTrustLevel: TrustLevel { get }
    /// The origin (`https://id.example.de`) of the provider's sign-in page; pages allow forms to lead there.
    var signInOrigin: String { get }
    /// Starts a sign-in: where to send the browser, and the secrets the answer must match (kept in
    /// the browser's server-side session, never in the URL beyond what the protocol sends).
    func beginLogin(redirectURI: String) async throws -> ExternalLoginStart
    /// Checks the provider's answer (the callback's query parameters) against what `beginLogin`
    /// produced and returns who signed in. Throws `ExternalLoginError`.
    func completeLogin(_ pending: PendingExternalLogin, callback: [String: String], redirectURI: String) async throws -> ExternalIdentity
}

public struct ExternalLoginStart: Sendable {
    public var redirectURL: String
    public var pending: PendingExternalLogin

    public init(redirectURL: String, pending: PendingExternalLogin) {
        self.redirectURL = redirectURL
        self.pending = pending
    }
}

/// What a started sign-in must come back with: `state` ties the answer to this browser, `nonce`
/// the ID token to this sign-in, `codeVerifier` the code to this client (PKCE).
public struct PendingExternalLogin: Codable, Hashable, Sendable {
    public var provider: String
    public var state: String
    public var nonce: String
    public var codeVerifier: String
    public var startedAt: Date
    /// Set when a signed-in account holder confirmed connecting this provider with their password.
    public var linkApproved: Bool?

    public init(provider: String, state: String, nonce: String, codeVerifier: String, startedAt: Date) {
        self.provider = provider
        self.state = state
        self.nonce = nonce
        self.codeVerifier = codeVerifier
        self.startedAt = startedAt
    }

    /// A sign-in not finished within this time is void.
    public static let lifetime: TimeInterval = 10 * 60
}

/// Why a sign-in at a provider did not succeed. The reason is for the log; it never holds claims.
public enum ExternalLoginError: Error, Equatable, Sendable {
    /// The person cancelled at the provider, or the provider refused them.
    case cancelled
    /// The answer does not belong to a sign-in this browser started (or it came too late).
    case unexpectedAnswer(String)
    /// The provider's answer failed a check (signature, issuer, audience, time, nonce).
    case rejected(String)
    /// The provider could not be reached or answered nonsense.
    case unavailable(String)
}
