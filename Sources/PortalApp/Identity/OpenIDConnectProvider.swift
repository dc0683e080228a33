import AsyncHTTPClient
import Crypto
import Foundation
import JWTKit
import NIOCore
import NIOFoundationCompat
import PortalCore
import PortalWeb

/// The `IdentityProvider` for an OpenID Connect provider (Keycloak, a Land's service account, a
/// test provider): the authorization code flow with PKCE (S256), `state` and `nonce`, the ID token
/// checked against the provider's published keys. Metadata and keys come from discovery and are
/// cached; an unknown signing key makes the keys be fetched again, at most once a minute.
public final class OpenIDConnectProvider: IdentityProvider {
    public struct Settings: Sendable {
        public var name: String
        public var displayName: String
        /// Exactly as the provider's metadata states it (`https://id.example.de/realms/buerger`).
        public var issuer: String
        public var clientID: String
        /// nil for a public client, which proves itself by PKCE alone.
        public var clientSecret: String?
        public var scopes = "openid email profile"
        /// Sent as `acr_values` to ask the provider for a level (e.g. an eIDAS URI).
        public var requestedContext: String?
        /// The level of a sign-in whose `acr` is missing or unknown.
        public var defaultTrustLevel: TrustLevel
        public var highestTrustLevel: TrustLevel
        public var signInOrigin: String?
        /// The claim whose values a role mapping reads (`groups`, `realm_access.roles`); nil reads none.
        public var roleClaim: String?

        public init(
            name: String, displayName: String, issuer: String, clientID: String, clientSecret: String? = nil,
            defaultTrustLevel: TrustLevel = .basic, highestTrustLevel: TrustLevel? = nil
        ) {
            self.name = name
            self.displayName = displayName
            self.issuer = issuer
            self.clientID = clientID
            self.clientSecret = clientSecret
            self.defaultTrustLevel = defaultTrustLevel
            self.highestTrustLevel = highestTrustLevel ?? defaultTrustLevel
        }
    }

    struct Metadata: Decodable, Sendable {
        var issuer: String
        var authorizationEndpoint: String
        var tokenEndpoint: String
        var jwksURI: String

        enum CodingKeys: String, CodingKey {
            case issuer
            case authorizationEndpoint = "authorization_endpoint"
            case tokenEndpoint = "token_endpoint"
            case jwksURI = "jwks_uri"
        }
    }

    public let settings: Settings
    private let http: HTTPClient
    private let now: @Sendable () -> Date
    private let cache = Cache()
    /// How long metadata and keys are used before they are read again.
    let cacheTime: TimeInterval = 3600
    /// The least time between two reads of the keys when a token names a key we do not have.
    let keyRefreshInterval: TimeInterval = 60

    public var name: String { settings.name }
    public var displayName: String { settings.displayName }
    public var highestTrustLevel: TrustLevel { settings.highestTrustLevel }
    /// The issuer's origin; a provider whose sign-in page lives elsewhere names it in `OIDC_SIGNIN_ORIGIN`.
    /// Only scheme, host and port: the value goes into the pages' Content-Security-Policy.
    public var signInOrigin: String {
        guard let url = URL(string: settings.signInOrigin ?? settings.issuer), let scheme = url.scheme, let host = url.host,
            host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":" || $0 == "[" || $0 == "]" })
        else { return "'self'" }  // nothing usable: forms may lead nowhere else
        return "\(scheme)://\(host)" + (url.port.map { ":\($0)" } ?? "")
    }

    public init(settings: Settings, http: HTTPClient = .shared, now: @escaping @Sendable () -> Date = Date.init) {
        self.settings = settings
        self.http = http
        self.now = now
    }

    /// Whether `address` may be used for the provider: https, or http on this machine only (tests, development).
    public static func isAcceptable(_ address: String) -> Bool {
        guard let url = URL(string: address), let host = url.host else { return false }
        return url.scheme == "https" || (url.scheme == "http" && ["127.0.0.1", "localhost", "::1"].contains(host))
    }

    // MARK: IdentityProvider

    public func beginLogin(redirectURI: String) async throws -> ExternalLoginStart {
        let metadata = try await metadata()
        let pending = PendingExternalLogin(
            provider: name, state: RandomToken.make(), nonce: RandomToken.make(), codeVerifier: RandomToken.make(), startedAt: now())
        var parameters: [(String, String)] = [
            ("response_type", "code"), ("client_id", settings.clientID), ("redirect_uri", redirectURI), ("scope", settings.scopes),
            ("state", pending.state), ("nonce", pending.nonce),
            ("code_challenge", Self.codeChallenge(for: pending.codeVerifier)), ("code_challenge_method", "S256"),
        ]
        if let context = settings.requestedContext { parameters.append(("acr_values", context)) }
        let separator = metadata.authorizationEndpoint.contains("?") ? "&" : "?"
        return ExternalLoginStart(redirectURL: metadata.authorizationEndpoint + separator + Self.formEncoded(parameters), pending: pending)
    }

    public func completeLogin(_ pending: PendingExternalLogin, callback: [String: String], redirectURI: String) async throws -> ExternalIdentity {
        guard pending.provider == name else { throw ExternalLoginError.unexpectedAnswer("answer for another provider") }
        // RFC 6749 §4.1.2.1: the person said no, or the provider would not sign them in. Some
        // providers leave the state out of a refusal; a refusal signs nobody in, so it is told as it is.
        if let error = callback["error"], callback["state"].map({ SecretComparison.equal($0, pending.state) }) ?? true {
            if ["access_denied", "login_required", "consent_required", "interaction_required"].contains(error) { throw ExternalLoginError.cancelled }
            throw ExternalLoginError.rejected("provider answered \(error.prefix(40))")
        }
        guard let state = callback["state"], SecretComparison.equal(state, pending.state) else {
            throw ExternalLoginError.unexpectedAnswer("state does not match the started sign-in")
        }
        guard let code = callback["code"], !code.isEmpty, code.utf8.count <= 2048 else {
            throw ExternalLoginError.rejected("answer carries no code")
        }
        let metadata = try await metadata()
        let idToken = try await redeem(code, pending: pending, redirectURI: redirectURI, at: metadata.tokenEndpoint)
        let verifier = IDTokenVerifier(issuer: settings.issuer, clientID: settings.clientID)
        var claims: IDTokenClaims
        do {
            claims = try await verifier.verify(idToken, keys: try await keys(metadata), nonce: pending.nonce, now: now())
        } catch is IDTokenVerifier.SignatureFailure {
            // The provider may have rotated its keys since they were read.
            let rejected = ExternalLoginError.rejected("ID token signature does not verify")
            guard let fresh = try await keys(metadata, refreshingOlderThan: keyRefreshInterval) else { throw rejected }
            do {
                claims = try await verifier.verify(idToken, keys: fresh, nonce: pending.nonce, now: now())
            } catch is IDTokenVerifier.SignatureFailure {
                throw rejected
            }
        }
        var identity = person(claims)
        if let roleClaim = settings.roleClaim { identity.claimValues = Self.claimValues(roleClaim, in: idToken) }
        return identity
    }

    private func person(_ claims: IDTokenClaims) -> ExternalIdentity {
        let level = claims.acr.flatMap(TrustLevel.init(authenticationContext:)).map { min($0, settings.highestTrustLevel) } ?? settings.defaultTrustLevel
        return ExternalIdentity(
            provider: name, subject: claims.sub, email: claims.email?.trimmingCharacters(in: .whitespaces).lowercased(),
            emailVerified: claims.emailVerified ?? false, givenName: claims.givenName, familyName: claims.familyName, trustLevel: level
        )
    }

    /// The string values of a claim of a verified token: a string or an array of strings; a dotted
    /// name reads into nested objects. Anything else gives no values.
    static func claimValues(_ claim: String, in token: String) -> [String] {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let payload = Base64URL.decode(String(parts[1])),
            var value = try? JSONSerialization.jsonObject(with: payload)
        else { return [] }
        for name in claim.split(separator: ".") {
            guard let object = value as? [String: Any], let inner = object[String(name)] else { return [] }
            value = inner
        }
        if let single = value as? String { return [single] }
        return (value as? [Any])?.compactMap { $0 as? String } ?? []
    }

    // MARK: The token endpoint

    private func redeem(_ code: String, pending: PendingExternalLogin, redirectURI: String, at endpoint: String) async throws -> String {
        var parameters = [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectURI), ("code_verifier", pending.codeVerifier)]
        var request = HTTPClientRequest(url: endpoint)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.headers.add(name: "Accept", value: "application/json")
        if let secret = settings.clientSecret {
            // RFC 6749 §2.3.1: both parts form-encoded before they are joined.
            let pair = Self.formEncoded(settings.clientID) + ":" + Self.formEncoded(secret)
            request.headers.add(name: "Authorization", value: "Basic " + Data(pair.utf8).base64EncodedString())
        } else {
            parameters.append(("client_id", settings.clientID))
        }
        request.body = .bytes(ByteBuffer(string: Self.formEncoded(parameters)))
        let (status, body) = try await send(request)
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
        guard status == 200 else {
            let error = (object?["error"] as? String).map { String($0.prefix(40)) } ?? "no error code"
            throw ExternalLoginError.rejected("token endpoint answered \(status) (\(error))")
        }
        guard let idToken = object?["id_token"] as? String, !idToken.isEmpty else { throw ExternalLoginError.rejected("token response has no ID token") }
        return idToken
    }

    private func send(_ request: HTTPClientRequest) async throws -> (status: UInt, body: Data) {
        do {
            let response = try await http.execute(request, timeout: .seconds(10))
            let body = try await response.body.collect(upTo: 1 << 20)
            return (response.status.code, Data(buffer: body))
        } catch let error as ExternalLoginError {
            throw error
        } catch {
            throw ExternalLoginError.unavailable("\(request.url.prefix(200)): \(error)")
        }
    }

    private func fetchJSON<T: Decodable>(_ url: String, as type: T.Type) async throws -> T {
        guard Self.isAcceptable(url) else { throw ExternalLoginError.unavailable("\(url.prefix(200)) is not https") }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Accept", value: "application/json")
        let (status, body) = try await send(request)
        guard status == 200 else { throw ExternalLoginError.unavailable("\(url.prefix(200)) answered \(status)") }
        do {
            return try JSONDecoder().decode(T.self, from: body)
        } catch {
            throw ExternalLoginError.unavailable("\(url.prefix(200)) answered something unreadable")
        }
    }

    // MARK: Discovery and keys

    private actor Cache {
        var metadata: (value: Metadata, at: Date)?
        var keys: (value: JWTKeyCollection, at: Date)?
        var keyReads = 0

        func setMetadata(_ metadata: Metadata, at instant: Date) { self.metadata = (metadata, instant) }
        func setKeys(_ keys: JWTKeyCollection, at instant: Date) {
            self.keys = (keys, instant)
            keyReads += 1
        }
    }

    /// How often the keys were read; tests check that they are cached.
    var keyReads: Int { get async { await cache.keyReads } }

    func metadata() async throws -> Metadata {
        if let cached = await cache.metadata, now().timeIntervalSince(cached.at) < cacheTime { return cached.value }
        let address = settings.issuer.hasSuffix("/") ? String(settings.issuer.dropLast()) : settings.issuer
        let metadata = try await fetchJSON(address + "/.well-known/openid-configuration", as: Metadata.self)
        // OpenID Connect Discovery §4.3: the metadata must name exactly the issuer it was read for.
        guard metadata.issuer == settings.issuer else { throw ExternalLoginError.unavailable("metadata names another issuer") }
        guard [metadata.authorizationEndpoint, metadata.tokenEndpoint, metadata.jwksURI].allSatisfy(Self.isAcceptable) else {
            throw ExternalLoginError.unavailable("metadata names an endpoint that is not https")
        }
        await cache.setMetadata(metadata, at: now())
        return metadata
    }

    private func keys(_ metadata: Metadata) async throws -> JWTKeyCollection {
        if let cached = await cache.keys, now().timeIntervalSince(cached.at) < cacheTime { return cached.value }
        return try await readKeys(metadata)
    }

    /// Reads the keys again unless that happened less than `interval` ago (then nil).
    private func keys(_ metadata: Metadata, refreshingOlderThan interval: TimeInterval) async throws -> JWTKeyCollection? {
        if let cached = await cache.keys, now().timeIntervalSince(cached.at) < interval { return nil }
        return try await readKeys(metadata)
    }

    private func readKeys(_ metadata: Metadata) async throws -> JWTKeyCollection {
        // A key of a type jwt-kit does not know is skipped, not fatal for the others.
        struct Entry: Decodable {
            var key: JWK?
            init(from decoder: any Decoder) throws { key = try? JWK(from: decoder) }
        }
        struct Document: Decodable { var keys: [Entry] }
        let document = try await fetchJSON(metadata.jwksURI, as: Document.self)
        let collection = JWTKeyCollection()
        for (index, entry) in document.keys.enumerated() {
            guard var key = entry.key else { continue }
            // A token without `kid` is checked against every key; keys need some name in the collection.
            if key.keyIdentifier == nil { key.keyIdentifier = JWKIdentifier(string: "key-\(index)") }
            _ = try? await collection.add(jwk: key)
        }
        await cache.setKeys(collection, at: now())
        return collection
    }

    // MARK: Encoding

    /// PKCE S256 (RFC 7636 §4.2).
    static func codeChallenge(for verifier: String) -> String {
        Base64URL.encode(SHA256.hash(data: Data(verifier.utf8)))
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func formEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    static func formEncoded(_ parameters: [(String, String)]) -> String {
        parameters.map { formEncoded($0.0) + "=" + formEncoded($0.1) }.joined(separator: "&")
    }
}
