import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Open data: satisfaction and usage as CSV and JSON, without login")
struct OpenDataTests {
    @Test("The files hold the month's figures per published service; small counts are left empty; anyone may fetch them", arguments: TestDatabaseKind.allCases)
    func files(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let service = DemoCatalog.wellDrilling.id
            for stars in [5, 4, 4, 3, 5] {
                try await test.portal.feedback.save(Rating(serviceID: service, page: .confirmation, stars: stars, comment: "geheim", givenAt: TestClock.now))
            }
            try await test.portal.feedback.save(Rating(serviceID: DemoCatalog.treeFelling.id, page: .portal, stars: 1, comment: nil, givenAt: TestClock.now))
            for _ in 0..<8 { try await test.portal.events.record(PortalEvent(.formStarted, service: service, at: TestClock.now)) }
            let month = OpenDataFigures.Month(TestClock.now, in: TestClock.timeZone).text
            try await test.application().test(.router) { client in
                let csv = try await client.get("/opendata/satisfaction.csv")
                #expect(csv.status == .ok && csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(csv.headers[.accessControlAllowOrigin] == "*")
                let lines = csv.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
                #expect(
                    lines.first
                        == #""monat","leistungsschluessel","leistung","bewertungen","sterne_1","sterne_2","sterne_3","sterne_4","sterne_5","durchschnitt""#)
                #expect(lines.contains(#""\#(month)","","Anzeige einer Brunnenbohrung","5","0","0","1","2","2","4.2""#), "\(lines)")
                // One rating of the tree felling: counted nowhere visible.
                #expect(lines.contains(#""\#(month)","","Fällgenehmigung für Bäume beantragen","","","","","","","""#), "\(lines)")
                #expect(!csv.text.contains("geheim"), "comments are not published unless staff publish them")

                let json = try await client.get("/opendata/satisfaction.json")
                #expect(json.status == .ok && json.headers[.contentType] == "application/json; charset=utf-8")
                let items = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [[String: Any]])
                let well = try #require(items.first { $0["service"] as? String == "Anzeige einer Brunnenbohrung" })
                #expect(well["ratings"] as? Int == 5 && well["stars"] as? [Int] == [0, 0, 1, 2, 2] && (well["average"] as? NSNumber)?.doubleValue == 4.2)
                #expect(well["month"] as? String == month && well.keys.contains("leikaKey"))
                let tree = try #require(items.first { $0["service"] as? String == "Fällgenehmigung für Bäume beantragen" })
                #expect(tree["ratings"] is NSNull && tree["stars"] is NSNull && tree["average"] is NSNull)

                let usage = try await client.get("/opendata/usage.csv")
                #expect(usage.text.hasPrefix(#""monat","leistungsschluessel","leistung","begonnen","eingereicht","abschlussquote","median_bearbeitungstage""#))
                #expect(usage.text.contains(#""\#(month)","","Anzeige einer Brunnenbohrung","8","0","0","""#), "\(usage.text)")
                let usageJSON = try await client.get("/opendata/usage.json")
                let rows = try #require(try JSONSerialization.jsonObject(with: Data(usageJSON.text.utf8)) as? [[String: Any]])
                #expect(rows.first { $0["service"] as? String == "Anzeige einer Brunnenbohrung" }?["started"] as? Int == 8)

                // The catalogue for data portals and the page for people.
                let turtle = try await client.get("/opendata/catalog.ttl")
                #expect(turtle.status == .ok && turtle.headers[.contentType] == "text/turtle; charset=utf-8")
                #expect(turtle.text.contains("a dcat:Catalog") && turtle.text.contains("<http://dcat-ap.de/def/licenses/dl-by-de/2.0>"))
                #expect(turtle.text.contains("dcat:downloadURL <http://localhost/opendata/usage.csv>") || turtle.text.contains("/opendata/usage.csv>"))
                #expect(turtle.text.contains(#"foaf:name "Landkreis Test"@de"#))
                let jsonLD = try await client.get("/opendata/catalog.jsonld")
                let graph = try #require(try JSONSerialization.jsonObject(with: Data(jsonLD.text.utf8)) as? [String: Any])
                #expect((graph["@graph"] as? [Any])?.count == 8, "catalogue, publisher, 2 datasets, 4 distributions")
                let index = try await client.get("/opendata")
                #expect(index.status == .ok && index.text.contains(#"<a href="/opendata/satisfaction.csv">CSV herunterladen"#))
                #expect(index.text.contains("Anzahlen unter 5 lassen wir aus"))
                #expect(index.text.contains(#"<a href="/opendata">Offene Daten</a>"#), "linked from the footer")
            }
        }
    }
}
