import Foundation
import Hummingbird
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import PortalWeb
import Testing

@Suite("Staff administration and the second factor (HTML)")
struct StaffAdministrationTests {
    static let password = "ein-langes-passwort"

    /// The invitation link from the last mail to `address`.
    static func link(in mail: RecordingMailSender, to address: String) throws -> String {
        let body = try #require(mail.mails.last { $0.to == address }).body
        return String(try #require(body.firstMatch(of: /\/intern\/passwort\/[A-Za-z0-9_-]+/)).0)
    }

    @Test("An admin invites a case worker, who sets a password and signs in; lock, unlock and the history", arguments: TestDatabaseKind.allCases)
    func inviteAndLock(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let mail = RecordingMailSender()
            let router = test.router(mail: mail)
            let admin = try await test.addStaff("admin", password: Self.password, name: "Ada Admin", roles: [.admin], units: [])
            try await Application(router: router).test(.router) { client in
                var adminBrowser = TestBrowser(client)
                let enrolled = try await BackOfficeTests.signIn(&adminBrowser, "admin", Self.password)
                #expect(enrolled.status == .ok)
                #expect(enrolled.text.matches(of: /<li><code>[a-z2-7]{5}-[a-z2-7]{5}<\/code><\/li>/).count == 10, "ten recovery codes")
                let list = try await adminBrowser.get("/intern/verwaltung/mitarbeitende")
                #expect(list.status == .ok)
                #expect(list.text.contains("Ada Admin"))
                let unit = DemoCatalog.waterAuthority.id.description
                let invite: [(String, String)] = [
                    ("name", "Bea Bauer"), ("benutzername", "b.bauer"), ("email", "b.bauer@landkreis.example"), ("rolle", "caseWorker"), ("einheit", unit),
                ]
                let invited = try await adminBrowser.post("/intern/verwaltung/mitarbeitende", invite)
                #expect(invited.status == .seeOther)
                let user = try #require(try await test.portal.staff.user(username: "b.bauer"))
                #expect(user.roles == [.caseWorker] && user.orgUnitIDs == [DemoCatalog.waterAuthority.id] && user.lastSignInAt == nil)
                #expect(invited.location == "/intern/verwaltung/mitarbeitende/\(user.id)")
                #expect(mail.mails.last?.subject.contains("Ihr Zugang") == true)

                // The same name or address again, no role, an unknown unit: refused with the reason, nothing stored.
                for (fields, message) in [
                    (invite, "Diesen Benutzernamen hat schon ein Zugang"),
                    (
                        [("name", "Bea Zwei"), ("benutzername", "b.zwei"), ("email", "B.Bauer@landkreis.example"), ("rolle", "caseWorker")],
                        "Mit dieser E-Mail-Adresse gibt es schon"
                    ),
                    ([("name", "Cem"), ("benutzername", "cem"), ("email", "cem@landkreis.example")], "Wählen Sie mindestens eine Rolle"),
                    ([("name", "Cem"), ("benutzername", "Cem Ö"), ("email", "cem@landkreis.example"), ("rolle", "editor")], "Der Benutzername darf nur"),
                    (
                        [
                            ("name", "Cem"), ("benutzername", "cem"), ("email", "cem@landkreis.example"), ("rolle", "editor"),
                            ("einheit", "00000000-0000-4000-8000-00000000ffff"),
                        ], "Diese Organisationseinheit gibt es nicht"
                    ),
                ] {
                    let refused = try await adminBrowser.post("/intern/verwaltung/mitarbeitende", fields)
                    #expect(refused.status == .unprocessableContent)
                    #expect(refused.text.contains(message), "\(message)")
                }
                #expect(try await test.portal.staff.users().count == 2)
                #expect(try await adminBrowser.post("/intern/verwaltung/mitarbeitende", [("name", "X"), ("rolle", "kaiser")]).status == .badRequest)

                // The invited case worker sets a password through the link; the link works once.
                let link = try Self.link(in: mail, to: "b.bauer@landkreis.example")
                var bea = TestBrowser(client)
                let form = try await bea.get(link)
                #expect(form.status == .ok)
                #expect(form.text.contains("Guten Tag Bea Bauer"))
                #expect(try await bea.post(link, [("passwort", "kurz")]).status == .unprocessableContent)
                let saved = try await bea.post(link, [("passwort", "bea-waehlt-ein-gutes-passwort")])
                #expect(saved.location == "/intern/anmelden")
                #expect(try await bea.get(link).status == .gone)
                _ = try await bea.get("/intern/anmelden")
                #expect(try await bea.post(link, [("passwort", "noch-ein-gutes-passwort")]).status == .gone)
                #expect(try await BackOfficeTests.signIn(&bea, "b.bauer", "bea-waehlt-ein-gutes-passwort").location == "/intern/eingang")
                #expect(try await test.portal.staff.user(username: "b.bauer")?.lastSignInAt == TestClock.now)
                // Not an admin: the administration is closed to her.
                #expect(try await bea.get("/intern/verwaltung").status == .forbidden)
                #expect(try await bea.get("/intern/verwaltung/mitarbeitende/\(admin.id)").status == .forbidden)

                // Locking ends her session at once; unlocking lets her in again.
                let page = "/intern/verwaltung/mitarbeitende/\(user.id)"
                _ = try await adminBrowser.get(page)
                #expect(try await adminBrowser.post(page, [("_aktion", "sperren")]).location == page)
                #expect(try await bea.get("/intern/eingang").location == "/intern/anmelden")
                #expect(try await BackOfficeTests.signIn(&bea, "b.bauer", "bea-waehlt-ein-gutes-passwort").status == .unauthorized)
                #expect(try await adminBrowser.post(page, [("_aktion", "freigeben")]).location == page)
                #expect(try await BackOfficeTests.signIn(&bea, "b.bauer", "bea-waehlt-ein-gutes-passwort").location == "/intern/eingang")

                // Changing roles and units; a bad address is refused with the values kept.
                let badAddress = try await adminBrowser.post(
                    page, [("_aktion", "speichern"), ("name", "Bea Bauer-Neu"), ("email", "kein-at"), ("rolle", "caseWorker"), ("rolle", "editor")])
                #expect(badAddress.status == .unprocessableContent)
                #expect(badAddress.text.contains("Bea Bauer-Neu") && badAddress.text.contains("name@beispiel.de"))
                #expect(
                    try await adminBrowser.post(
                        page,
                        [("_aktion", "speichern"), ("name", "Bea Bauer-Neu"), ("email", "bea@landkreis.example"), ("rolle", "caseWorker"), ("rolle", "editor")]
                    ).location == page)
                #expect(try await test.portal.staff.user(id: user.id)?.roles == [.caseWorker, .editor])

                // A new password link; the history names every step.
                #expect(try await adminBrowser.post(page, [("_aktion", "passwort-link")]).location == page)
                #expect(mail.mails.last?.to == "bea@landkreis.example" && mail.mails.last?.subject.contains("Neues Passwort") == true)
                let history = try await adminBrowser.get(page).text
                for line in [
                    "eingeladen", "Passwort festgelegt", "Zugang gesperrt", "Zugang wieder freigegeben", "Rollen oder Organisationseinheiten geändert",
                    "Link für ein neues Passwort gesendet",
                ] {
                    #expect(history.contains(line), "history: \(line)")
                }
                #expect(history.contains("Ada Admin"))

                // The admin cannot lock herself out, nor take the last admin role away.
                let own = "/intern/verwaltung/mitarbeitende/\(admin.id)"
                _ = try await adminBrowser.get(own)
                let selfLock = try await adminBrowser.post(own, [("_aktion", "sperren")])
                #expect(selfLock.status == .unprocessableContent && selfLock.text.contains("eigenen Zugang können Sie nicht sperren"))
                let lastAdmin = try await adminBrowser.post(own, [("_aktion", "speichern"), ("name", "Ada Admin"), ("rolle", "caseWorker")])
                #expect(lastAdmin.status == .unprocessableContent && lastAdmin.text.contains("letzte aktive Zugang mit der Rolle Verwaltung"))
                #expect(try await test.portal.staff.user(id: admin.id)?.roles == [.admin])
                #expect(try await test.portal.staff.user(id: admin.id)?.isActive == true)
            }
        }
    }

    @Test("The second factor: a code counts once, a recovery code once, wrong codes are throttled", arguments: TestDatabaseKind.allCases)
    func secondFactor(kind: TestDatabaseKind) async throws {
        let clock = ManualClock()
        try await TestPortal.with(kind, clock: clock) { test in
            let router = test.router()
            let admin = try await test.addStaff("admin", password: Self.password, name: "Ada Admin", roles: [.admin], units: [])
            try await Application(router: router).test(.router) { client in
                // Without a factor the password leads to the enrolment only: no back-office page opens.
                var first = TestBrowser(client)
                _ = try await first.get("/intern/anmelden")
                #expect(try await first.post("/intern/anmelden", [("benutzername", "admin"), ("passwort", Self.password)]).location == "/intern/zwei-faktor")
                #expect(try await first.get("/intern/verwaltung").location == "/intern/anmelden")
                let secret = try await BackOfficeTests.enrolmentSecret(&first)
                // Reloading shows the same key; a wrong code is refused.
                #expect(try await BackOfficeTests.enrolmentSecret(&first) == secret)
                #expect(try await first.post("/intern/zwei-faktor", [("code", "000000")]).status == .unprocessableContent)
                let enrolled = try await first.post("/intern/zwei-faktor", [("code", TOTP(secret: secret).code(at: clock.now))])
                let codes = enrolled.text.matches(of: /<li><code>([a-z2-7]{5}-[a-z2-7]{5})<\/code><\/li>/).map { String($0.1) }
                #expect(codes.count == 10)
                #expect(try await first.get("/intern/verwaltung").status == .ok)

                // The next sign-in asks for the code; the enrolment's code of the same step is spent.
                var second = TestBrowser(client)
                _ = try await second.get("/intern/anmelden")
                #expect(
                    try await second.post("/intern/anmelden", [("benutzername", "admin"), ("passwort", Self.password)]).location == "/intern/anmelden/code")
                #expect(try await second.get("/intern/verwaltung").location == "/intern/anmelden")
                #expect(try await second.get("/intern/anmelden/code").status == .ok)
                let reused = try await second.post("/intern/anmelden/code", [("code", TOTP(secret: secret).code(at: clock.now))])
                #expect(reused.status == .unauthorized && reused.text.contains("schon verwendet"))
                clock.advance(by: 30)
                #expect(try await second.post("/intern/anmelden/code", [("code", TOTP(secret: secret).code(at: clock.now))]).location == "/intern/verwaltung")
                #expect(try await second.get("/intern/verwaltung").status == .ok)

                // A recovery code works once (with spaces and capitals as typed from paper).
                var third = TestBrowser(client)
                _ = try await third.get("/intern/anmelden")
                _ = try await third.post("/intern/anmelden", [("benutzername", "admin"), ("passwort", Self.password)])
                _ = try await third.get("/intern/anmelden/code")
                let recovered = try await third.post("/intern/anmelden/code", [("code", " " + codes[3].uppercased() + " ")])
                #expect(recovered.location == "/intern/verwaltung", "\(recovered.status) \(recovered.text.suffix(3000))")
                #expect(try await third.get("/intern/verwaltung").text.contains("es bleiben 9"))
                var fourth = TestBrowser(client)
                _ = try await fourth.get("/intern/anmelden")
                _ = try await fourth.post("/intern/anmelden", [("benutzername", "admin"), ("passwort", Self.password)])
                _ = try await fourth.get("/intern/anmelden/code")
                #expect(try await fourth.post("/intern/anmelden/code", [("code", codes[3])]).status == .unauthorized)
                // After five wrong codes the account waits, whatever the code.
                for _ in 0..<4 { _ = try await fourth.post("/intern/anmelden/code", [("code", "123456")]) }
                #expect(try await fourth.post("/intern/anmelden/code", [("code", TOTP(secret: secret).code(at: clock.now))]).status == .tooManyRequests)

                // The pending sign-in lasts ten minutes.
                clock.advance(by: 16 * 60)
                var late = TestBrowser(client)
                _ = try await late.get("/intern/anmelden")
                _ = try await late.post("/intern/anmelden", [("benutzername", "admin"), ("passwort", Self.password)])
                _ = try await late.get("/intern/anmelden/code")
                clock.advance(by: 11 * 60)
                #expect(try await late.post("/intern/anmelden/code", [("code", TOTP(secret: secret).code(at: clock.now))]).location == "/intern/anmelden")

                // The history shows the enrolment and the recovery code.
                let history = try await test.portal.audit.events(target: AuditEvent.staff(admin.id), limit: 10).map(\.action)
                #expect(history.contains(.staffSecondFactorEnrolled) && history.contains(.staffRecoveryCodeUsed))
            }
        }
    }

    @Test("Staff change their own password with the current one; other sessions end")
    func ownPassword() async throws {
        try await TestPortal.with { test in
            let router = test.router()
            try await test.addStaff("sb", password: Self.password, name: "Sam Sachbearbeitung", roles: [.caseWorker], units: [DemoCatalog.waterAuthority])
            try await Application(router: router).test(.router) { client in
                var browser = TestBrowser(client)
                var other = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "sb", Self.password)
                _ = try await BackOfficeTests.signIn(&other, "sb", Self.password)
                let page = try await browser.get("/intern/zugang")
                #expect(page.status == .ok && page.text.contains("Sachbearbeitung") && page.text.contains("Noch nicht eingerichtet"))
                let wrong = try await browser.post(
                    "/intern/zugang/passwort", [("bisheriges_passwort", "falsch"), ("neues_passwort", "ein-neues-langes-passwort")])
                #expect(wrong.status == .unprocessableContent && wrong.text.contains("bisherige Passwort stimmt nicht"))
                let weak = try await browser.post("/intern/zugang/passwort", [("bisheriges_passwort", Self.password), ("neues_passwort", "kurz")])
                #expect(weak.status == .unprocessableContent)
                let changed = try await browser.post(
                    "/intern/zugang/passwort", [("bisheriges_passwort", Self.password), ("neues_passwort", "ein-neues-langes-passwort")])
                #expect(changed.location == "/intern/zugang")
                #expect(try await browser.get("/intern/zugang").text.contains("Ihr Passwort ist geändert"))
                #expect(try await other.get("/intern/eingang").location == "/intern/anmelden")
                var fresh = TestBrowser(client)
                #expect(try await BackOfficeTests.signIn(&fresh, "sb", "ein-neues-langes-passwort").location == "/intern/eingang")
            }
        }
    }

    @Test("Staff change their own address: the new one confirms with a link, the old one is told; a taken address or a wrong password is refused")
    func ownEmail() async throws {
        try await TestPortal.with { test in
            let mail = RecordingMailSender()
            let router = test.router(mail: mail)
            var samAccount = try await test.addStaff("sb", password: Self.password, name: "Sam", roles: [.caseWorker], units: [DemoCatalog.waterAuthority])
            samAccount.email = "sam@landkreis.example"
            try await test.portal.staff.save(samAccount)
            let sam = samAccount
            var other = try await test.addStaff("ob", password: Self.password, name: "Ole", roles: [.caseWorker], units: [DemoCatalog.waterAuthority])
            other.email = "ole@landkreis.example"
            try await test.portal.staff.save(other)
            try await Application(router: router).test(.router) { client in
                var browser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "sb", Self.password)
                _ = try await browser.get("/intern/zugang")
                let taken = try await browser.post("/intern/zugang/email", [("email", "ole@landkreis.example"), ("passwort", Self.password)])
                #expect(taken.status == .unprocessableContent && taken.text.contains("Mit dieser E-Mail-Adresse gibt es schon einen Zugang."))
                let wrong = try await browser.post("/intern/zugang/email", [("email", "sam.neu@landkreis.example"), ("passwort", "falsch")])
                #expect(wrong.status == .unprocessableContent && wrong.text.contains("bisherige Passwort stimmt nicht"))
                #expect(mail.mails.isEmpty)
                #expect(
                    try await browser.post("/intern/zugang/email", [("email", "Sam.Neu@landkreis.example"), ("passwort", Self.password)]).location
                        == "/intern/zugang")
                #expect(try await test.portal.staff.user(id: sam.id)?.email == "sam@landkreis.example", "not before the link is used")
                let link = String(
                    try #require(mail.mails.last { $0.to == "sam.neu@landkreis.example" }?.body.firstMatch(of: /\/intern\/email-bestaetigen\/[A-Za-z0-9_-]+/)).0
                )
                // The link is no password link, and the password link no address link.
                #expect(try await browser.get(link.replacingOccurrences(of: "email-bestaetigen", with: "passwort")).status == .gone)
                let page = try await browser.get(link)
                #expect(page.status == .ok && page.text.contains("sam.neu@landkreis.example"))
                #expect(try await test.portal.staff.user(id: sam.id)?.email == "sam@landkreis.example", "opening the link changes nothing")
                #expect(try await browser.post(link, []).location == "/intern/zugang")
                #expect(try await test.portal.staff.user(id: sam.id)?.email == "sam.neu@landkreis.example")
                #expect(mail.mails.last?.to == "sam@landkreis.example" && mail.mails.last?.subject.contains("geändert") == true, "the old address is told")
                _ = try await browser.get("/intern/zugang")
                #expect(try await browser.post(link, []).status == .gone, "once")
            }
        }
    }
}
