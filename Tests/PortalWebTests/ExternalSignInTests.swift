import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

/// Signing in through an identity provider, at request level, with the port's test adapter; the
/// OpenID Connect adapter itself is tested against a real provider in `OpenIDConnectProviderTests`.
@Suite("Sign-in through identity providers and trust levels (HTML)")
struct ExternalSignInTests {
    static let anna = ExternalIdentity(
        provider: "test-id", subject: "s-anna", email: "anna.schmidt@example.de", emailVerified: true,
        givenName: "Anna", familyName: "Schmidt", trustLevel: .substantial)

    /// Presses the provider's button and comes back with the provider's answer; returns the callback's response.
    /// `password`: a signed-in account holder confirms connecting a new provider with it.
    static func signIn(_ browser: inout TestBrowser, from page: String = "/konto/anmelden", state: String? = nil, password: String? = nil) async throws
        -> TestResponse
    {
        _ = try await browser.get(page)
        let start = try await browser.post("/konto/extern/test-id", password.map { [("passwort", $0)] } ?? [])
        #expect(start.status == .seeOther)
        let location = try #require(start.location)
        #expect(location.hasPrefix("https://id.example.test/authorize?state="))
        #expect(location.contains("redirect_uri=http%3A%2F%2F127%2E0%2E0%2E1%3A8080%2Fkonto%2Fextern%2Ftest%2Did%2Fr"))
        let sent = try #require(location.split(separator: "state=").last?.split(separator: "&").first.map(String.init))
        return try await browser.get("/konto/extern/test-id/rueckkehr?code=einmal&state=\(state ?? sent)")
    }

    @Test("Someone new signs in through a provider: an account is made from what it says, at its level, and found again next time")
    func newAccount() async throws {
        try await TestPortal.with { test in
            let provider = FakeIdentityProvider()
            provider.willSignIn(Self.anna)
            let mail = RecordingMailSender()
            try await test.application(mail: mail, identityProviders: [provider]).test(.router) { client in
                var browser = TestBrowser(client)
                let login = try await browser.get("/konto/anmelden")
                #expect(login.text.contains("Andere Anmeldewege"))
                #expect(login.text.contains(#"action="/konto/extern/test-id""#))
                #expect(login.text.contains("Mit Test-ID anmelden"))
                #expect(login.headers[.contentSecurityPolicy]?.contains("form-action 'self' https://id.example.test;") == true)

                let back = try await Self.signIn(&browser)
                #expect(back.location == "/konto")
                let home = try await browser.get("/konto")
                #expect(home.text.contains("Ihr Konto ist angelegt und Sie sind angemeldet."))
                #expect(home.text.contains("Angemeldet als anna.schmidt@example.de"))
                #expect(home.text.contains("Vertrauensniveau Ihres Kontos: „substanziell“"))
                #expect(home.text.contains("Diese Anmeldung hat das Vertrauensniveau „substanziell“."))
                #expect(home.text.contains("Test-ID: verbunden seit 30.11.2026"))
                #expect(!home.text.contains("Verbindung zu Test-ID trennen"), "the only way in is not offered for disconnecting")
                #expect(home.text.contains("Ihr Konto hat kein Passwort"))
                #expect(home.text.contains(#"value="Schmidt""#), "the provider's names fill the profile")
                #expect(mail.mails.isEmpty, "the provider confirmed the address")
                let account = try #require(try await test.portal.accounts.account(provider: "test-id", subject: "s-anna"))
                #expect(account.email == "anna.schmidt@example.de" && account.trustLevel == .substantial && !account.hasPassword)

                // The answer counts once.
                let replay = try await browser.get("/konto/extern/test-id/rueckkehr?code=einmal&state=state-1")
                #expect(replay.status == .badRequest)
                #expect(replay.text.contains("gehört zu keiner Anmeldung in diesem Browser"))

                // No password: the password form cannot sign in to it.
                var other = TestBrowser(client)
                _ = try await other.get("/konto/anmelden")
                let guess = try await other.post("/konto/anmelden", [("email", "anna.schmidt@example.de"), ("passwort", "")])
                #expect(guess.status == .unauthorized)

                // Next time the same person comes back to the same account.
                _ = try await browser.post("/konto/abmelden", [])
                #expect(try await Self.signIn(&browser).location == "/konto")
                let again = try await browser.get("/konto")
                #expect(again.text.contains("Angemeldet als anna.schmidt@example.de"))
                #expect(!again.text.contains("Ihr Konto ist angelegt"))

                // Deleting takes the tick instead of a password.
                let untick = try await browser.post("/konto/loeschen", [])
                #expect(untick.status == .unprocessableContent)
                #expect(untick.text.contains("Bitte bestätigen Sie mit dem Häkchen"))
                #expect(try await browser.post("/konto/loeschen", [("bestaetigt", "ja")]).status == .ok)
                #expect(try await test.portal.accounts.account(provider: "test-id", subject: "s-anna") == nil)
            }
        }
    }

    @Test("Failures, foreign answers, unconfirmed and taken addresses change nothing")
    func failures() async throws {
        try await TestPortal.with { test in
            let provider = FakeIdentityProvider()
            let mail = RecordingMailSender()
            try await test.application(mail: mail, identityProviders: [provider]).test(.router) { client in
                var browser = TestBrowser(client)
                // An answer that belongs to no sign-in in this browser, or to another one.
                let stray = try await browser.get("/konto/extern/test-id/rueckkehr?code=x&state=y")
                #expect(stray.status == .badRequest)
                provider.willSignIn(Self.anna)
                let foreign = try await Self.signIn(&browser, state: "fremd")
                #expect(foreign.status == .badRequest)
                #expect(try await test.portal.accounts.account(email: "anna.schmidt@example.de") == nil)

                for (error, status, message) in [
                    (ExternalLoginError.cancelled, 200, "Die Anmeldung wurde abgebrochen."),
                    (.rejected("nonce"), 502, "nicht so bestätigt, dass wir sie annehmen können"),
                    (.unavailable("down"), 503, "gerade nicht erreichbar"),
                ] {
                    provider.willFail(error)
                    let page = try await Self.signIn(&browser)
                    #expect(page.status.code == status)
                    #expect(page.text.contains(message))
                    #expect(!page.text.contains("nonce") && !page.text.contains("down"), "the reason stays in the log")
                }

                // Without an address there is no account.
                var nameless = Self.anna
                nameless.email = nil
                provider.willSignIn(nameless)
                let noMail = try await Self.signIn(&browser)
                #expect(noMail.status == .unprocessableContent)
                #expect(noMail.text.contains("Test-ID hat uns keine E-Mail-Adresse übermittelt."))

                // An address that has an account is not taken over.
                var holder = TestBrowser(client)
                try await AccountTests.signedIn(&holder, "erika@example.de", mail)
                var intruder = Self.anna
                intruder.subject = "s-fremd"
                intruder.email = "erika@example.de"
                provider.willSignIn(intruder)
                let taken = try await Self.signIn(&browser)
                #expect(taken.status == .conflict)
                #expect(taken.text.contains("gibt es bei uns schon ein Konto"))
                #expect(try await test.portal.accounts.account(provider: "test-id", subject: "s-fremd") == nil)

                // An address the provider has not confirmed makes no account (its mailbox's holder could take it over later).
                var unconfirmed = Self.anna
                unconfirmed.emailVerified = false
                provider.willSignIn(unconfirmed)
                let mailsBefore = mail.mails.count
                let refused = try await Self.signIn(&browser)
                #expect(refused.status == .unprocessableContent)
                #expect(refused.text.contains("Test-ID hat Ihre E-Mail-Adresse nicht als bestätigt übermittelt."))
                #expect(mail.mails.count == mailsBefore)
                #expect(try await test.portal.accounts.account(email: "anna.schmidt@example.de") == nil)

                // Unknown providers and starts without the CSRF token.
                #expect(try await browser.post("/konto/extern/gibt-es-nicht", []).status == .notFound)
                var bare = TestBrowser(client)
                #expect(try await bare.postRaw("/konto/extern/test-id", "").status == .forbidden)
            }
        }
    }

    @Test("A password account connects a provider, reaches its level, cannot take another's identity, and disconnects again")
    func connect() async throws {
        try await TestPortal.with { test in
            let provider = FakeIdentityProvider()
            let mail = RecordingMailSender()
            try await test.application(mail: mail, identityProviders: [provider]).test(.router) { client in
                var erika = TestBrowser(client)
                try await AccountTests.signedIn(&erika, "erika@example.de", mail)
                let before = try await erika.get("/konto")
                #expect(before.text.contains("Mit Test-ID verbinden"))
                #expect(before.text.contains("Vertrauensniveau Ihres Kontos: „basis“"))
                #expect(before.text.contains("Diese Anmeldung hat das Vertrauensniveau „basis“."))

                let eid = ExternalIdentity(provider: "test-id", subject: "s-erika", email: "erika.privat@example.org", emailVerified: true, trustLevel: .high)
                provider.willSignIn(eid)
                #expect(try await Self.signIn(&erika, from: "/konto", password: AccountTests.password).location == "/konto")
                let after = try await erika.get("/konto")
                #expect(after.text.contains("Die Anmeldung über Test-ID ist jetzt mit Ihrem Konto verbunden."))
                #expect(after.text.contains("Vertrauensniveau Ihres Kontos: „hoch“"))
                #expect(after.text.contains("Diese Anmeldung hat das Vertrauensniveau „hoch“."))
                #expect(after.text.contains("Verbindung zu Test-ID trennen"))
                #expect(!after.text.contains("Mit Test-ID verbinden"))
                #expect(after.text.contains("Angemeldet als erika@example.de"), "the account keeps its own address")

                // The identity belongs to Erika's account; Bernd cannot connect it.
                var bernd = TestBrowser(client)
                try await AccountTests.signedIn(&bernd, "bernd@example.de", mail)
                let stolen = try await Self.signIn(&bernd, from: "/konto", password: AccountTests.password)
                #expect(stolen.status == .conflict)
                #expect(stolen.text.contains("schon mit einem anderen Konto verbunden"))

                // Signing in with it leads to Erika's account, at its level.
                var elsewhere = TestBrowser(client)
                #expect(try await Self.signIn(&elsewhere).location == "/konto")
                #expect(try await elsewhere.get("/konto").text.contains("Angemeldet als erika@example.de"))

                let unlink = try await erika.post("/konto/extern/test-id/trennen", [])
                #expect(unlink.location == "/konto#anmeldewege")
                let unlinked = try await erika.get("/konto")
                #expect(unlinked.text.contains("Die Verbindung zu Test-ID ist getrennt."))
                #expect(unlinked.text.contains("Diese Anmeldung hat das Vertrauensniveau „basis“."))
                #expect(
                    try await test.portal.accounts.identities(of: try #require(try await test.portal.accounts.account(email: "erika@example.de")).id).isEmpty)
            }
        }
    }

    @Test("A service that asks for a trust level shows the ways in instead of the form, takes the person back to it, and records the level for the case worker")
    func trustLevelGate() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            let service = try #require(try await test.portal.catalog.service(slug: "brunnenbohrung-anzeigen"))
            try await test.portal.catalog.modifyService(service.id) { $0.minimumTrustLevel = .substantial }
            let provider = FakeIdentityProvider()
            let mail = RecordingMailSender()
            try await test.application(mail: mail, identityProviders: [provider]).test(.router) { client in
                var citizen = TestBrowser(client)
                let entry = try await citizen.get("/leistungen/brunnenbohrung-anzeigen")
                #expect(entry.text.contains("mindestens mit dem Vertrauensniveau „substanziell“"))
                let gate = try await citizen.get(FormFlowTests.base)
                #expect(gate.status == .ok)
                #expect(gate.text.contains("<h1>Anmeldung erforderlich</h1>"))
                #expect(gate.text.contains("Anmeldung zum Beispiel mit einem ELSTER-Zertifikat"))
                #expect(gate.text.contains("Mit Test-ID anmelden"))
                #expect(!gate.text.contains("Mit E-Mail-Adresse und Passwort anmelden"), "a password is not enough here")
                #expect(try await citizen.get(FormFlowTests.base + "/schritt/1").text.contains("Anmeldung erforderlich"))
                let post = try await citizen.post(FormFlowTests.base + "/schritt/1", FormFlowTests.steps[0])
                #expect(post.status == .forbidden)
                // The public API signs nobody in, so it cannot file for this service either.
                let api = try await client.postJSON(Paths.submissions, WellDrillingAnswers.body(WellDrillingAnswers.valid()))
                #expect(api.status == .forbidden)
                #expect(api.message?.contains("Vertrauensniveau „substanziell“") == true)
                #expect(try await test.portal.submissions.count() == 0)

                // A password sign-in does not reach the level.
                var basic = TestBrowser(client)
                try await AccountTests.signedIn(&basic, "erika@example.de", mail)
                let tooLow = try await basic.get(FormFlowTests.base)
                #expect(tooLow.text.contains("Sie sind mit dem Vertrauensniveau „basis“ angemeldet. Das reicht für diesen Antrag nicht."))

                // Through the provider, back to the form, filed with the level.
                provider.willSignIn(Self.anna)
                let back = try await Self.signIn(&citizen, from: FormFlowTests.base)
                #expect(back.location == FormFlowTests.base)
                try await FormFlowTests.fileAll(&citizen)
                let received = try await citizen.get(FormFlowTests.base + "/eingegangen")
                let reference = try #require(received.text.range(of: #"BRU-2026-[0-9A-Z-]+"#, options: .regularExpression).map { String(received.text[$0]) })
                #expect(try await test.portal.submissions.submission(reference: try #require(Reference(reference)))?.trustLevel == .substantial)

                var staff = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&staff, "anna", "ein-langes-passwort")
                let casePage = try await staff.get("/intern/antraege/\(reference)")
                #expect(casePage.text.contains("<dt>Identifizierung</dt><dd>Bürgerkonto, Vertrauensniveau „substanziell“</dd>"))
                // The specialist software learns it too.
                #expect(try await client.get("/api/v1/submissions/\(reference)", key: TestPortal.waterKey).json?["trustLevel"] == .string("substanziell"))
            }
        }
    }

    @Test("Editors set the minimum trust level in the catalogue entry; anything else is refused")
    func editorSetsLevel() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                var editor = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&editor, "redaktion", "geheim-und-lang")
                let base = "/intern/redaktion/leistungen/fundsache-melden"
                let page = try await editor.get(base + "/eintrag")
                #expect(page.text.contains("Anmeldung für den Online-Antrag"))
                #expect(page.text.contains(#"<option value="" selected>Nicht nötig: auch ohne Konto möglich</option>"#))
                let stamp = try EditorTests.stamp(page)
                let bad = try await editor.post(base + "/eintrag", [("stand", stamp), ("titel", "Fundsache melden"), ("vertrauensniveau", "mittel")])
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("Bitte wählen Sie eine der angebotenen Stufen für die Anmeldung."))
                let saved = try await editor.post(base + "/eintrag", [("stand", stamp), ("titel", "Fundsache melden"), ("vertrauensniveau", "hoch")])
                #expect(saved.location == base + "#eintrag")
                #expect(try await test.portal.catalog.service(slug: "fundsache-melden")?.minimumTrustLevel == .high)
                #expect(try await editor.get(base + "/eintrag").text.contains(#"<option value="hoch" selected>"#))
            }
        }
    }

    @Test("A case filed at a trust level opens only at that level again; signing in that way leads back to it")
    func caseGate() async throws {
        try await TestPortal.with { test in
            let service = try #require(try await test.portal.catalog.service(slug: "brunnenbohrung-anzeigen"))
            try await test.portal.catalog.modifyService(service.id) { $0.minimumTrustLevel = .substantial }
            let provider = FakeIdentityProvider()
            let mail = RecordingMailSender()
            try await test.application(mail: mail, identityProviders: [provider]).test(.router) { client in
                var erika = TestBrowser(client)
                try await AccountTests.signedIn(&erika, "erika@example.de", mail)
                provider.willSignIn(ExternalIdentity(provider: "test-id", subject: "s-erika", trustLevel: .high))
                #expect(try await Self.signIn(&erika, from: "/konto", password: AccountTests.password).location == "/konto")
                try await FormFlowTests.fileAll(&erika)
                let account = try #require(try await test.portal.accounts.account(email: "erika@example.de"))
                let reference = try #require(try await test.portal.accounts.submissions(of: account.id).first?.reference.rawValue)
                let casePath = "/konto/antraege/\(reference)"
                #expect(try await erika.get(casePath).text.contains("Wie geht es weiter?"))

                // The same account with its password only: the case asks for the level it was filed at.
                _ = try await erika.post("/konto/abmelden", [])
                _ = try await erika.get("/konto/anmelden")
                #expect(try await erika.post("/konto/anmelden", [("email", "erika@example.de"), ("passwort", AccountTests.password)]).location == "/konto")
                #expect(try await erika.get("/konto").text.contains(reference), "the list still names it")
                let gated = try await erika.get(casePath)
                #expect(gated.status == .ok)
                #expect(gated.text.contains("Den Antrag \(reference) haben Sie mit dem Vertrauensniveau „hoch“ gestellt"))
                #expect(gated.text.contains("Sie sind mit dem Vertrauensniveau „basis“ angemeldet."))
                #expect(!gated.text.contains("Wie geht es weiter?"))
                #expect(try await erika.get(casePath + "/eingangsbestaetigung.pdf").text.contains("Anmeldung erforderlich"))
                let message = try await erika.post(casePath + "/nachrichten", [("nachricht", "Hallo")])
                #expect(message.status == .forbidden)
                let parsed = try #require(Reference(reference))
                let filed = try #require(try await test.portal.submissions.submission(reference: parsed))
                #expect(try await test.portal.mailbox.messages(of: filed.id).isEmpty)

                // The data export waits for that level too.
                let export = try await erika.get("/konto/daten")
                #expect(export.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(export.text.contains("Zu Ihrem Konto gehören Anträge, die Sie mit dem Vertrauensniveau „hoch“ gestellt haben"))
                // Nor does its access code open it: the acknowledgement mailed one.
                let acknowledgement = try #require(try await test.queuedMails().first { $0.subject.hasSuffix(reference) })
                let codeRange = try #require(acknowledgement.body.range(of: #"Zugangscode: [0-9A-Z-]{14}"#, options: .regularExpression))
                let code = String(acknowledgement.body[codeRange].suffix(14))
                var stranger = TestBrowser(client)
                _ = try await stranger.get("/vorgang")
                let byCode = try await stranger.post("/vorgang", [("aktenzeichen", reference), ("zugangscode", code)])
                #expect(byCode.status == .forbidden)
                #expect(byCode.text.contains("Sie finden ihn unter „Mein Konto“"))
                #expect(try await stranger.get("/vorgang/\(reference)").location == "/vorgang")

                // Signing in with the provider leads straight back to the case.
                #expect(try await Self.signIn(&erika, from: casePath).location == casePath)
                #expect(try await erika.get(casePath).text.contains("Wie geht es weiter?"))
                #expect(try await erika.get("/konto/daten").headers[.contentType] == "application/zip")
            }
        }
    }

    @Test(
        "A case filed with one identity does not open for another connected later; connecting asks for the password and is mailed; a new password lists and removes providers"
    )
    func identityBinding() async throws {
        try await TestPortal.with { test in
            let service = try #require(try await test.portal.catalog.service(slug: "brunnenbohrung-anzeigen"))
            try await test.portal.catalog.modifyService(service.id) { $0.minimumTrustLevel = .substantial }
            let provider = FakeIdentityProvider()
            let mail = RecordingMailSender()
            try await test.application(mail: mail, identityProviders: [provider]).test(.router) { client in
                var erika = TestBrowser(client)
                try await AccountTests.signedIn(&erika, "erika@example.de", mail)
                provider.willSignIn(ExternalIdentity(provider: "test-id", subject: "s-erika", trustLevel: .high))
                // Without the password, or with a wrong one, nothing is connected.
                _ = try await erika.get("/konto")
                let wrong = try await erika.post("/konto/extern/test-id", [("passwort", "falsch")])
                #expect(wrong.status == .unprocessableContent && wrong.text.contains("Das Passwort ist nicht richtig. Zum Verbinden"))
                #expect(wrong.text.contains(#"aria-invalid="true""#))
                let account = try #require(try await test.portal.accounts.account(email: "erika@example.de"))
                #expect(try await test.portal.accounts.identities(of: account.id).isEmpty)
                #expect(try await Self.signIn(&erika, from: "/konto", password: AccountTests.password).location == "/konto")
                #expect(mail.mails.last?.subject == "Neuer Anmeldeweg für Ihr Konto" && mail.mails.last?.to == "erika@example.de")
                try await FormFlowTests.fileAll(&erika)
                let reference = try #require(try await test.portal.accounts.submissions(of: account.id).first?.reference)
                let filed = try #require(try await test.portal.submissions.submission(reference: reference))
                #expect(filed.identity == IdentityKey(provider: "test-id", subject: "s-erika") && filed.trustLevel == .high)
                let casePath = "/konto/antraege/\(reference.rawValue)"
                #expect(try await erika.get(casePath).text.contains("Wie geht es weiter?"))

                // Someone who knows the password swaps in their own ID card: it reaches "hoch", but not this case.
                var intruder = TestBrowser(client)
                _ = try await intruder.get("/konto/anmelden")
                _ = try await intruder.post("/konto/anmelden", [("email", "erika@example.de"), ("passwort", AccountTests.password)])
                _ = try await intruder.get("/konto")
                #expect(try await intruder.post("/konto/extern/test-id/trennen", []).location == "/konto#anmeldewege")
                provider.willSignIn(ExternalIdentity(provider: "test-id", subject: "s-intruder", trustLevel: .high))
                #expect(try await Self.signIn(&intruder, from: "/konto", password: AccountTests.password).location == "/konto")
                #expect(try await intruder.get("/konto").text.contains("Diese Anmeldung hat das Vertrauensniveau „hoch“."))
                let gated = try await intruder.get(casePath)
                #expect(gated.text.contains("Anmeldung erforderlich") && !gated.text.contains("Wie geht es weiter?"))
                #expect(try await intruder.get("/konto/daten").headers[.contentType]?.hasPrefix("text/html") == true, "nor is it exported")
                #expect(mail.mails.filter { $0.subject == "Neuer Anmeldeweg für Ihr Konto" }.count == 2, "the holder hears of it")

                // A new password lists the connected providers; the ticked one is removed.
                var owner = TestBrowser(client)
                _ = try await owner.get("/konto/passwort-vergessen")
                _ = try await owner.post("/konto/passwort-vergessen", [("email", "erika@example.de")])
                let reset = try AccountTests.linkPath(mail.mails.last, "/konto/passwort-neu/")
                let page = try await owner.get(reset)
                #expect(page.text.contains("Test-ID entfernen") && page.text.contains(#"name="entfernen" type="checkbox" value="test-id""#))
                #expect(try await owner.post(reset, [("passwort", "ein ganz neues Passwort"), ("entfernen", "test-id")]).location == "/konto/anmelden")
                #expect(try await test.portal.accounts.identities(of: account.id).isEmpty)
                #expect(try await intruder.get("/konto").location == "/konto/anmelden", "the new password ended the intruder's session")
            }
        }
    }
}
