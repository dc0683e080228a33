import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Case work: who works on a case, internal notes, the inbox's views (HTML)")
struct CaseAssignmentTests {
    @Test(
        "Take a case, give it to a colleague, return it; „Meine Fälle“ and „Nicht zugewiesen“; the history and the audit trail",
        arguments: TestDatabaseKind.allCases)
    func assignment(kind: TestDatabaseKind) async throws {
        // Audit lines are ordered by time: the clock moves a second between the steps.
        let clock = ManualClock()
        try await TestPortal.with(kind, clock: clock) { test in
            let anna = try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            let bea = try await test.addCaseWorker("bea", password: "ein-langes-passwort", name: "Bea Bauer", units: [DemoCatalog.waterAuthority])
            let otto = try await test.addCaseWorker("otto", password: "ein-langes-passwort", name: "Otto Ordnung", units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                let references = try await SubmissionAPITests.file(3, client: client)
                var browser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "anna", "ein-langes-passwort")
                let page = "/intern/antraege/\(references[0])"
                let open = try await browser.get(page)
                #expect(open.text.contains("Noch niemandem zugewiesen"))
                #expect(open.text.contains("Bea Bauer") && !open.text.contains("Otto Ordnung"), "colleagues of the case's unit only")

                #expect(try await browser.post(page + "/zustaendigkeit", [("_aktion", "mir")]).location == page)
                clock.advance(by: 1)
                #expect(try await browser.get(page).text.contains("Bearbeitet von Anna Schäfer."))
                let mine = try await browser.get("/intern/eingang?ansicht=meine")
                #expect(mine.text.contains(references[0]) && !mine.text.contains(references[1]))
                let unassigned = try await browser.get("/intern/eingang?ansicht=offen")
                #expect(!unassigned.text.contains(references[0]) && unassigned.text.contains(references[1]) && unassigned.text.contains(references[2]))
                #expect(try await browser.get("/intern/eingang").text.contains("<td>Anna Schäfer</td>"), "the inbox names who works on it")

                // To a colleague of the unit; a case worker of another unit, nobody, or a made-up id is refused and changes nothing.
                for (value, message) in [
                    (otto.id.description, "bearbeitet keine Vorgänge dieser Organisationseinheit"), ("", "Wählen Sie eine Kollegin"),
                    ("kein-konto", "bearbeitet keine Vorgänge"),
                ] {
                    _ = try await browser.get(page)
                    let refused = try await browser.post(page + "/zustaendigkeit", [("_aktion", "zuweisen"), ("an", value)])
                    #expect(refused.status == .unprocessableContent && refused.text.contains(message), "\(value)")
                }
                let reference = try #require(Reference(references[0]))
                let id = try #require(try await test.portal.submissions.submission(reference: reference)?.id)
                #expect(try await test.portal.submissions.assignee(of: id) == anna.id)
                _ = try await browser.get(page)
                #expect(try await browser.post(page + "/zustaendigkeit", [("_aktion", "zuweisen"), ("an", bea.id.description)]).location == page)
                clock.advance(by: 1)
                #expect(try await browser.get("/intern/eingang?ansicht=meine").text.contains("Keine Anträge gefunden."))
                var beaBrowser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&beaBrowser, "bea", "ein-langes-passwort")
                #expect(try await beaBrowser.get("/intern/eingang?ansicht=meine").text.contains(references[0]))
                #expect(try await beaBrowser.post(page + "/zustaendigkeit", [("_aktion", "zurueckgeben")]).location == page)
                let history = try await beaBrowser.get(page).text
                #expect(history.contains("Zugewiesen an Anna Schäfer (Anna Schäfer)"))
                #expect(history.contains("Zugewiesen an Bea Bauer (Anna Schäfer)"))
                #expect(history.contains("An die Organisationseinheit zurückgegeben (Bea Bauer)"))
                #expect(history.contains("Noch niemandem zugewiesen"))

                // Another unit's case worker cannot touch it.
                var ottoBrowser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&ottoBrowser, "otto", "ein-langes-passwort")
                _ = try await ottoBrowser.get("/intern/eingang")
                #expect(try await ottoBrowser.post(page + "/zustaendigkeit", [("_aktion", "mir")]).status == .notFound)
                #expect(try await ottoBrowser.post(page + "/notizen", [("notiz", "Fremd")]).status == .notFound)

                let lines = try await test.portal.audit.events(submission: id, actions: [.caseAssigned])
                #expect(lines.map(\.target) == [AuditEvent.staff(anna.id), AuditEvent.staff(bea.id), nil])
                #expect(lines.map(\.actor) == [AuditEvent.staff(anna.id), AuditEvent.staff(anna.id), AuditEvent.staff(bea.id)])
            }
        }
    }

    @Test("Internal notes: kept with author and time, refused when empty or too long, never shown to the applicant or the API")
    func notes() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                let references = try await SubmissionAPITests.file(1, client: client)
                var browser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "anna", "ein-langes-passwort")
                let page = "/intern/antraege/\(references[0])"
                _ = try await browser.get(page)
                let empty = try await browser.post(page + "/notizen", [("notiz", "   ")])
                #expect(empty.status == .unprocessableContent && empty.text.contains("Schreiben Sie die Notiz in das Feld."))
                let long = try await browser.post(page + "/notizen", [("notiz", String(repeating: "ä", count: 5001))])
                #expect(long.status == .unprocessableContent && long.text.contains("höchstens 5.000 Zeichen"))
                #expect(try await browser.post(page + "/notizen", [("notiz", "Rückruf am Montag <b>vereinbart</b>.\nZweite Zeile")]).location == page)
                let shown = try await browser.get(page).text
                #expect(shown.contains("Die Notiz ist gespeichert."))
                #expect(shown.contains("(Anna Schäfer)</p><p class=\"note-body\">Rückruf am Montag &lt;b&gt;vereinbart&lt;/b&gt;.\nZweite Zeile</p>"))
                let api = try await client.execute(
                    uri: "/api/v1/submissions/\(references[0])", method: .get, headers: [.authorization: "Bearer \(TestPortal.waterKey)"])
                #expect(api.status == .ok && !String(buffer: api.body).contains("Rückruf"))
            }
        }
    }

    @Test(
        "Several cases change status at once with one note, each in its history; a case of another unit or one that cannot move changes nothing",
        arguments: TestDatabaseKind.allCases)
    func bulkStatus(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.addCaseWorker("otto", password: "ein-langes-passwort", name: "Otto Ordnung", units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                let references = try await SubmissionAPITests.file(3, client: client)
                var otto = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&otto, "otto", "ein-langes-passwort")
                _ = try await otto.get("/intern/eingang")
                let foreign = try await otto.post("/intern/eingang/status", [("vorgang", references[0]), ("status", "inProgress")])
                #expect(foreign.status == .unprocessableContent && foreign.text.contains("gehören nicht zu Ihren Organisationseinheiten: \(references[0])"))

                var anna = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&anna, "anna", "ein-langes-passwort")
                let inbox = try await anna.get("/intern/eingang")
                #expect(inbox.text.contains("name=\"vorgang\" type=\"checkbox\" value=\"\(references[0])\""))
                #expect(try await anna.post("/intern/eingang/status", [("status", "inProgress")]).text.contains("mindestens einen Vorgang"))
                #expect(try await anna.post("/intern/eingang/status", [("vorgang", references[0])]).text.contains("Wählen Sie den neuen Status."))
                let moved = try await anna.post(
                    "/intern/eingang/status",
                    [("vorgang", references[0]), ("vorgang", references[1]), ("status", "inProgress"), ("vermerk", "Stapel begonnen")])
                #expect(moved.location == "/intern/eingang")
                #expect(try await anna.get("/intern/eingang").text.contains("2 Vorgänge stehen jetzt auf „In Bearbeitung“."))
                for reference in references.prefix(2) {
                    #expect(try await anna.get("/intern/antraege/\(reference)").text.contains("Eingegangen → In Bearbeitung (Anna Schäfer)<br>Stapel begonnen"))
                }
                // A received case cannot be completed directly: with it, none of the selected is.
                let refused = try await anna.post(
                    "/intern/eingang/status", [("vorgang", references[0]), ("vorgang", references[2]), ("status", "completed")])
                #expect(refused.status == .unprocessableContent)
                #expect(refused.text.contains("können nicht auf „Abgeschlossen“ wechseln: \(references[2]). Es wurde nichts geändert."))
                let reference = try #require(Reference(references[0]))
                let first = try #require(try await test.portal.submissions.submission(reference: reference))
                #expect(try await test.portal.submissions.caseFile(of: first.id)?.status == .inProgress, "nothing changed")
            }
        }
    }
}
