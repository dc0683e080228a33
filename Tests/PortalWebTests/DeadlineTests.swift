import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Deadlines: due dates from processing days, the applicant's wait pauses them, follow-ups, inbox views")
struct DeadlineTests {
    @Test(
        "A case is due ten working days after receipt; overdue and follow-up views; waiting for the applicant moves the date",
        arguments: TestDatabaseKind.allCases)
    func deadlines(kind: TestDatabaseKind) async throws {
        let clock = ManualClock()
        try await TestPortal.with(kind, clock: clock) { test in
            let service = try #require(try await test.portal.catalog.service(slug: "brunnenbohrung-anzeigen"))
            try await test.portal.catalog.modifyService(service.id) { $0.processingDays = 10 }
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                // Monday 30.11.2026 + 10 working days = Monday 14.12.2026.
                let references = try await SubmissionAPITests.file(2, client: client)
                var anna = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&anna, "anna", "ein-langes-passwort", now: clock.now)
                let page = "/intern/antraege/\(references[0])"
                #expect(try await anna.get("/intern/eingang").text.contains("<td>14.12.2026</td>"))
                #expect(try await anna.get(page).text.contains("Fällig am: 14.12.2026</p>"))
                #expect(try await anna.get("/intern/eingang?frist=ueberfaellig").text.contains("Keine Anträge gefunden."))

                // A follow-up: not in the past, in German notation; then the view lists it from that day.
                _ = try await anna.get(page)
                let past = try await anna.post(page + "/wiedervorlage", [("wiedervorlage", "27.11.2026")])
                #expect(past.status == .unprocessableContent && past.text.contains("heute oder später"))
                let wrong = try await anna.post(page + "/wiedervorlage", [("wiedervorlage", "2026-12-07")])
                #expect(wrong.status == .unprocessableContent && wrong.text.contains("TT.MM.JJJJ") && wrong.text.contains("value=\"2026-12-07\""))
                #expect(try await anna.post(page + "/wiedervorlage", [("wiedervorlage", "07.12.2026")]).location == page)
                #expect(try await anna.get("/intern/eingang?frist=wiedervorlage").text.contains("Keine Anträge gefunden."))

                // A week later the follow-up is due; on 15.12. both cases are overdue.
                // Days pass: the session has long ended, Anna signs in again.
                clock.advance(by: 7 * 86_400)
                _ = try await BackOfficeTests.signIn(&anna, "anna", "ein-langes-passwort", now: clock.now)
                let followUps = try await anna.get("/intern/eingang?frist=wiedervorlage")
                #expect(followUps.text.contains(references[0]) && !followUps.text.contains(references[1]))
                clock.advance(by: 8 * 86_400)
                _ = try await BackOfficeTests.signIn(&anna, "anna", "ein-langes-passwort", now: clock.now)
                let overdue = try await anna.get("/intern/eingang?frist=ueberfaellig")
                #expect(overdue.text.contains(references[0]) && overdue.text.contains(references[1]) && overdue.text.contains("überfällig"))

                // The second case waits 5 days for the applicant: its due date moves on by them.
                let second = "/intern/antraege/\(references[1])"
                _ = try await anna.get(second)
                #expect(try await anna.post(second + "/status", [("status", "inProgress")]).status == .seeOther)
                _ = try await anna.get(second)
                #expect(try await anna.post(second + "/status", [("status", "waitingForApplicant")]).status == .seeOther)
                #expect(!(try await anna.get("/intern/eingang?frist=ueberfaellig").text.contains(references[1])), "the clock stands still while waiting")
                clock.advance(by: 5 * 86_400)
                _ = try await BackOfficeTests.signIn(&anna, "anna", "ein-langes-passwort", now: clock.now)
                _ = try await anna.get(second)
                #expect(try await anna.post(second + "/status", [("status", "inProgress")]).status == .seeOther)
                // 14.12. + 5 days = Saturday 19.12. → Monday 21.12.2026.
                #expect(try await anna.get(second).text.contains("Fällig am: 21.12.2026</p>"))

                // Sorted: by due day the first case (14.12.) comes before the second (21.12.), newest first the other way round;
                // by status the received one before the one in progress.
                func order(_ path: String) async throws -> [String] {
                    let text = try await anna.get(path).text
                    return references.sorted { (text.range(of: $0)?.lowerBound ?? text.endIndex) < (text.range(of: $1)?.lowerBound ?? text.endIndex) }
                }
                #expect(try await order("/intern/eingang") == [references[1], references[0]])
                #expect(try await order("/intern/eingang?sortierung=frist") == [references[0], references[1]])
                #expect(try await order("/intern/eingang?sortierung=status") == [references[0], references[1]])
                let sorted = try await anna.get("/intern/eingang?sortierung=frist")
                #expect(sorted.text.contains(#"<option value="frist" selected>Frist, früheste zuerst</option>"#))
                #expect(try await anna.get("/intern/eingang?sortierung=unsinn").status == .ok, "an unknown order is newest first")

                // Cleared with an empty field.
                _ = try await anna.get(page)
                #expect(try await anna.post(page + "/wiedervorlage", [("wiedervorlage", "")]).location == page)
                #expect(!(try await anna.get("/intern/eingang?frist=wiedervorlage").text.contains(references[0])))
            }
        }
    }

    @Test("Received from/until filters the inbox; a named view is kept per person and only its owner deletes it")
    func dateRangeAndSavedViews() async throws {
        let clock = ManualClock()
        try await TestPortal.with(clock: clock) { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.addCaseWorker("bea", password: "ein-langes-passwort", name: "Bea Bauer", units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                let first = try await SubmissionAPITests.file(1, client: client)[0]
                clock.advance(by: 2 * 86_400)
                let second = try await SubmissionAPITests.file(1, client: client)[0]
                var anna = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&anna, "anna", "ein-langes-passwort", now: clock.now)
                let range = try await anna.get("/intern/eingang?von=01.12.2026&bis=02.12.2026")
                #expect(range.text.contains(second) && !range.text.contains(first))
                let early = try await anna.get("/intern/eingang?bis=30.11.2026")
                #expect(early.text.contains(first) && !early.text.contains(second))
                let bad = try await anna.get("/intern/eingang?von=1.12.")
                #expect(bad.status == .unprocessableContent && bad.text.contains("Eingangsdatum in der Form TT.MM.JJJJ"))

                _ = try await anna.get("/intern/eingang?von=01.12.2026")
                #expect(
                    try await anna.post("/intern/eingang/ansichten", [("name", ""), ("pfad", "/intern/eingang?von=01.12.2026")]).status == .unprocessableContent
                )
                let saved = try await anna.post(
                    "/intern/eingang/ansichten", [("name", "Seit Dezember"), ("pfad", "/intern/eingang?von=01.12.2026&evil=1&suche=")])
                #expect(saved.location == "/intern/eingang?von=01.12.2026", "only known parameters are kept")
                let inbox = try await anna.get("/intern/eingang")
                #expect(inbox.text.contains("<a href=\"/intern/eingang?von=01.12.2026\">Seit Dezember</a>"))
                let views = try await test.portal.savedFilters.filters(of: try #require(try await test.portal.staff.user(username: "anna")).id)
                let view = try #require(views.first)

                var bea = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&bea, "bea", "ein-langes-passwort", now: clock.now)
                _ = try await bea.get("/intern/eingang")
                #expect(!(try await bea.get("/intern/eingang").text.contains("Seit Dezember")), "views are per person")
                #expect(try await bea.post("/intern/eingang/ansichten/\(view.id)/loeschen", []).status == .notFound)
                _ = try await anna.get("/intern/eingang")
                #expect(try await anna.post("/intern/eingang/ansichten/\(view.id)/loeschen", []).location == "/intern/eingang")
                #expect(try await test.portal.savedFilters.filters(of: view.userID).isEmpty)
            }
        }
    }
}
