import Foundation
import JWTKit
import PortalCore

/// Checks an ID token as OpenID Connect Core §3.1.3.7 asks: an asymmetric signature by one of the
/// provider's published keys, our issuer, us as audience (and as authorized party when there are
/// several), not expired, not issued in the future, and the nonce of this very sign-in.
struct IDTokenVerifier: Sendable {
    let issuer: String
    let clientID: String
    /// How far the provider's clock may be off from ours.
    var leeway: TimeInterval = 60

    /// Only signatures made with a private key; `none` and the HMAC family are refused, so a
    /// token cannot be "signed" with something the client knows.
    static let acceptedAlgorithms: Set<String> = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]

    /// No key verifies the signature (perhaps one the provider has just started to use).
    struct SignatureFailure: Error {}

    /// Throws `SignatureFailure`, or `ExternalLoginError.rejected` for everything else.
    func verify(_ token: String, keys: JWTKeyCollection, nonce: String, now: Date) async throws -> IDTokenClaims {
        guard let algorithm = Self.algorithm(of: token) else { throw ExternalLoginError.rejected("ID token is not a signed JWT") }
        guard Self.acceptedAlgorithms.contains(algorithm) else { throw ExternalLoginError.rejected("ID token algorithm \(algorithm) is not accepted") }
        let claims: IDTokenClaims
        do {
            claims = try await keys.verify(token, as: IDTokenClaims.self, iteratingKeys: true)
        } catch {
            throw SignatureFailure()
        }
        try check(claims, nonce: nonce, now: now)
        return claims
    }

    func check(_ claims: IDTokenClaims, nonce: String, now: Date) throws {
        guard claims.iss == issuer else { throw ExternalLoginError.rejected("ID token issuer differs") }
        guard claims.aud.value.contains(clientID) else { throw ExternalLoginError.rejected("ID token is meant for another client") }
        if claims.aud.value.count > 1 || claims.azp != nil {
            guard claims.azp == clientID else { throw ExternalLoginError.rejected("ID token's authorized party is another client") }
        }
        guard claims.exp.value.addingTimeInterval(leeway) > now else { throw ExternalLoginError.rejected("ID token has expired") }
        if let issued = claims.iat?.value, issued > now.addingTimeInterval(leeway) {
            throw ExternalLoginError.rejected("ID token is issued in the future")
        }
        guard let sent = claims.nonce, SecretComparison.equal(sent, nonce) else { throw ExternalLoginError.rejected("ID token nonce differs") }
        guard !claims.sub.isEmpty, claims.sub.utf8.count <= 255 else { throw ExternalLoginError.rejected("ID token subject is unusable") }
    }

    /// The `alg` of the token's header, read before any key is chosen.
    static func algorithm(of token: String) -> String? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[2].isEmpty, let header = Base64URL.decode(String(parts[0])),
            let object = try? JSONSerialization.jsonObject(with: header) as? [String: Any]
        else { return nil }
        return object["alg"] as? String
    }
}
