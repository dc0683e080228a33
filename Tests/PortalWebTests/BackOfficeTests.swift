import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import PortalWeb
import SQLKit
import Testing

@Suite("Back office (HTML)")
struct BackOfficeTests {
    /// Signs in with the password; an account that must set up a second factor (admins) sets it up
    /// with the code of `now`, and the answer is then the enrolment's.
    static func signIn(_ browser: inout TestBrowser, _ username: String, _ password: String, now: Date = TestClock.now) async throws -> TestResponse {
        _ = try await browser.get("/intern/anmelden")
        let answer = try await browser.post("/intern/anmelden", [("benutzername", username), ("passwort", password)])
        guard answer.location == "/intern/zwei-faktor" else { return answer }
        let secret = try await enrolmentSecret(&browser)
        return try await browser.post("/intern/zwei-faktor", [("code", TOTP(secret: secret).code(at: now))])
    }

    /// The key the enrolment page shows as text.
    static func enrolmentSecret(_ browser: inout TestBrowser) async throws -> [UInt8] {
        let page = try await browser.get("/intern/zwei-faktor")
        let shown = try #require(page.text.firstMatch(of: /class="totp-secret">([A-Z2-7 ]+)</)).1
        return try #require(Base32.decode(shown.filter { $0 != " " }))
    }

    @Test("The inbox needs a signed-in case worker; wrong credentials get one generic message")
    func signInRules() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                #expect(try await browser.get("/intern/eingang").location == "/intern/anmelden")
                let wrong = try await Self.signIn(&browser, "anna", "falsch")
                #expect(wrong.status == .unauthorized)
                #expect(wrong.text.contains("Benutzername oder Passwort sind nicht richtig."))
                let unknown = try await Self.signIn(&browser, "niemand", "falsch")
                #expect(unknown.status == .unauthorized)
                #expect(unknown.text.contains("Benutzername oder Passwort sind nicht richtig."))
                for _ in 0..<4 { _ = try await browser.post("/intern/anmelden", [("benutzername", "anna"), ("passwort", "falsch")]) }
                let blocked = try await browser.post("/intern/anmelden", [("benutzername", "anna"), ("passwort", "ein-langes-passwort")])
                #expect(blocked.status == .tooManyRequests)
                #expect(blocked.text.contains("Bitte warten Sie 30 Sekunden"), "five failures make the account wait, not lock")
            }
        }
    }

    @Test("A case worker finds a submission, reads it in form order and moves it to „In Bearbeitung“")
    func caseWork() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.addCaseWorker("otto", password: "ein-langes-passwort", name: "Otto Ordnung", units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                let references = try await SubmissionAPITests.file(3, client: client)
                var browser = TestBrowser(client)
                let signedIn = try await Self.signIn(&browser, "Anna", "ein-langes-passwort")
                #expect(signedIn.status == .seeOther)
                #expect(signedIn.location == "/intern/eingang")

                let inbox = try await browser.get("/intern/eingang")
                #expect(inbox.status == .ok)
                #expect(inbox.text.contains("Angemeldet als Anna Schäfer"))
                let positions = references.map { inbox.text.range(of: $0)?.lowerBound }
                #expect(positions.allSatisfy { $0 != nil })
                #expect(positions[2]! < positions[0]!, "newest first")
                #expect(inbox.text.contains("Jürgen Müller-Lüdenscheidt"))
                #expect(inbox.text.components(separatedBy: "Ungelesen").count == 4)

                let byName = try await browser.get("/intern/eingang?suche=muller")
                #expect(byName.text.contains(references[0]))
                let byReference = try await browser.get("/intern/eingang?suche=\(references[1].lowercased())")
                #expect(byReference.text.contains(references[1]) && !byReference.text.contains(references[0]))
                // Name parts in any order and beginnings of words; fragments of a reference.
                let parts = try await browser.get("/intern/eingang?suche=L%C3%BCden%20j%C3%BCr")
                #expect(references.allSatisfy { parts.text.contains($0) })
                let fragment = String(references[1].suffix(9))  // "0000-0002": the last two segments
                let byFragment = try await browser.get("/intern/eingang?suche=\(fragment)")
                #expect(byFragment.text.contains(references[1]) && !byFragment.text.contains(references[0]) && !byFragment.text.contains(references[2]))
                #expect(try await browser.get("/intern/eingang?suche=denscheidt").text.contains("Keine Anträge gefunden."), "words match from their beginning")
                let nothing = try await browser.get("/intern/eingang?status=completed")
                #expect(nothing.text.contains("Keine Anträge gefunden."))

                let detail = try await browser.get("/intern/antraege/\(references[0])")
                #expect(detail.status == .ok)
                #expect(detail.text.contains("<dt>Geplante Bohrtiefe in Metern</dt><dd>12,5</dd>"))
                #expect(detail.text.contains("<dt>Wofür soll das Wasser genutzt werden?</dt><dd>Gartenbewässerung</dd>"))
                #expect(detail.text.contains("<dd>\(TestClock.today.adding(days: 35).german)</dd>"))
                let vorname = try #require(detail.text.range(of: "<dt>Vorname</dt>"))
                let flur = try #require(detail.text.range(of: "<dt>Flur</dt>"))
                #expect(vorname.lowerBound < flur.lowerBound, "form order")
                #expect(try await browser.get("/intern/eingang").text.components(separatedBy: "Ungelesen").count == 3)

                let changed = try await browser.post("/intern/antraege/\(references[0])/status", [("status", "inProgress"), ("vermerk", "Prüfung begonnen")])
                #expect(changed.status == .seeOther)
                let after = try await browser.get("/intern/antraege/\(references[0])")
                #expect(after.text.contains("Der Status wurde geändert."))
                #expect(after.text.contains("Eingegangen → In Bearbeitung (Anna Schäfer)<br>Prüfung begonnen"), "display names, not user names")
                let invalid = try await browser.post("/intern/antraege/\(references[0])/status", [("status", "received")])
                #expect(invalid.status == .conflict)
                let noChoice = try await browser.post("/intern/antraege/\(references[1])/status", [])
                #expect(noChoice.status == .unprocessableContent)

                var other = TestBrowser(client)
                _ = try await Self.signIn(&other, "otto", "ein-langes-passwort")
                #expect(try await other.get("/intern/antraege/\(references[0])").status == .notFound)
                #expect(!(try await other.get("/intern/eingang").text.contains(references[0])))

                let out = try await browser.post("/intern/abmelden", [])
                #expect(out.location == "/intern/anmelden")
                #expect(try await browser.get("/intern/eingang").location == "/intern/anmelden")
            }
            let audits = try await test.portal.database.reader.raw("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'submission.read'").first()?.decode(
                column: "n", as: Int.self)
            #expect(audits == 2, "every opening of a submission is audited")
        }
    }

    @Test("The inbox shows 50 per page and pages on by keyset")
    func paging() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                let references = try await SubmissionAPITests.file(52, client: client)
                var browser = TestBrowser(client)
                _ = try await Self.signIn(&browser, "anna", "ein-langes-passwort")
                let first = try await browser.get("/intern/eingang")
                #expect(first.text.components(separatedBy: "<tr class=\"unread\">").count - 1 == 50)
                #expect(first.text.contains(references[51]) && !first.text.contains(references[1]))
                let older = try #require(first.text.range(of: #"href="/intern/eingang?vor="#)).upperBound
                let cursor = first.text[older...].prefix { $0.isNumber }
                let second = try await browser.get("/intern/eingang?vor=\(cursor)")
                #expect(second.text.contains(references[0]) && second.text.contains(references[1]))
                #expect(!second.text.contains(references[2]))
                #expect(second.text.contains("Zu den neuesten Anträgen"))
                #expect(!second.text.contains("Ältere Anträge"))
            }
        }
    }
}
