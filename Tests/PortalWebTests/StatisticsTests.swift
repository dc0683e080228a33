import Foundation
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Statistics dashboard: figures per period and service, compared, as CSV; bad choices refused")
struct StatisticsTests {
    static let berlin = TestClock.timeZone

    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static func record(_ test: TestPortal, _ kind: PortalEvent.Kind, _ service: Service, step: Int? = nil, detail: String? = nil, at: String, times: Int)
        async throws
    {
        for _ in 0..<times { try await test.portal.events.record(PortalEvent(kind, service: service.id, step: step, detail: detail, at: Self.at(at))) }
    }

    /// October 2026 against September for the well drilling (Untere Wasserbehörde); the lost property
    /// office belongs to the Ordnungsamt.
    static func seed(_ test: TestPortal) async throws {
        let well = DemoCatalog.wellDrilling
        try await record(test, .formStarted, well, at: "2026-10-05T08:00:00Z", times: 10)
        try await record(test, .stepReached, well, step: 1, at: "2026-10-05T08:05:00Z", times: 8)
        try await record(test, .submissionReceived, well, at: "2026-10-05T08:10:00Z", times: 4)
        // 31 October, 23:30 in Berlin: still October.
        try await record(test, .submissionReceived, well, at: "2026-10-31T22:30:00Z", times: 1)
        // 1 November, 00:30 in Berlin: not October any more.
        try await record(test, .submissionReceived, well, at: "2026-10-31T23:30:00Z", times: 3)
        try await record(test, .contactMessage, well, detail: "question", at: "2026-10-20T10:00:00Z", times: 1)
        try await record(test, .rating, well, detail: "4", at: "2026-10-20T10:00:00Z", times: 2)
        try await record(test, .caseDecided, well, detail: "3", at: "2026-10-21T10:00:00Z", times: 2)
        try await record(test, .caseDecided, well, detail: "7", at: "2026-10-22T10:00:00Z", times: 1)
        try await record(test, .statusChanged, well, detail: "withdrawn", at: "2026-10-22T10:00:00Z", times: 1)
        try await record(test, .formStarted, well, at: "2026-09-10T08:00:00Z", times: 5)
        try await record(test, .submissionReceived, well, at: "2026-09-10T08:10:00Z", times: 4)
        try await record(test, .submissionReceived, DemoCatalog.lostProperty, at: "2026-10-05T08:00:00Z", times: 50)
        // Part of the days counted up, the rest read from the events: the figures must not differ.
        _ = try await test.portal.events.rollUp(before: LocalDate(year: 2026, month: 10, day: 15)!)
    }

    static func row(_ cells: String...) -> String {
        "<tr><th scope=\"row\">\(cells[0])</th>" + cells.dropFirst().map { "<td class=\"number\">\($0)</td>" }.joined() + "</tr>"
    }

    @Test(
        "Statistics staff see their units' services: October against September with known figures, one service's steps, each table as CSV",
        arguments: TestDatabaseKind.allCases)
    func figures(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            try await test.addStaff(
                "stat", password: "ein-langes-passwort", name: "Stefan Statistik", roles: [.statistics], units: [DemoCatalog.waterAuthority])
            try await Self.seed(test)
            try await test.application().test(.router) { client in
                var staff = TestBrowser(client)
                let start = try await BackOfficeTests.signIn(&staff, "stat", "ein-langes-passwort")
                #expect(start.location == "/intern/statistik", "statistics staff start at the dashboard")
                // Today is 30 November 2026: the last whole month is October.
                let page = try await staff.get("/intern/statistik")
                #expect(page.status == .ok)
                let html = page.text
                #expect(html.contains("Zeitraum: Oktober 2026. Verglichen mit: September 2026."))
                #expect(html.contains(Self.row("Begonnene Online-Anträge", "10", "5", "+100,0 %")))
                #expect(html.contains(Self.row("Eingereichte Anträge", "5", "4", "+25,0 %")))
                #expect(html.contains(Self.row("Abschlussquote (eingereicht je begonnen)", "50,0 %", "80,0 %", "−30,0 Prozentpunkte")))
                #expect(html.contains(Self.row("Bearbeitungszeit, Median (Eingang bis Entscheidung)", "3 Tage", "–", "–")))
                #expect(html.contains(Self.row("90 % entschieden innerhalb von", "7 Tage", "–", "–")))
                #expect(html.contains(Self.row("Zufriedenheit (Durchschnitt)", "4,0 von 5 Sternen", "–", "–")))
                #expect(html.contains(Self.row("Kontaktanfragen je 100 Anträge", "20,0", "0,0", "+20,0")))
                #expect(html.contains(Self.row("Zurückgezogene Anträge", "1", "0", "–")))
                #expect(html.contains(Self.row("Frage zur Leistung", "1", "0", "–")) && html.contains(Self.row("Technisches Problem", "0", "0", "–")))
                #expect(html.contains("Brunnenbohrung") && !html.contains("Fundsache"), "only the unit's services")
                #expect(html.contains("<svg class=\"chart-svg\"") && html.contains("<desc id=\"diagramm-verlauf-beschreibung\">"))
                #expect(html.contains("insgesamt 5, am meisten 4 (05.10.2026)"))
                #expect(html.contains("href=\"/intern/statistik/kennzahlen.csv?zeitraum=monat&amp;jahr=2026&amp;monat=10\""))

                let csv = try await staff.get("/intern/statistik/kennzahlen.csv?zeitraum=monat&jahr=2026&monat=10")
                #expect(csv.status == .ok && csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(csv.headers[.contentDisposition] == "attachment; filename=\"statistik-kennzahlen-2026-10-01-bis-2026-10-31.csv\"")
                #expect(csv.text.hasPrefix("\u{FEFF}\"Kennzahl\",\"Zeitraum\",\"Vorzeitraum\",\"Veränderung\"\r\n"))
                #expect(csv.text.contains("\"Eingereichte Anträge\",\"5\",\"4\",\"'+25,0 %\"\r\n"), "a leading + is defused for spreadsheets")
                let series = try await staff.get("/intern/statistik/verlauf.csv?zeitraum=monat&jahr=2026&monat=10")
                #expect(series.text.contains("\"05.10.2026\",\"10\",\"4\"\r\n") && series.text.contains("\"31.10.2026\",\"0\",\"1\"\r\n"))

                // One service: its funnel step by step, no table per service.
                let one = try await staff.get("/intern/statistik?zeitraum=monat&jahr=2026&monat=10&leistung=\(DemoCatalog.wellDrilling.slug)")
                #expect(one.status == .ok)
                #expect(one.text.contains("<th scope=\"row\">Schritt 1 abgeschlossen: "))
                #expect(!one.text.contains("Nach Leistung"))
                let steps = try await staff.get("/intern/statistik/schritte.csv?zeitraum=monat&jahr=2026&monat=10&leistung=\(DemoCatalog.wellDrilling.slug)")
                #expect(steps.text.contains("\"Begonnen\",\"10\",\"100,0 %\",\"–\"\r\n") && steps.text.contains("\"Eingereicht\",\"5\",\"50,0 %\""))

                // A year that runs until today is compared with as many days of the year before.
                let year = try await staff.get("/intern/statistik?zeitraum=jahr&jahr=2026")
                #expect(year.text.contains("2026 (01.01.2026 bis 30.11.2026)") && year.text.contains("2025 (01.01.2025 bis 30.11.2025)"))
                #expect(year.text.contains(Self.row("Eingereichte Anträge", "12", "0", "–")))
            }
        }
    }

    @Test("Another unit's service, bad periods and markup in the fields: 422 with a message per problem, nothing shown; admins see every service")
    func badInput() async throws {
        try await TestPortal.with { test in
            try await test.addStaff(
                "stat", password: "ein-langes-passwort", name: "Stefan Statistik", roles: [.statistics], units: [DemoCatalog.waterAuthority])
            try await test.addStaff("chef", password: "ein-langes-passwort", name: "Clara Chefin", roles: [.admin], units: [DemoCatalog.publicOrder])
            try await test.addCaseWorker("sb", password: "ein-langes-passwort", name: "Sam Sachbearbeitung", units: [DemoCatalog.waterAuthority])
            try await Self.seed(test)
            try await test.application().test(.router) { client in
                var staff = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&staff, "stat", "ein-langes-passwort")
                let other = try await staff.get("/intern/statistik?leistung=\(DemoCatalog.lostProperty.slug)")
                #expect(other.status == .unprocessableContent)
                #expect(other.text.contains("Diese Leistung gibt es nicht, oder sie gehört zu keiner Ihrer Organisationseinheiten."))
                #expect(!other.text.contains("Kennzahlen</h2>"), "no figures for a refused choice")
                let bad = try await staff.get("/intern/statistik?zeitraum=frei&von=31.02.2026&bis=%3Cb%3Egestern%3C%2Fb%3E")
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("Geben Sie den Beginn als Datum im Format TT.MM.JJJJ an") && bad.text.contains("Geben Sie das Ende als Datum"))
                #expect(bad.text.contains("value=\"&lt;b&gt;gestern&lt;/b&gt;\"") && !bad.text.contains("<b>gestern"))
                for (query, message) in [
                    ("zeitraum=monat&jahr=2027&monat=1", "Wählen Sie ein Jahr zwischen 2000 und dem laufenden Jahr."),
                    ("zeitraum=monat&jahr=2026&monat=13", "Wählen Sie einen Monat von Januar bis Dezember."),
                    ("zeitraum=quartal&jahr=2026&quartal=0", "Wählen Sie ein Quartal von 1 bis 4."),
                    ("zeitraum=woche", "Wählen Sie als Zeitraum einen Monat"),
                    ("zeitraum=frei&von=10.03.2026&bis=09.03.2026", "Das Ende darf nicht vor dem Beginn liegen."),
                    ("zeitraum=frei&von=01.01.2020&bis=30.11.2026", "höchstens 1.096 Tage"),
                    ("zeitraum=frei&von=01.11.2026&bis=01.12.2026", "Der Zeitraum darf nicht nach dem heutigen Tag"),
                    ("zeitraum=monat&jahr=\(String(repeating: "9", count: 300))&monat=1", "Wählen Sie ein Jahr"),
                ] {
                    let refused = try await staff.get("/intern/statistik?" + query)
                    #expect(refused.status == .unprocessableContent, "\(query)")
                    #expect(refused.text.contains(message), "\(query)")
                }
                // A table's link with a bad choice leads back to the page, which says what is wrong.
                let table = try await staff.get("/intern/statistik/kennzahlen.csv?zeitraum=monat&jahr=2027&monat=1")
                #expect(table.status == .seeOther && table.location == "/intern/statistik?zeitraum=monat&jahr=2027&monat=1")

                var admin = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&admin, "chef", "ein-langes-passwort")
                let all = try await admin.get("/intern/statistik?zeitraum=monat&jahr=2026&monat=10&leistung=\(DemoCatalog.lostProperty.slug)")
                #expect(all.status == .ok && all.text.contains(Self.row("Eingereichte Anträge", "50", "0", "–")))

                var caseWorker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&caseWorker, "sb", "ein-langes-passwort")
                #expect(try await caseWorker.get("/intern/statistik").status == .forbidden)
                #expect(try await caseWorker.get("/intern/statistik/kennzahlen.csv").status == .forbidden)
            }
        }
    }

    @Test("A decision records the processing time in whole days once; a withdrawal records none", arguments: TestDatabaseKind.allCases)
    func processingTime(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in

            try await test.application().test(.router) { client in
                let references = try await SubmissionAPITests.file(2, client: client)
                let decided = try #require(try await test.portal.submissions.submission(reference: Reference(references[0])!))
                let withdrawn = try #require(try await test.portal.submissions.submission(reference: Reference(references[1])!))
                let later = TestClock.now.addingTimeInterval(3.5 * 86_400)
                _ = try await test.portal.submissions.changeStatus(of: decided.id, to: .inProgress, by: "staff:x", note: nil, at: later)
                _ = try await test.portal.submissions.changeStatus(of: decided.id, to: .decided, by: "staff:x", note: nil, at: later)
                _ = try await test.portal.submissions.changeStatus(
                    of: decided.id, to: .completed, by: "staff:x", note: nil, at: later.addingTimeInterval(86_400))
                _ = try await test.portal.submissions.changeStatus(of: withdrawn.id, to: .withdrawn, by: "staff:x", note: nil, at: later)
                let events = try await test.portal.events.events(from: .distantPast, to: .distantFuture).filter { $0.kind == .caseDecided }
                #expect(events.map(\.detail) == ["3"] && events.first?.serviceID == DemoCatalog.wellDrilling.id)
            }
        }
    }
}
