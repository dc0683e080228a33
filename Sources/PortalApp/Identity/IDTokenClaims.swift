import Foundation
import JWTKit

/// The claims of an OpenID Connect ID token the portal reads. Checking them needs the sign-in's
/// nonce and the portal's clock, so `IDTokenVerifier` does it, not `verify(using:)`.
struct IDTokenClaims: JWTPayload, Equatable {
    var iss: String
    var sub: String
    var aud: AudienceClaim
    var exp: ExpirationClaim
    var iat: IssuedAtClaim?
    var nonce: String?
    var azp: String?
    var acr: String?
    var email: String?
    var emailVerified: Bool?
    var givenName: String?
    var familyName: String?

    enum CodingKeys: String, CodingKey {
        case iss, sub, aud, exp, iat, nonce, azp, acr, email
        case emailVerified = "email_verified"
        case givenName = "given_name"
        case familyName = "family_name"
    }

    init(
        iss: String, sub: String, aud: AudienceClaim, exp: ExpirationClaim, iat: IssuedAtClaim? = nil, nonce: String? = nil, azp: String? = nil,
        acr: String? = nil, email: String? = nil, emailVerified: Bool? = nil, givenName: String? = nil, familyName: String? = nil
    ) {
        self.iss = iss
        self.sub = sub
        self.aud = aud
        self.exp = exp
        self.iat = iat
        self.nonce = nonce
        self.azp = azp
        self.acr = acr
        self.email = email
        self.emailVerified = emailVerified
        self.givenName = givenName
        self.familyName = familyName
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        iss = try container.decode(String.self, forKey: .iss)
        sub = try container.decode(String.self, forKey: .sub)
        aud = try container.decode(AudienceClaim.self, forKey: .aud)
        exp = try container.decode(ExpirationClaim.self, forKey: .exp)
        iat = try container.decodeIfPresent(IssuedAtClaim.self, forKey: .iat)
        nonce = try container.decodeIfPresent(String.self, forKey: .nonce)
        azp = try container.decodeIfPresent(String.self, forKey: .azp)
        acr = try container.decodeIfPresent(String.self, forKey: .acr)
        email = try container.decodeIfPresent(String.self, forKey: .email)
        // Some providers send "true" as a string.
        if let flag = try? container.decodeIfPresent(Bool.self, forKey: .emailVerified) {
            emailVerified = flag
        } else {
            emailVerified = (try? container.decodeIfPresent(String.self, forKey: .emailVerified)).flatMap { $0.map { $0.lowercased() == "true" } }
        }
        givenName = try container.decodeIfPresent(String.self, forKey: .givenName)
        familyName = try container.decodeIfPresent(String.self, forKey: .familyName)
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
