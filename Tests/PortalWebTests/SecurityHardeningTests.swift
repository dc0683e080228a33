import Foundation
import HTTPTypes
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import PortalWeb
import SQLKit
import Testing

@Suite("Security hardening: limits, client addresses, sessions, secrets at rest")
struct SecurityHardeningTests {
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    @Test("Forwarding headers count only from a trusted proxy, read from the right; malformed ones are ignored")
    func clientAddress() throws {
        let proxies = [try #require(AddressRange("10.0.0.0/8")), try #require(AddressRange("2001:db8::/32"))]
        func resolve(_ peer: String, forwarded: [String] = [], xff: [String] = []) -> String {
            ClientAddress.resolve(peer: peer, forwarded: forwarded, forwardedFor: xff, trusted: proxies)
        }
        #expect(resolve("198.51.100.9", xff: ["203.0.113.5"]) == "198.51.100.9", "a forged header from outside is ignored")
        #expect(resolve("10.1.2.3", xff: ["203.0.113.5"]) == "203.0.113.5")
        #expect(resolve("10.1.2.3", xff: ["1.2.3.4, 203.0.113.5, 10.9.9.9"]) == "203.0.113.5", "the client cannot choose by writing on the left")
        #expect(resolve("10.1.2.3", xff: ["1.2.3.4", "203.0.113.5"]) == "203.0.113.5", "several header lines are one list")
        #expect(resolve("10.1.2.3", xff: ["10.4.4.4, 10.5.5.5"]) == "10.4.4.4", "all trusted: the left-most")
        #expect(resolve("10.1.2.3", forwarded: [#"for=192.0.2.60;proto=https;by=10.1.2.3, for="[2001:db8:cafe::17]:4711""#]) == "192.0.2.60")
        #expect(resolve("10.1.2.3", forwarded: [#"for="[2001:db9::17]:4711""#]) == "2001:db9::17")
        #expect(resolve("2001:db8::1", xff: ["203.0.113.5:8080"]) == "203.0.113.5")
        #expect(resolve("::ffff:10.1.2.3", xff: ["203.0.113.5"]) == "203.0.113.5", "IPv4-mapped peers count as IPv4")
        for malformed in ["", "nonsense", "203.0.113.5,,", "203.0.113.5, <script>", "999.1.1.1", "[2001:db8::1", String(repeating: "1", count: 5000)] {
            #expect(resolve("10.1.2.3", xff: [malformed]) == "10.1.2.3", "\(malformed.prefix(30))")
        }
        for malformed in ["for", "for=unknown", "proto=https", #"for="[::1""#] {
            #expect(resolve("10.1.2.3", forwarded: [malformed]) == "10.1.2.3", "\(malformed)")
        }
        #expect(AddressRange("10.0.0.0/33") == nil && AddressRange("10.0.0.0/a") == nil && AddressRange("proxy") == nil && AddressRange("") == nil)
        #expect(try #require(AddressRange("0.0.0.0/0")).contains("8.8.8.8"))
        #expect(try #require(AddressRange("192.0.2.7")).contains("192.0.2.7") && !(try #require(AddressRange("192.0.2.7")).contains("192.0.2.8")))
    }

    @Test("Behind a trusted proxy every client has its own limit; without one, forged headers are ignored; a malformed header is no 500")
    func proxiedLimits() async throws {
        try await TestPortal.with { test in
            for trusted in [true, false] {
                let app = test.application(adjust: { dependencies in
                    dependencies.limits.throttle.failuresPerClient.count = 3
                    // Each try a new reference, so only the client's own limit can refuse.
                    if trusted { dependencies.limits.trustedProxies = [AddressRange("127.0.0.1")!, AddressRange("::1")!] }
                })
                try await app.test(.live) { client in
                    func lookup(_ from: String, _ number: Int) async throws -> HTTPResponse.Status {
                        let page = try await client.execute(uri: "/vorgang", method: .get, headers: [Self.forwardedFor: from])
                        let cookie = try #require(page.headers[.setCookie]).split(separator: ";")[0]
                        let token = try #require(String(buffer: page.body).firstMatch(of: /name="_csrf" value="([^"]+)"/)).1
                        let body = "_csrf=\(token)&aktenzeichen=BRU-2026-ZZZZ-ZZ\(String(format: "%02d", number))&zugangscode=AAAA-AAAA-AAAA"
                        return try await client.execute(
                            uri: "/vorgang", method: .post,
                            headers: [
                                .cookie: String(cookie), .contentType: "application/x-www-form-urlencoded", Self.forwardedFor: from,
                            ], body: .init(string: body)
                        ).status
                    }
                    for number in 0..<3 { #expect(try await lookup("198.51.100.7", number) == .unauthorized) }
                    #expect(try await lookup("198.51.100.7", 10) == .tooManyRequests)
                    // Another client behind the same proxy: its own count only when the proxy is trusted.
                    #expect(try await lookup("198.51.100.8", 11) == (trusted ? .unauthorized : .tooManyRequests), "trusted: \(trusted)")
                    let malformed = try await client.execute(uri: "/vorgang", method: .get, headers: [Self.forwardedFor: "nonsense, ;;"])
                    #expect(malformed.status == .ok)
                }
            }
        }
    }

    @Test("Two instances on one database enforce one limit; an account asks for a short wait, never a lock by strangers", arguments: TestDatabaseKind.allCases)
    func sharedLimits(kind: TestDatabaseKind) async throws {
        let clock = ManualClock()
        try await TestPortal.with(kind, clock: clock) { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.secondInstance { other in
                try await test.application().test(.router) { first in
                    try await other.application().test(.router) { second in
                        var a = TestBrowser(first)
                        var b = TestBrowser(second)
                        for _ in 0..<3 { #expect(try await BackOfficeTests.signIn(&a, "anna", "falsch").status == .unauthorized) }
                        for _ in 0..<2 { #expect(try await BackOfficeTests.signIn(&b, "anna", "falsch").status == .unauthorized) }
                        // Five failures over both instances: the account asks for a short wait on either.
                        let waiting = try await BackOfficeTests.signIn(&a, "anna", "ein-langes-passwort")
                        #expect(waiting.status == .tooManyRequests)
                        #expect(waiting.text.contains("Bitte warten Sie 30 Sekunden"))
                        #expect(try await BackOfficeTests.signIn(&b, "anna", "ein-langes-passwort").status == .tooManyRequests)
                        clock.advance(by: 31)
                        // After the wait the owner gets in, although strangers keep failing.
                        #expect(try await BackOfficeTests.signIn(&b, "anna", "ein-langes-passwort").location == "/intern/eingang")
                    }
                }
            }
        }
    }

    @Test("Mails a stranger can trigger are limited per address: new password, registration, resume link (not again within minutes)")
    func mailLimits() async throws {
        try await TestPortal.with { test in
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var browser = TestBrowser(client)
                _ = try await AccountTests.register(&browser, "erika@example.de", mail)
                _ = try await browser.get("/konto/passwort-vergessen")
                // Registration sent one mail to the address; four more requests for a new password may follow.
                for _ in 0..<4 { #expect(try await browser.post("/konto/passwort-vergessen", [("email", "erika@example.de")]).status == .ok) }
                let refused = try await browser.post("/konto/passwort-vergessen", [("email", "ERIKA@example.de")])
                #expect(refused.status == .tooManyRequests)
                #expect(refused.text.contains("viele E-Mails angefordert"))
                #expect(mail.mails.filter { $0.to == "erika@example.de" }.count == 5)
                let again = try await browser.post("/konto/registrieren", [("email", "erika@example.de"), ("passwort", AccountTests.password)])
                #expect(again.status == .tooManyRequests && mail.mails.count == 5)
                #expect(try await browser.post("/konto/passwort-vergessen", [("email", "otto@example.de")]).status == .ok, "other addresses are not affected")

                var applicant = TestBrowser(client)
                try await FormFlowTests.open(&applicant)
                let base = SaveAndResumeTests.base
                #expect(try await applicant.post(base + "/schritt/1", FormFlowTests.steps[0] + [("_aktion", "speichern")]).location == base + "/gespeichert")
                #expect(!(try await applicant.get(base + "/gespeichert")).text.contains("nicht noch einmal"))
                _ = try await applicant.get(base + "/schritt/1")
                #expect(try await applicant.post(base + "/schritt/1", FormFlowTests.steps[0] + [("_aktion", "speichern")]).location == base + "/gespeichert")
                let second = try await applicant.get(base + "/gespeichert")
                #expect(second.text.contains("nicht noch einmal per E-Mail gesendet"))
                #expect(mail.mails.filter { $0.to == "j.mueller@example.de" }.count == 1)
            }
        }
    }

    @Test("Applications per client: the keyless API and the web form are limited, a Fachverfahren with its key is not")
    func submissionLimit() async throws {
        try await TestPortal.with { test in
            try await test.application(adjust: { $0.limits.throttle.submissionsPerClient.count = 2 }).test(.router) { client in
                _ = try await SubmissionAPITests.file(2, client: client)
                let refused = try await client.postJSON(Paths.submissions, WellDrillingAnswers.body(WellDrillingAnswers.valid()))
                #expect(refused.status == .tooManyRequests)
                #expect(refused.message?.contains("zu viele Anträge") == true)
                let withKey = try await client.execute(
                    uri: Paths.submissions, method: .post,
                    headers: [
                        .contentType: "application/json", .authorization: "Bearer \(TestPortal.waterKey)",
                    ], body: .init(string: WellDrillingAnswers.body(WellDrillingAnswers.valid())))
                #expect(withKey.status == .created)
                var browser = TestBrowser(client)
                try await FormFlowTests.open(&browser)
                for (index, fields) in FormFlowTests.steps.enumerated() { _ = try await browser.post(FormFlowTests.base + "/schritt/\(index + 1)", fields) }
                let page = try await browser.post(FormFlowTests.base + "/pruefen", [])
                #expect(page.status == .tooManyRequests && page.text.contains("sehr viele Anträge"))
                #expect(try await browser.get(FormFlowTests.base + "/pruefen").status == .ok, "the answers are kept")
            }
        }
    }

    @Test("A staff session ends after its lifetime however active it is")
    func absoluteLifetime() async throws {
        let clock = ManualClock()
        try await TestPortal.with(clock: clock) { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "anna", "ein-langes-passwort")
                // Busy all day: a page every 20 minutes keeps the idle time from running out.
                for _ in 0..<29 {
                    clock.advance(by: 20 * 60)
                    #expect(try await browser.get("/intern/eingang").status == .ok)
                }
                clock.advance(by: 20 * 60 + 1)
                #expect(try await browser.get("/intern/eingang").location == "/intern/anmelden", "10 hours after signing in")
            }
        }
    }

    @Test("A new password ends every other session of the account; deactivating staff ends theirs at once")
    func sessionsEnd() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var laptop = TestBrowser(client)
                try await AccountTests.signedIn(&laptop, "erika@example.de", mail)
                var phone = TestBrowser(client)
                _ = try await phone.get("/konto/anmelden")
                #expect(try await phone.post("/konto/anmelden", [("email", "erika@example.de"), ("passwort", AccountTests.password)]).location == "/konto")
                var stranger = TestBrowser(client)
                _ = try await stranger.get("/konto/passwort-vergessen")
                _ = try await stranger.post("/konto/passwort-vergessen", [("email", "erika@example.de")])
                let reset = try AccountTests.linkPath(mail.mails.last, "/konto/passwort-neu/")
                _ = try await stranger.get(reset)
                #expect(try await stranger.post(reset, [("passwort", "ein ganz neues Passwort")]).location == "/konto/anmelden")
                #expect(try await laptop.get("/konto").location == "/konto/anmelden")
                #expect(try await phone.get("/konto").location == "/konto/anmelden")

                var staff = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&staff, "anna", "ein-langes-passwort")
                #expect(try await staff.get("/intern/eingang").status == .ok)
                try await test.portal.deactivateStaffUser(username: "Anna")
                #expect(try await staff.get("/intern/eingang").location == "/intern/anmelden")
                #expect(try await BackOfficeTests.signIn(&staff, "anna", "ein-langes-passwort").status == .unauthorized)
            }
        }
    }

    @Test("The access code is shown once and not kept in the session; a delivered mail keeps neither body nor address")
    func secretsAtRest() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                try await FormFlowTests.fileAll(&browser)
                let first = try await browser.get(FormFlowTests.base + "/eingegangen")
                let code = try #require(first.text.firstMatch(of: /class="access-code">([A-Z0-9-]+)</)).1
                #expect(!(try await browser.get(FormFlowTests.base + "/eingegangen")).text.contains(String(code)))
                let rows = try await test.portal.database.reader.raw("SELECT data FROM sessions").all()
                for row in rows { #expect(!(try row.decode(column: "data", as: String.self)).contains(String(code))) }
                // The acknowledgement with the code went into the outbox; delivered, it is emptied.
                let id = try #require(try await test.portal.database.reader.raw("SELECT id FROM outbox_mails").first()?.decode(column: "id", as: String.self))
                try await test.portal.outbox.markSent(id: id, at: TestClock.now)
                let delivered = try #require(try await test.portal.outbox.mail(id: id))
                #expect(!delivered.mail.body.contains(String(code)) && !delivered.mail.to.contains("@"))
            }
        }
    }

    @Test("Strict-Transport-Security when served over https; a quote with a combining mark stays escaped in attributes")
    func headersAndEscaping() async throws {
        try await TestPortal.with { test in
            try await test.application(adjust: { $0.limits.strictTransportSecurity = true }).test(.router) { client in
                let page = try await client.execute(uri: "/", method: .get)
                #expect(page.headers[HTTPField.Name("Strict-Transport-Security")!] == "max-age=31536000; includeSubDomains")
            }
            try await test.application().test(.router) { client in
                let page = try await client.execute(uri: "/?q=%22%CC%81%20autofocus%20onfocus%3Dalert(1)%20x%3D", method: .get)
                #expect(page.headers[HTTPField.Name("Strict-Transport-Security")!] == nil)
                let html = String(buffer: page.body)
                #expect(html.range(of: "\"\u{301} autofocus", options: .literal) == nil)
                #expect(html.range(of: "&quot;\u{301} autofocus onfocus=alert(1) x=", options: .literal) != nil)
            }
        }
    }

    @Test("Asking for a new password for an unknown address writes as much as for a known one")
    func forgotTiming() async throws {
        try await TestPortal.with { test in
            // Through the outbox, as in production: the reset mail is a durable write.
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                _ = try await browser.get("/konto/registrieren")
                #expect(try await browser.post("/konto/registrieren", [("email", "erika@example.de"), ("passwort", AccountTests.password)]).status == .ok)
                _ = try await browser.get("/konto/passwort-vergessen")
                var writes: [Int] = []
                for address in ["erika@example.de", "niemand@example.de"] {
                    let before = test.portal.database.writeCount
                    #expect(try await browser.post("/konto/passwort-vergessen", [("email", address)]).status == .ok)
                    writes.append(test.portal.database.writeCount - before)
                }
                #expect(writes[0] == writes[1] && writes[0] >= 3, "\(writes)")
            }
        }
    }

    @Test("Addresses are cut out of job errors and logs, also when a mail server echoes them cut short")
    func redaction() {
        #expect("550 5.1.1 <erika.mustermann@example.de>: Recipient address rejected".addressesRedacted == "550 5.1.1 <[Adresse]>: Recipient address rejected")
        #expect("RCPT TO:<erika@exam: server answered 550".addressesRedacted == "RCPT TO:<[Adresse]: server answered 550")
        #expect("no address here".addressesRedacted == "no address here")
        #expect(SMTPMailTransport.Failure(description: "server answered 550 <a.b@c.de> unknown").description == "server answered 550 <[Adresse]> unknown")
    }

    @Test("Reading a whole submission through the API is written to the audit trail like a case worker's view")
    func apiReadsAudited() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let reference = try #require(try await SubmissionAPITests.file(1, client: client).first)
                _ = try await client.get("/api/v1/submissions", key: TestPortal.waterKey)
                #expect(try await client.get("/api/v1/submissions/\(reference)", key: TestPortal.waterKey).status == .ok)
                let rows = try await test.portal.database.reader.raw("SELECT actor, action FROM audit_events").all()
                let entries = try rows.map { (try $0.decode(column: "actor", as: String.self), try $0.decode(column: "action", as: String.self)) }
                #expect(entries.count == 1 && entries[0].0.hasPrefix("apikey:") && entries[0].1 == "submission.read", "\(entries)")
            }
        }
    }

    @Test("The uploads of one session have a total limit; a refused file is named and nothing of it is stored", arguments: TestDatabaseKind.allCases)
    func uploadQuota(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            // 600 KiB: a plan of 400 KiB fits, a 300 KiB photo on top does not.
            try await test.application(adjust: { $0.limits.uploadQuotaBytes = 600 * 1024 }).test(.router) { client in
                var browser = TestBrowser(client)
                try await UploadFlowTests.fillFirstSteps(&browser)
                let plan = UploadFlowTests.pdf + Data(repeating: 0x20, count: 400 * 1024)
                let photo = UploadFlowTests.png + Data(repeating: 0, count: 300 * 1024)
                let page = try await browser.postMultipart(
                    UploadFlowTests.base + "/schritt/4", [],
                    files: [
                        (field: "lageplan", name: "Lageplan.pdf", data: plan), (field: "fotos", name: "Eiche.png", data: photo),
                    ])
                #expect(page.status == .unprocessableContent)
                #expect(page.text.contains("Zusammen dürfen die Dateien eines Antrags höchstens 600 KB groß sein"), "\(page.text.prefix(300))")
                let stored = try await test.portal.database.reader.raw("SELECT name, size FROM uploads").all()
                let names = try stored.map { try $0.decode(column: "name", as: String.self) }
                #expect(names == ["Lageplan.pdf"])
                // Written in short transactions: all chunks are there, under the real owner, none pending.
                let chunks = try await test.portal.database.reader.raw("SELECT COUNT(*) AS n FROM upload_chunks").first()?.decode(column: "n", as: Int.self)
                #expect(chunks == 2)
                let pending = try await test.portal.database.reader.raw("SELECT COUNT(*) AS n FROM uploads WHERE owner LIKE 'pending:%'").first()?.decode(
                    column: "n", as: Int.self)
                #expect(pending == 0)
            }
        }
    }
}
