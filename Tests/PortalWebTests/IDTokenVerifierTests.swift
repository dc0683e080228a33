import Foundation
import JWTKit
import PortalCore
import Testing

@testable import PortalApp

/// The ID token checks with tokens made here, so each way a token can be wrong is tried on its own.
@Suite("ID token checks")
struct IDTokenVerifierTests {
    static let issuer = "https://id.example.de/realms/buerger"
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    let verifier = IDTokenVerifier(issuer: Self.issuer, clientID: "serviceportal")

    static func claims(_ change: (inout IDTokenClaims) -> Void = { _ in }) -> IDTokenClaims {
        var claims = IDTokenClaims(
            iss: issuer, sub: "248289761001", aud: AudienceClaim(value: ["serviceportal"]),
            exp: ExpirationClaim(value: now.addingTimeInterval(300)), iat: IssuedAtClaim(value: now.addingTimeInterval(-5)),
            nonce: "n-0S6_WzA2Mj", email: "jane@example.de", emailVerified: true
        )
        change(&claims)
        return claims
    }

    /// A signing key, and the provider's published (public) keys.
    static func keys() async -> (signing: JWTKeyCollection, published: JWTKeyCollection) {
        let key = ES256PrivateKey()
        let signing = await JWTKeyCollection().add(ecdsa: key, kid: "k1")
        let published = await JWTKeyCollection().add(ecdsa: key.publicKey, kid: "k1")
        return (signing, published)
    }

    @Test("A token signed by the provider's key, for us, in time, with our nonce is accepted")
    func accepted() async throws {
        let (signing, published) = await Self.keys()
        let token = try await signing.sign(Self.claims(), kid: "k1")
        let claims = try await verifier.verify(token, keys: published, nonce: "n-0S6_WzA2Mj", now: Self.now)
        #expect(claims.sub == "248289761001" && claims.email == "jane@example.de" && claims.emailVerified == true)
        // A token without `kid` is checked against the published keys too.
        let unnamed = try await signing.sign(Self.claims())
        #expect(try await verifier.verify(unnamed, keys: published, nonce: "n-0S6_WzA2Mj", now: Self.now).sub == "248289761001")
    }

    /// One thing wrong with an otherwise good token.
    enum Flaw: String, CaseIterable, Sendable {
        case issuer, audience, severalAudiencesWithoutAZP, azpOfAnotherClient, expired, issuedInTheFuture, nonceMissing, nonceOfAnotherSignIn, emptySubject

        func apply(to claims: inout IDTokenClaims) {
            switch self {
            case .issuer: claims.iss = "https://id.example.de/realms/andere"
            case .audience: claims.aud = AudienceClaim(value: ["andere-anwendung"])
            case .severalAudiencesWithoutAZP: claims.aud = AudienceClaim(value: ["serviceportal", "andere-anwendung"])
            case .azpOfAnotherClient: claims.azp = "andere-anwendung"
            case .expired: claims.exp = ExpirationClaim(value: IDTokenVerifierTests.now.addingTimeInterval(-61))
            case .issuedInTheFuture: claims.iat = IssuedAtClaim(value: IDTokenVerifierTests.now.addingTimeInterval(120))
            case .nonceMissing: claims.nonce = nil
            case .nonceOfAnotherSignIn: claims.nonce = "n-anders"
            case .emptySubject: claims.sub = ""
            }
        }
    }

    @Test("Wrong issuer, audience, authorized party, expiry, issue time, nonce or subject are each refused", arguments: Flaw.allCases)
    func refused(_ flaw: Flaw) async throws {
        let (signing, published) = await Self.keys()
        let token = try await signing.sign(Self.claims { flaw.apply(to: &$0) }, kid: "k1")
        await #expect(throws: ExternalLoginError.self) {
            _ = try await verifier.verify(token, keys: published, nonce: "n-0S6_WzA2Mj", now: Self.now)
        }
    }

    @Test("Several audiences pass when we are the authorized party; a little clock skew is tolerated")
    func lenientWhereAllowed() throws {
        try verifier.check(
            Self.claims {
                $0.aud = AudienceClaim(value: ["serviceportal", "api"])
                $0.azp = "serviceportal"
            }, nonce: "n-0S6_WzA2Mj", now: Self.now)
        try verifier.check(Self.claims { $0.exp = ExpirationClaim(value: Self.now.addingTimeInterval(-30)) }, nonce: "n-0S6_WzA2Mj", now: Self.now)
    }

    @Test("Another key's signature, a changed payload, `none` and HMAC with a known secret are refused")
    func signatures() async throws {
        let (_, published) = await Self.keys()
        let (foreign, _) = await Self.keys()
        let forged = try await foreign.sign(Self.claims(), kid: "k1")
        await #expect(throws: IDTokenVerifier.SignatureFailure.self) {
            _ = try await verifier.verify(forged, keys: published, nonce: "n-0S6_WzA2Mj", now: Self.now)
        }

        let (signing, _) = await Self.keys()
        let genuine = try await signing.sign(Self.claims(), kid: "k1")
        let parts = genuine.split(separator: ".").map(String.init)
        let changedPayload = Base64URL.encode(try JSONEncoder().encode(Self.claims { $0.sub = "jemand-anders" }))
        let tampered = [parts[0], changedPayload, parts[2]].joined(separator: ".")
        await #expect(throws: IDTokenVerifier.SignatureFailure.self) {
            _ = try await verifier.verify(tampered, keys: published, nonce: "n-0S6_WzA2Mj", now: Self.now)
        }

        let unsigned = Base64URL.encode(Data(#"{"alg":"none","typ":"JWT"}"#.utf8)) + "." + parts[1] + "."
        await #expect(throws: ExternalLoginError.rejected("ID token is not a signed JWT")) {
            _ = try await verifier.verify(unsigned, keys: published, nonce: "n-0S6_WzA2Mj", now: Self.now)
        }
        let hmac = await JWTKeyCollection().add(hmac: HMACKey(from: "serviceportal-client-secret-bekannt-32"), digestAlgorithm: .sha256, kid: "k1")
        let symmetric = try await hmac.sign(Self.claims(), kid: "k1")
        await #expect(throws: ExternalLoginError.rejected("ID token algorithm HS256 is not accepted")) {
            _ = try await verifier.verify(symmetric, keys: published, nonce: "n-0S6_WzA2Mj", now: Self.now)
        }
    }

    @Test("Levels come from the eIDAS and STORK names in `acr`; the verifier is not asked for unknown ones")
    func levels() {
        #expect(TrustLevel(authenticationContext: "http://eidas.europa.eu/LoA/substantial") == .substantial)
        #expect(TrustLevel(authenticationContext: "STORK-QAA-Level-4") == .high)
        #expect(TrustLevel(authenticationContext: "STORK-QAA-Level-1") == .basic)
        #expect(TrustLevel(authenticationContext: "urn:unbekannt") == nil)
        #expect(TrustLevel.basic < .substantial && .substantial < .high)
    }

    @Test("PKCE S256 and form encoding follow RFC 7636 and the form media type")
    func encoding() {
        // RFC 7636 Appendix B.
        #expect(OpenIDConnectProvider.codeChallenge(for: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
        #expect(
            OpenIDConnectProvider.formEncoded([("redirect_uri", "https://p.de/a?b=c&d"), ("scope", "openid email"), ("x", "ä+~")])
                == "redirect_uri=https%3A%2F%2Fp.de%2Fa%3Fb%3Dc%26d&scope=openid%20email&x=%C3%A4%2B~")
        #expect(OpenIDConnectProvider.isAcceptable("https://id.example.de") && OpenIDConnectProvider.isAcceptable("http://127.0.0.1:9400"))
        #expect(!OpenIDConnectProvider.isAcceptable("http://id.example.de") && !OpenIDConnectProvider.isAcceptable("ftp://127.0.0.1"))
    }
}
