import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import SQLKit
import Testing

@Suite("Feedback: anonymous ratings from the confirmation page and the footer")
struct FeedbackTests {
    static func ratings(_ test: TestPortal) async throws -> [Rating] {
        try await test.portal.feedback.ratings(of: nil, from: .distantPast, to: .distantFuture)
    }

    @Test(
        "After filing, the confirmation page asks for a rating; it is stored with the service, without anything about the person",
        arguments: TestDatabaseKind.allCases)
    func fromConfirmation(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            try await test.application().test(.router) { client in
                var applicant = TestBrowser(client)
                try await FormFlowTests.fileAll(&applicant)
                let confirmation = try await applicant.get(FormFlowTests.base + "/eingegangen")
                #expect(confirmation.text.contains("Wie zufrieden sind Sie mit diesem Online-Dienst?"))
                #expect(confirmation.text.contains(#"name="leistung" value="brunnenbohrung-anzeigen""#))
                let sent = try await applicant.post(
                    "/rueckmeldung",
                    [("seite", "bestaetigung"), ("leistung", "brunnenbohrung-anzeigen"), ("sterne", "4"), ("kommentar", "  Schritt 3 war <b>unklar</b>.  ")])
                #expect(sent.location == "/rueckmeldung?gesendet=ja&leistung=brunnenbohrung-anzeigen")
                let thanks = try await applicant.get(try #require(sent.location))
                #expect(thanks.text.contains("Vielen Dank für Ihre Rückmeldung."))
                #expect(thanks.text.contains("Rückmeldung zu „Anzeige einer Brunnenbohrung“"))
                let stored = try await Self.ratings(test)
                #expect(
                    stored == [
                        Rating(
                            serviceID: DemoCatalog.wellDrilling.id, page: .confirmation, stars: 4, comment: "Schritt 3 war <b>unklar</b>.",
                            givenAt: TestClock.now)
                    ])
                let events = try await test.portal.events.events(from: .distantPast, to: .distantFuture).filter { $0.kind == .rating }
                #expect(events == [PortalEvent(.rating, service: DemoCatalog.wellDrilling.id, detail: "4", at: TestClock.now)])
                // The table has no column that could name the person.
                let columns = try await test.portal.database.reader.raw("SELECT * FROM ratings").first()?.allColumns ?? []
                #expect(Set(columns) == ["seq", "service_id", "page", "stars", "comment", "given_at", "published_at", "hidden_at"])
            }
        }
    }

    @Test("The footer's page: missing or wrong stars, a long comment, an unknown service, a flood: each refused with its reason, nothing stored")
    func badInput() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                var visitor = TestBrowser(client)
                let page = try await visitor.get("/rueckmeldung")
                #expect(page.status == .ok)
                #expect(page.text.contains("Wie zufrieden sind Sie mit dem Serviceportal?"))
                #expect(page.text.contains(#"<a href="/rueckmeldung">Rückmeldung geben</a>"#), "linked from the footer of every page")
                for stars in ["", "0", "6", "drei", "4.5"] {
                    let refused = try await visitor.post("/rueckmeldung", [("seite", "portal"), ("sterne", stars), ("kommentar", "<script>alert(1)</script>")])
                    #expect(refused.status == .unprocessableContent, "\(stars)")
                    #expect(refused.text.contains("Bitte wählen Sie eine Bewertung von 1 bis 5 Sternen."))
                    #expect(refused.text.contains(##"<a href="#bewertung-1">"##), "the summary links to the first star")
                    #expect(refused.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !refused.text.contains("<script>alert"))
                }
                let long = try await visitor.post("/rueckmeldung", [("sterne", "2"), ("kommentar", String(repeating: "ä", count: 1001))])
                #expect(long.status == .unprocessableContent && long.text.contains("höchstens 1.000 Zeichen"))
                #expect(long.text.contains(#"id="bewertung-2" name="sterne" type="radio" value="2" checked"#), "the chosen stars stay")
                #expect(try await visitor.post("/rueckmeldung", [("sterne", "5"), ("leistung", "gibt-es-nicht")]).status == .notFound)
                #expect(try await visitor.post("/rueckmeldung", [("sterne", "5"), ("seite", "irgendwo")]).status == .badRequest)
                #expect(try await visitor.post("/rueckmeldung", [("sterne", "5"), ("name", "Erika")]).status == .badRequest)
                #expect(try await visitor.get("/rueckmeldung?leistung=gibt-es-nicht").status == .notFound)
                #expect(try await Self.ratings(test).isEmpty)

                // Ten ratings an hour from one client; the eleventh is refused and not stored.
                for _ in 0..<10 { #expect(try await visitor.post("/rueckmeldung", [("sterne", "5")]).status == .seeOther) }
                let flood = try await visitor.post("/rueckmeldung", [("sterne", "1")])
                #expect(flood.status == .tooManyRequests)
                #expect(flood.text.contains("schon viele Bewertungen"))
                let stored = try await Self.ratings(test)
                #expect(stored.count == 10 && stored.allSatisfy { $0.stars == 5 && $0.page == .portal && $0.serviceID == nil && $0.comment == nil })
            }
        }
    }

    @Test(
        "Statistics staff publish their units' comments in the open data and hide them again; other comments are not theirs",
        arguments: TestDatabaseKind.allCases)
    func moderation(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            try await test.addStaff(
                "stat", password: "ein-langes-passwort", name: "Stefan Statistik", roles: [.statistics], units: [DemoCatalog.waterAuthority])
            for stars in [5, 4, 4, 3] {
                try await test.portal.feedback.save(
                    Rating(serviceID: DemoCatalog.wellDrilling.id, page: .confirmation, stars: stars, comment: nil, givenAt: TestClock.now))
            }
            try await test.portal.feedback.save(
                Rating(serviceID: DemoCatalog.wellDrilling.id, page: .confirmation, stars: 2, comment: "Schritt 3 war <b>unklar</b>.", givenAt: TestClock.now))
            try await test.portal.feedback.save(
                Rating(serviceID: DemoCatalog.lostProperty.id, page: .service, stars: 1, comment: "Fundbüro", givenAt: TestClock.now))
            try await test.portal.feedback.save(Rating(serviceID: nil, page: .portal, stars: 3, comment: "Portal", givenAt: TestClock.now))
            let comments = try await test.portal.feedback.comments(about: nil, limit: 10)
            let well = try #require(comments.first { $0.serviceID == DemoCatalog.wellDrilling.id })
            // The lost-property office belongs to the Ordnungsamt, not to this member of staff's unit.
            let tree = try #require(comments.first { $0.serviceID == DemoCatalog.lostProperty.id })
            try await test.application().test(.router) { client in
                #expect(try await client.get("/opendata/satisfaction.json").text.contains(#""comments":[]"#))
                var staff = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&staff, "stat", "ein-langes-passwort")
                let page = try await staff.get("/intern/statistik/kommentare")
                #expect(page.status == .ok)
                #expect(page.text.contains("Schritt 3 war &lt;b&gt;unklar&lt;/b&gt;.") && !page.text.contains("Fundbüro") && !page.text.contains(">Portal<"))
                #expect(try await staff.post("/intern/statistik/kommentare/\(tree.id)", [("_aktion", "veroeffentlichen")]).status == .notFound)
                #expect(try await staff.post("/intern/statistik/kommentare/\(well.id)", []).status == .badRequest)
                let published = try await staff.post("/intern/statistik/kommentare/\(well.id)", [("_aktion", "veroeffentlichen")])
                #expect(published.location == "/intern/statistik/kommentare")
                #expect(try await staff.get("/intern/statistik/kommentare").text.contains("Der Kommentar ist veröffentlicht."))
                #expect(try await client.get("/opendata/satisfaction.json").text.contains(#""comments":["Schritt 3 war <b>unklar</b>."]"#))
                #expect(!(try await client.get("/opendata/satisfaction.csv").text.contains("unklar")), "comments are in the JSON only")
                _ = try await staff.post("/intern/statistik/kommentare/\(well.id)", [("_aktion", "verbergen")])
                #expect(try await client.get("/opendata/satisfaction.json").text.contains(#""comments":[]"#))
                #expect(try await test.portal.feedback.comment(id: well.id)?.state == .hidden)
                #expect(try await test.portal.feedback.comment(id: tree.id)?.state == .new)
            }
        }
    }
}
