import Foundation
import Hummingbird
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import PortalWeb
import Testing

/// Staff signing in through the authority's directory, at request level with the port's test
/// adapter; `throughARealProvider` runs the same against oidc-provider-mock.
@Suite("Staff sign-in through the directory (HTML)")
struct StaffDirectorySignInTests {
    static let password = "ein-langes-passwort"

    static func identity(_ subject: String, email: String?, groups: [String] = []) -> ExternalIdentity {
        var identity = ExternalIdentity(provider: "verzeichnis", subject: subject, email: email, trustLevel: .basic)
        identity.claimValues = groups
        return identity
    }

    static func router(_ test: TestPortal, _ provider: any IdentityProvider, signIn: DirectorySignIn = .init(), mail: RecordingMailSender? = nil)
        -> Router<PortalRequestContext>
    {
        test.router(mail: mail) { dependencies in
            dependencies.staffDirectory = StaffDirectory(provider: provider, signIn: signIn)
            dependencies.limits.publicBaseURL = TestPortal.baseURL
        }
    }

    /// Presses the directory button and comes back with the directory's answer.
    static func signIn(_ browser: inout TestBrowser, state: String? = nil) async throws -> TestResponse {
        _ = try await browser.get("/intern/anmelden")
        let start = try await browser.post("/intern/anmelden/verzeichnis", [])
        #expect(start.status == .seeOther)
        let location = try #require(start.location)
        #expect(location.contains("redirect_uri=http%3A%2F%2F127%2E0%2E0%2E1%3A8080%2Fintern%2Fanmelden%2Fverzeichnis%2Frueckkehr"))
        let sent = try #require(location.split(separator: "state=").last?.split(separator: "&").first.map(String.init))
        return try await browser.get("/intern/anmelden/verzeichnis/rueckkehr?code=einmal&state=\(state ?? sent)")
    }

    static func withEmail(_ test: TestPortal, _ user: StaffUser, _ email: String) async throws -> StaffUser {
        var user = user
        user.email = email
        try await test.portal.staff.save(user)
        return user
    }

    @Test(
        "A case worker signs in through the directory: matched by address, the subject bound and audited, found by it next time",
        arguments: TestDatabaseKind.allCases)
    func signsIn(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let anna = try await Self.withEmail(
                test, try await test.addCaseWorker("anna", password: Self.password, name: "Anna Schäfer", units: [DemoCatalog.waterAuthority]),
                "anna.schaefer@landkreis.example")
            let directory = FakeIdentityProvider(name: "verzeichnis", displayName: "Kreis-Verzeichnis")
            directory.willSignIn(Self.identity("AD-4711", email: "Anna.Schaefer@landkreis.example"))
            try await Application(router: Self.router(test, directory)).test(.router) { client in
                var browser = TestBrowser(client)
                let login = try await browser.get("/intern/anmelden")
                #expect(login.text.contains("Über Kreis-Verzeichnis anmelden"))
                #expect(login.text.contains(#"action="/intern/anmelden/verzeichnis""#))
                #expect(login.headers[.contentSecurityPolicy]?.contains("form-action 'self' https://id.example.test;") == true)
                let back = try await Self.signIn(&browser)
                #expect(back.location == "/intern/eingang", "\(back.text.prefix(300))")
                #expect(try await browser.get("/intern/eingang").status == .ok)
                let stored = try #require(try await test.portal.staff.user(id: anna.id))
                #expect(stored.directorySubject == "AD-4711" && stored.lastSignInAt != nil && stored.roles == [.caseWorker])
                let trail = try await test.portal.audit.events(target: AuditEvent.staff(anna.id), limit: 10)
                #expect(trail.map(\.action) == [.staffDirectoryLinked] && trail.first?.actor == "directory")

                // The answer counts once.
                let again = try await browser.get("/intern/anmelden/verzeichnis/rueckkehr?code=einmal&state=state-1")
                #expect(again.status == .badRequest)
                #expect(again.text.contains("gehört zu keiner Anmeldung"))

                // Later the directory reports another address: the bound subject still finds Anna.
                directory.willSignIn(Self.identity("AD-4711", email: "a.schaefer@kreis.example"))
                var second = TestBrowser(client)
                #expect(try await Self.signIn(&second).location == "/intern/eingang")
                // A wrong state signs nobody in.
                var third = TestBrowser(client)
                #expect(try await Self.signIn(&third, state: "fremd").status == .badRequest)
                #expect(try await third.get("/intern/eingang").location == "/intern/anmelden")
            }
        }
    }

    @Test("Refused with a clear message, nobody signed in and nothing stored: no account, a locked one, an address bound to another subject, a cancel")
    func refusals() async throws {
        try await TestPortal.with { test in
            let anna = try await Self.withEmail(
                test, try await test.addCaseWorker("anna", password: Self.password, name: "Anna Schäfer", units: [DemoCatalog.waterAuthority]),
                "anna@landkreis.example")
            let directory = FakeIdentityProvider(name: "verzeichnis", displayName: "Kreis-Verzeichnis")
            try await Application(router: Self.router(test, directory)).test(.router) { client in
                let before = try await test.portal.staff.users()
                for (identity, status, message) in [
                    (Self.identity("AD-1", email: "fremd@landkreis.example"), HTTPResponse.Status.forbidden, "kein Konto im Serviceportal"),
                    (Self.identity("AD-1", email: nil), .forbidden, "kein Konto im Serviceportal"),
                ] {
                    directory.willSignIn(identity)
                    var browser = TestBrowser(client)
                    let answer = try await Self.signIn(&browser)
                    #expect(answer.status == status)
                    #expect(answer.text.contains(message), "\(message)")
                    #expect(answer.text.contains(#"href="/intern/anmelden""#))
                    #expect(try await browser.get("/intern/eingang").location == "/intern/anmelden")
                }
                #expect(try await test.portal.staff.users() == before, "no account made, nothing bound")

                directory.willFail(.cancelled)
                var cancelled = TestBrowser(client)
                #expect(try await Self.signIn(&cancelled).text.contains("wurde beim Verzeichnis abgebrochen"))
                directory.willFail(.unavailable("down"))
                var down = TestBrowser(client)
                let unavailable = try await Self.signIn(&down)
                #expect(unavailable.status == .badGateway && unavailable.text.contains("nicht erreichbar"))

                // Bound to AD-1 now; AD-2 with the same address is someone else.
                directory.willSignIn(Self.identity("AD-1", email: "anna@landkreis.example"))
                var first = TestBrowser(client)
                #expect(try await Self.signIn(&first).location == "/intern/eingang")
                directory.willSignIn(Self.identity("AD-2", email: "anna@landkreis.example"))
                var other = TestBrowser(client)
                let bound = try await Self.signIn(&other)
                #expect(bound.status == .forbidden && bound.text.contains("schon mit einem anderen Verzeichniskonto verbunden"))

                // Locked: the directory's word does not open it.
                _ = try await test.portal.staff.deactivate(anna.id, at: TestClock.now)
                directory.willSignIn(Self.identity("AD-1", email: "anna@landkreis.example"))
                var locked = TestBrowser(client)
                let refused = try await Self.signIn(&locked)
                #expect(refused.status == .forbidden && refused.text.contains("ist gesperrt"))
            }
        }
    }

    @Test("Without a directory configured its addresses do not exist and the sign-in page has no button")
    func notConfigured() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                let login = try await browser.get("/intern/anmelden")
                #expect(login.status == .ok && !login.text.contains("/intern/anmelden/verzeichnis"))
                let start = try await browser.post("/intern/anmelden/verzeichnis", [])
                #expect(start.status == .notFound)
                let back = try await browser.get("/intern/anmelden/verzeichnis/rueckkehr?state=x")
                #expect(back.status == .notFound)
            }
        }
    }

    @Test("Roles from the directory's groups replace the account's, audited; an admin still sets up the second factor; no mapped group is refused")
    func rolesAndSecondFactor() async throws {
        try await TestPortal.with { test in
            let ben = try await Self.withEmail(
                test, try await test.addCaseWorker("ben", password: Self.password, name: "Ben Berg", units: [DemoCatalog.waterAuthority]),
                "ben@landkreis.example")
            let directory = FakeIdentityProvider(name: "verzeichnis", displayName: "Kreis-Verzeichnis")
            let mapping = try DirectoryRoleMapping.parse(claim: "groups", "bau-sb=caseWorker, portal-admins=admin")
            try await Application(router: Self.router(test, directory, signIn: DirectorySignIn(roleMapping: mapping))).test(.router) { client in
                directory.willSignIn(Self.identity("AD-7", email: "ben@landkreis.example", groups: ["kantine"]))
                var nothing = TestBrowser(client)
                let refused = try await Self.signIn(&nothing)
                #expect(refused.status == .forbidden && refused.text.contains("keine Rolle für das Serviceportal"))
                #expect(try await test.portal.staff.user(id: ben.id)?.directorySubject == nil, "nothing bound on a refusal")

                directory.willSignIn(Self.identity("AD-7", email: "ben@landkreis.example", groups: ["bau-sb", "portal-admins"]))
                var browser = TestBrowser(client)
                let back = try await Self.signIn(&browser)
                #expect(back.location == "/intern/zwei-faktor", "admins need the second factor, whichever way they signed in")
                #expect(try await browser.get("/intern/eingang").location == "/intern/anmelden", "not signed in before the code")
                let stored = try #require(try await test.portal.staff.user(id: ben.id))
                #expect(stored.roles == [.caseWorker, .admin] && stored.directorySubject == "AD-7")
                let secret = try await BackOfficeTests.enrolmentSecret(&browser)
                let enrolled = try await browser.post("/intern/zwei-faktor", [("code", TOTP(secret: secret).code(at: TestClock.now))])
                #expect(enrolled.status == .ok)
                #expect(try await browser.get("/intern/verwaltung").status == .ok)
                let trail = try await test.portal.audit.events(target: AuditEvent.staff(ben.id), limit: 10)
                #expect(Set(trail.filter { $0.actor == "directory" }.map(\.action)) == [.staffDirectoryLinked, .staffChanged])
            }
        }
    }

    @Test(
        "An account set to the directory only: no password sign-in, no password links, its own page says so; the admin sees the connection and can undo it",
        arguments: TestDatabaseKind.allCases)
    func directoryOnly(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let mail = RecordingMailSender()
            _ = try await test.addStaff("admin", password: Self.password, name: "Ada Admin", roles: [.admin], units: [])
            let carla = try await Self.withEmail(
                test, try await test.addCaseWorker("carla", password: Self.password, name: "Carla Conrad", units: [DemoCatalog.waterAuthority]),
                "carla@landkreis.example")
            let directory = FakeIdentityProvider(name: "verzeichnis", displayName: "Kreis-Verzeichnis")
            try await Application(router: Self.router(test, directory, mail: mail)).test(.router) { client in
                var admin = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&admin, "admin", Self.password)
                let page = "/intern/verwaltung/mitarbeitende/\(carla.id)"
                let shown = try await admin.get(page)
                #expect(shown.text.contains("Nur über das Verzeichnis anmelden"))
                #expect(shown.text.contains("noch nicht verbunden"))
                let unit = DemoCatalog.waterAuthority.id.description
                let saved = try await admin.post(
                    page,
                    [
                        ("_aktion", "speichern"), ("name", "Carla Conrad"), ("email", "carla@landkreis.example"), ("rolle", "caseWorker"), ("einheit", unit),
                        ("nur-verzeichnis", "ja"),
                    ])
                #expect(saved.location == page)
                #expect(try await test.portal.staff.user(id: carla.id)?.passwordSignInDisabled == true)

                // The right password is told it does not count; a wrong one gets the generic message.
                var browser = TestBrowser(client)
                let right = try await BackOfficeTests.signIn(&browser, "carla", Self.password)
                #expect(right.status == .unauthorized && right.text.contains("meldet sich nur über Kreis-Verzeichnis an"))
                let wrong = try await BackOfficeTests.signIn(&browser, "carla", "falsch-falsch")
                #expect(wrong.text.contains("Benutzername oder Passwort sind nicht richtig."))

                let mails = mail.mails.count
                let link = try await admin.post(page, [("_aktion", "passwort-link")])
                #expect(link.status == .unprocessableContent && link.text.contains("ein Passwort-Link wird dafür nicht verschickt"))
                #expect(mail.mails.count == mails)

                // Through the directory it works; her own page offers no password change.
                directory.willSignIn(Self.identity("AD-9", email: "carla@landkreis.example"))
                #expect(try await Self.signIn(&browser).location == "/intern/eingang")
                let own = try await browser.get("/intern/zugang")
                #expect(own.text.contains("meldet sich nur über Kreis-Verzeichnis an") && !own.text.contains("bisheriges_passwort"))
                let change = try await browser.post(
                    "/intern/zugang/passwort", [("bisheriges_passwort", Self.password), ("neues_passwort", "ganz-neues-passwort")])
                #expect(change.status == .conflict)
                let hash = try #require(try await test.portal.staff.user(id: carla.id)).passwordHash
                #expect(hash == carla.passwordHash, "the password was not changed")

                // The admin sees the connection and undoes it; the next sign-in binds again.
                #expect(try await admin.get(page).text.contains("<dd>verbunden</dd>"))
                #expect(try await admin.post(page, [("_aktion", "verzeichnis-loesen")]).location == page)
                #expect(try await test.portal.staff.user(id: carla.id)?.directorySubject == nil)
                let history = try await admin.get(page)
                #expect(history.text.contains("vom Verzeichnis verbunden") && history.text.contains("Verbindung zum Verzeichnis gelöst"))
            }
        }
    }

    @Test("Inviting an account for the directory only: the mail names the sign-in page, with no password link")
    func invitation() async throws {
        try await TestPortal.with { test in
            let mail = RecordingMailSender()
            _ = try await test.addStaff("admin", password: Self.password, name: "Ada Admin", roles: [.admin], units: [])
            let directory = FakeIdentityProvider(name: "verzeichnis", displayName: "Kreis-Verzeichnis")
            try await Application(router: Self.router(test, directory, mail: mail)).test(.router) { client in
                var admin = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&admin, "admin", Self.password)
                #expect(try await admin.get("/intern/verwaltung/mitarbeitende").text.contains("Nur über das Verzeichnis anmelden"))
                let invited = try await admin.post(
                    "/intern/verwaltung/mitarbeitende",
                    [
                        ("name", "Dora Dietz"), ("benutzername", "d.dietz"), ("email", "dora@landkreis.example"), ("rolle", "editor"),
                        ("nur-verzeichnis", "ja"),
                    ])
                #expect(invited.status == .seeOther)
                let dora = try #require(try await test.portal.staff.user(username: "d.dietz"))
                #expect(dora.passwordSignInDisabled)
                let sent = try #require(mail.mails.last)
                #expect(sent.to == "dora@landkreis.example" && sent.body.contains("über Kreis-Verzeichnis an"))
                #expect(sent.body.contains("http://127.0.0.1:8080/intern/anmelden") && !sent.body.contains("/intern/passwort/"))
            }
        }
    }

    @Test("Against a real OpenID Connect provider: the directory's groups claim gives the roles, the subject is bound")
    func throughARealProvider() async throws {
        guard let issuer = OpenIDConnectProviderTests.issuer() else { return }
        try await TestPortal.with { test in
            let erik = try await Self.withEmail(
                test, try await test.addCaseWorker("erik", password: Self.password, name: "Erik Ernst", units: [DemoCatalog.waterAuthority]),
                "erik@landkreis.example")
            var settings = OpenIDConnectProvider.Settings(
                name: "verzeichnis", displayName: "Kreis-Verzeichnis", issuer: issuer, clientID: "portal-intern", clientSecret: "geheim")
            settings.roleClaim = "groups"
            let provider = OpenIDConnectProvider(settings: settings, now: { Date() })
            let mapping = try DirectoryRoleMapping.parse(claim: "groups", "bau-sb=caseWorker, redaktion=editor")
            try await OpenIDConnectProviderTests.withBrowser { http in
                try await OpenIDConnectProviderTests.setUser(
                    issuer, "ad-erik", claims: ["email": "erik@landkreis.example", "groups": ["redaktion", "kantine"]], client: http)
                try await Application(router: Self.router(test, provider, signIn: DirectorySignIn(roleMapping: mapping))).test(.router) { client in
                    var browser = TestBrowser(client)
                    _ = try await browser.get("/intern/anmelden")
                    let start = try await browser.post("/intern/anmelden/verzeichnis", [])
                    let authorization = try #require(start.location)
                    #expect(authorization.hasPrefix(issuer + "/oauth2/authorize?"))
                    let callback = try await OpenIDConnectProviderTests.authorize(
                        authorization, subject: "ad-erik", client: http, expecting: TestPortal.baseURL + "/intern/anmelden/verzeichnis/rueckkehr")
                    var components = URLComponents()
                    components.queryItems = callback.map { URLQueryItem(name: $0.key, value: $0.value) }
                    let back = try await browser.get("/intern/anmelden/verzeichnis/rueckkehr?" + (components.percentEncodedQuery ?? ""))
                    #expect(back.location == "/intern/redaktion", "\(back.text.prefix(400))")
                    let stored = try #require(try await test.portal.staff.user(id: erik.id))
                    #expect(stored.directorySubject == "ad-erik" && stored.roles == [.editor])
                }
            }
        }
    }
}
