import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Audit trail for admins and privacy officers (HTML, CSV)")
struct AuditTrailTests {
    @Test(
        "One case's trail names who opened, changed and assigned it; a period comes as CSV and the download is itself recorded",
        arguments: TestDatabaseKind.allCases)
    func trail(kind: TestDatabaseKind) async throws {
        let clock = ManualClock()
        try await TestPortal.with(kind, clock: clock) { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            let dsb = try await test.addStaff("dsb", password: "ein-langes-passwort", name: "Dana Datenschutz", roles: [.privacyOfficer], units: [])
            try await test.application().test(.router) { client in
                let references = try await SubmissionAPITests.file(1, client: client)
                let page = "/intern/antraege/\(references[0])"
                var anna = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&anna, "anna", "ein-langes-passwort")
                clock.advance(by: 60)
                _ = try await anna.get(page)
                clock.advance(by: 60)
                _ = try await anna.post(page + "/zustaendigkeit", [("_aktion", "mir")])
                clock.advance(by: 60)
                _ = try await anna.post(page + "/status", [("status", "inProgress")])

                var officer = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&officer, "dsb", "ein-langes-passwort")
                #expect(try await officer.get("/intern/protokoll").status == .ok)
                let trail = try await officer.get("/intern/protokoll?aktenzeichen=\(references[0].lowercased())")
                #expect(trail.status == .ok)
                for line in [
                    "<td>Anna Schäfer</td><td>Antrag geöffnet</td>", "<td>Anna Schäfer</td><td>Zuständigkeit geändert</td><td>Anna Schäfer</td>",
                    "<td>Anna Schäfer</td><td>Status geändert</td><td>Status: In Bearbeitung</td>",
                ] {
                    #expect(trail.text.contains(line), "\(line)")
                }
                let opened = try #require(trail.text.range(of: "Antrag geöffnet"))
                let changed = try #require(trail.text.range(of: "Status geändert"))
                #expect(opened.lowerBound < changed.lowerBound, "oldest first")
                let unknown = try await officer.get("/intern/protokoll?aktenzeichen=BRU-2026-ZZZZ-ZZZZ")
                #expect(unknown.status == .notFound && unknown.text.contains("Einen Vorgang mit diesem Aktenzeichen gibt es nicht."))

                let today = TestClock.today.german
                let csv = try await officer.get("/intern/protokoll/export?von=\(today)&bis=\(today)")
                #expect(csv.status == .ok)
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(csv.text.hasPrefix("\u{FEFF}\"Zeitpunkt\",\"Wer\",\"Was\",\"Aktenzeichen\",\"Betrifft\"\r\n"))
                #expect(csv.text.contains("\"Anna Schäfer\",\"Status geändert\",\"\(references[0])\",\"Status: In Bearbeitung\""))
                for (from, to, message) in [
                    ("gestern", today, "in der Form TT.MM.JJJJ"), (today, TestClock.today.adding(days: -1).german, "darf nicht vor „Von“ liegen"),
                    (TestClock.today.adding(days: -400).german, today, "höchstens 366 Tage"),
                ] {
                    let refused = try await officer.get("/intern/protokoll/export?von=\(from)&bis=\(to)")
                    #expect(refused.status == .unprocessableContent && refused.text.contains(message), "\(message)")
                }
                let exports = try await test.portal.audit.events(
                    from: TestClock.now.addingTimeInterval(-86_400), to: clock.now.addingTimeInterval(1), limit: 100
                )
                .filter { $0.action == .trailExported }
                #expect(exports.map(\.actor) == [AuditEvent.staff(dsb.id)], "the download is recorded, the refused ones are not")

                // A case worker sees neither.
                #expect(try await anna.get("/intern/protokoll").status == .forbidden)
                #expect(try await anna.get("/intern/protokoll/export?von=\(today)&bis=\(today)").status == .forbidden)
            }
        }
    }
}
