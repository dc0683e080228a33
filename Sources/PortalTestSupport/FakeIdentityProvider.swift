import Foundation
import PortalCore
import Synchronization

/// The test adapter of the identity-provider port: "signs in" whoever the test says, after the
/// same state check the real adapter makes, or fails the way the test says.
public final class FakeIdentityProvider: IdentityProvider {
    public let name: String
    public let displayName: String
    public let highestTrustLevel: TrustLevel
    public let signInOrigin = "https://id.example.test"
    private let outcome = Mutex<Result<ExternalIdentity, ExternalLoginError>?>(nil)
    private let counter = Mutex(0)

    public init(name: String = "test-id", displayName: String = "Test-ID", highestTrustLevel: TrustLevel = .high) {
        self.name = name
        self.displayName = displayName
        self.highestTrustLevel = highestTrustLevel
    }

    /// The person the next sign-ins return.
    public func willSignIn(_ identity: ExternalIdentity) {
        outcome.withLock { $0 = .success(identity) }
    }

    public func willFail(_ error: ExternalLoginError) {
        outcome.withLock { $0 = .failure(error) }
    }

    public func beginLogin(redirectURI: String) async throws -> ExternalLoginStart {
        let number = counter.withLock { value in
            value += 1
            return value
        }
        let pending = PendingExternalLogin(
            provider: name, state: "state-\(number)", nonce: "nonce-\(number)", codeVerifier: "verifier-\(number)",
            startedAt: Date(timeIntervalSince1970: 0))
        let query = "state=\(pending.state)&redirect_uri=\(redirectURI.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        return ExternalLoginStart(redirectURL: "\(signInOrigin)/authorize?\(query)", pending: pending)
    }

    public func completeLogin(_ pending: PendingExternalLogin, callback: [String: String], redirectURI: String) async throws -> ExternalIdentity {
        guard callback["state"] == pending.state else { throw ExternalLoginError.unexpectedAnswer("state does not match") }
        guard let outcome = outcome.withLock({ $0 }) else { throw ExternalLoginError.unavailable("the test named nobody") }
        return try outcome.get()
    }
}
