import AsyncHTTPClient
import Foundation
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import PortalCore
import PortalTestSupport
import Synchronization
import Testing

@testable import PortalApp

/// The OpenID Connect adapter against a real provider: oidc-provider-mock, started by `scripts/test`
/// (`SERVICEPORTAL_TEST_OIDC` is its address). Its sign-in page is a form where one types the
/// subject; the tests post that form as a browser would.
@Suite("OpenID Connect adapter against a real provider")
struct OpenIDConnectProviderTests {
    static let redirectURI = "http://127.0.0.1:8080/konto/extern/oidc/rueckkehr"

    static func issuer() -> String? {
        guard let address = ProcessInfo.processInfo.environment["SERVICEPORTAL_TEST_OIDC"], !address.isEmpty else {
            Issue.record("SERVICEPORTAL_TEST_OIDC is not set (the address of an oidc-provider-mock); scripts/test starts one.")
            return nil
        }
        return address
    }

    static func provider(
        _ issuer: String, clientID: String = "serviceportal", highest: TrustLevel = .high,
        now: @escaping @Sendable () -> Date = Date.init
    ) -> OpenIDConnectProvider {
        OpenIDConnectProvider(
            settings: .init(
                name: "oidc", displayName: "Servicekonto", issuer: issuer, clientID: clientID, clientSecret: "geheim",
                defaultTrustLevel: .basic, highestTrustLevel: highest), now: now)
    }

    /// A browser that does not follow redirects, so the provider's answer can be read.
    static func withBrowser<T>(_ body: (HTTPClient) async throws -> T) async throws -> T {
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        do {
            let result = try await body(client)
            try await client.shutdown()
            return result
        } catch {
            try await client.shutdown()
            throw error
        }
    }

    /// Stores the person's claims at the provider.
    static func setUser(_ issuer: String, _ subject: String, claims: [String: Any], client: HTTPClient) async throws {
        var request = HTTPClientRequest(url: issuer + "/users/" + subject)
        request.method = .PUT
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(data: try JSONSerialization.data(withJSONObject: claims)))
        let response = try await client.execute(request, timeout: .seconds(10))
        #expect(response.status == .noContent)
    }

    /// Signs in at the provider's page as `subject` (or refuses) and returns the callback's query.
    static func authorize(_ url: String, subject: String?, client: HTTPClient, expecting redirect: String = redirectURI) async throws -> [String: String] {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.body = .bytes(ByteBuffer(string: subject.map { "sub=\($0)" } ?? "action=deny"))
        let response = try await client.execute(request, timeout: .seconds(10))
        #expect(response.status == .found || response.status == .seeOther, "the provider answers with a redirect")
        let location = try #require(response.headers.first(name: "location"))
        #expect(location.hasPrefix(redirect + "?"))
        let components = try #require(URLComponents(string: location))
        return Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    static func query(_ url: String) -> [String: String] {
        Dictionary((URLComponents(string: url)?.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    @Test(
        "The authorization request carries PKCE S256, state and nonce; the code comes back, the ID token is checked, the person and level come out; keys are read once"
    )
    func signIn() async throws {
        guard let issuer = Self.issuer() else { return }
        let provider = Self.provider(issuer)
        try await Self.withBrowser { client in
            try await Self.setUser(
                issuer, "anna-1",
                claims: [
                    "email": "Anna.Schmidt@Example.de", "email_verified": true, "given_name": "Anna", "family_name": "Schmidt-Müller",
                    "acr": "http://eidas.europa.eu/LoA/substantial",
                ], client: client)
            let start = try await provider.beginLogin(redirectURI: Self.redirectURI)
            #expect(start.redirectURL.hasPrefix(issuer + "/oauth2/authorize?"))
            let sent = Self.query(start.redirectURL)
            #expect(sent["response_type"] == "code" && sent["client_id"] == "serviceportal" && sent["redirect_uri"] == Self.redirectURI)
            #expect(sent["scope"] == "openid email profile")
            #expect(sent["state"] == start.pending.state && sent["nonce"] == start.pending.nonce)
            #expect(sent["code_challenge_method"] == "S256")
            #expect(sent["code_challenge"] == OpenIDConnectProvider.codeChallenge(for: start.pending.codeVerifier))
            #expect(start.pending.state != start.pending.nonce && start.pending.codeVerifier.count == 43)

            let callback = try await Self.authorize(start.redirectURL, subject: "anna-1", client: client)
            #expect(callback["state"] == start.pending.state && callback["code"] != nil)
            let identity = try await provider.completeLogin(start.pending, callback: callback, redirectURI: Self.redirectURI)
            #expect(
                identity
                    == ExternalIdentity(
                        provider: "oidc", subject: "anna-1", email: "anna.schmidt@example.de", emailVerified: true,
                        givenName: "Anna", familyName: "Schmidt-Müller", trustLevel: .substantial))

            // A second sign-in uses the cached keys; without `acr` the configured level applies.
            try await Self.setUser(issuer, "bernd-2", claims: ["email": "bernd@example.de"], client: client)
            let second = try await provider.beginLogin(redirectURI: Self.redirectURI)
            let answer = try await Self.authorize(second.redirectURL, subject: "bernd-2", client: client)
            let bernd = try await provider.completeLogin(second.pending, callback: answer, redirectURI: Self.redirectURI)
            #expect(bernd.subject == "bernd-2" && bernd.trustLevel == .basic && !bernd.emailVerified)
            #expect(await provider.keyReads == 1)
        }
    }

    @Test("A level above what the provider is trusted with is capped")
    func cappedLevel() async throws {
        guard let issuer = Self.issuer() else { return }
        let provider = Self.provider(issuer, highest: .substantial)
        try await Self.withBrowser { client in
            try await Self.setUser(issuer, "carla-3", claims: ["email": "carla@example.de", "acr": "STORK-QAA-Level-4"], client: client)
            let start = try await provider.beginLogin(redirectURI: Self.redirectURI)
            let callback = try await Self.authorize(start.redirectURL, subject: "carla-3", client: client)
            #expect(try await provider.completeLogin(start.pending, callback: callback, redirectURI: Self.redirectURI).trustLevel == .substantial)
        }
    }

    @Test("Refusing at the provider, a foreign state, a reused code, another nonce, another client's code and an expired token all fail")
    func failures() async throws {
        guard let issuer = Self.issuer() else { return }
        let provider = Self.provider(issuer)
        try await Self.withBrowser { client in
            // The person says no.
            let refused = try await provider.beginLogin(redirectURI: Self.redirectURI)
            let no = try await Self.authorize(refused.redirectURL, subject: nil, client: client)
            #expect(no["error"] == "access_denied")
            await #expect(throws: ExternalLoginError.cancelled) {
                _ = try await provider.completeLogin(refused.pending, callback: no, redirectURI: Self.redirectURI)
            }

            let start = try await provider.beginLogin(redirectURI: Self.redirectURI)
            let callback = try await Self.authorize(start.redirectURL, subject: "dora-4", client: client)
            // An answer with another state is not this sign-in's.
            var foreign = callback
            foreign["state"] = "von-woanders"
            await #expect(throws: ExternalLoginError.unexpectedAnswer("state does not match the started sign-in")) {
                _ = try await provider.completeLogin(start.pending, callback: foreign, redirectURI: Self.redirectURI)
            }
            // The ID token must carry this sign-in's nonce.
            var otherNonce = start.pending
            otherNonce.nonce = "ein-anderer-nonce"
            await #expect(throws: ExternalLoginError.rejected("ID token nonce differs")) {
                _ = try await provider.completeLogin(otherNonce, callback: callback, redirectURI: Self.redirectURI)
            }
            // The code was used by that try; a second use is refused by the provider.
            await #expect(throws: ExternalLoginError.rejected("token endpoint answered 400 (invalid_grant)")) {
                _ = try await provider.completeLogin(start.pending, callback: callback, redirectURI: Self.redirectURI)
            }

            // A code issued to another client: ours redeems it under its own name, and the provider refuses.
            // (An ID token meant for another client is refused by `IDTokenVerifier`; see IDTokenVerifierTests.)
            let elsewhere = try await Self.provider(issuer, clientID: "andere-anwendung").beginLogin(redirectURI: Self.redirectURI)
            let theirs = try await Self.authorize(elsewhere.redirectURL, subject: "emil-5", client: client)
            await #expect(throws: ExternalLoginError.rejected("token endpoint answered 400 (invalid_grant)")) {
                _ = try await provider.completeLogin(elsewhere.pending, callback: theirs, redirectURI: Self.redirectURI)
            }

            // A clock two hours on finds the token expired.
            let late = Self.provider(issuer, now: { Date().addingTimeInterval(7200) })
            let lateStart = try await late.beginLogin(redirectURI: Self.redirectURI)
            let lateAnswer = try await Self.authorize(lateStart.redirectURL, subject: "frida-6", client: client)
            await #expect(throws: ExternalLoginError.rejected("ID token has expired")) {
                _ = try await late.completeLogin(lateStart.pending, callback: lateAnswer, redirectURI: Self.redirectURI)
            }
        }
    }

    @Test("A provider whose metadata names another issuer, or that cannot be reached, is unavailable")
    func unavailable() async throws {
        guard let issuer = Self.issuer() else { return }
        // The same server under a slightly other name: its metadata states its own, exactly.
        let renamed = issuer + "/"
        await #expect(throws: ExternalLoginError.unavailable("metadata names another issuer")) {
            _ = try await Self.provider(renamed).beginLogin(redirectURI: Self.redirectURI)
        }
        await #expect(throws: ExternalLoginError.self) {
            _ = try await Self.provider("http://127.0.0.1:9").beginLogin(redirectURI: Self.redirectURI)
        }
    }

    @Test("End to end at request level: the portal's button leads to the provider, its answer to a new account at the provider's level")
    func throughThePortal() async throws {
        guard let issuer = Self.issuer() else { return }
        try await TestPortal.with { test in
            let provider = Self.provider(issuer, now: { Date() })
            try await Self.withBrowser { client in
                try await Self.setUser(
                    issuer, "greta-7",
                    claims: [
                        "email": "greta@example.de", "email_verified": true, "given_name": "Greta", "acr": "http://eidas.europa.eu/LoA/high",
                    ], client: client)
                try await test.application(identityProviders: [provider]).test(.router) { portal in
                    var browser = TestBrowser(portal)
                    let login = try await browser.get("/konto/anmelden")
                    #expect(login.headers[.contentSecurityPolicy]?.contains("form-action 'self' \(issuer);") == true)
                    let start = try await browser.post("/konto/extern/oidc", [])
                    let authorization = try #require(start.location)
                    #expect(authorization.hasPrefix(issuer + "/oauth2/authorize?"))
                    let callback = try await Self.authorize(authorization, subject: "greta-7", client: client)
                    var components = URLComponents()
                    components.queryItems = callback.map { URLQueryItem(name: $0.key, value: $0.value) }
                    let back = try await browser.get("/konto/extern/oidc/rueckkehr?" + (components.percentEncodedQuery ?? ""))
                    #expect(back.location == "/konto", "\(back.text.prefix(500))")
                    let home = try await browser.get("/konto")
                    #expect(home.text.contains("Angemeldet als greta@example.de"))
                    #expect(home.text.contains("Diese Anmeldung hat das Vertrauensniveau „hoch“."))
                }
            }
        }
    }
}
