import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Public pages")
struct CatalogPagesTests {
    @Test("The start page lists topics and services; the search finds them without caring about case or umlauts")
    func startAndSearch() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                let start = try await browser.get("/")
                #expect(start.status == .ok)
                #expect(start.headers[.contentType] == "text/html; charset=utf-8")
                #expect(start.text.contains(#"<html lang="de">"#))
                #expect(start.text.contains("<h3>Umwelt und Wasser</h3>"))
                #expect(start.text.contains(#"<a href="/leistungen/brunnenbohrung-anzeigen">Anzeige einer Brunnenbohrung</a>"#))
                let search = try await browser.get("/?q=BRUNNEN")
                #expect(search.text.contains("Suchergebnisse für „BRUNNEN“"))
                #expect(search.text.contains("Anzeige einer Brunnenbohrung"))
                #expect(!search.text.contains("Fundsache melden</a>"))
                let umlaut = try await browser.get("/?q=bauakte%20eigentumer")
                #expect(umlaut.text.contains("Einsicht in die Bauakte beantragen"))
                let none = try await browser.get("/?q=%3Cscript%3E")
                #expect(none.text.contains("Suchergebnisse für „&lt;script&gt;“"))
                #expect(none.text.contains("Keine Leistung gefunden"))
            }
        }
    }

    @Test("A service page shows the catalogue entry, the start button and the privacy link")
    func servicePage() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                let page = try await browser.get("/leistungen/brunnenbohrung-anzeigen")
                #expect(page.status == .ok)
                #expect(page.text.contains("<title>Anzeige einer Brunnenbohrung – Serviceportal Landkreis Test</title>"))
                for heading in ["Ablauf", "Erforderliche Unterlagen", "Kosten", "Fristen", "Bearbeitungsdauer", "Rechtsgrundlage", "Rechtsbehelf", "Kontakt"] {
                    #expect(page.text.contains("<h2>\(heading)</h2>"), "\(heading)")
                }
                #expect(page.text.contains("<dd>Untere Wasserbehörde</dd>"))
                #expect(page.text.contains(#"href="/leistungen/brunnenbohrung-anzeigen/antrag" role="button">Online beantragen</a>"#))
                #expect(page.text.contains(#"href="/leistungen/brunnenbohrung-anzeigen/datenschutz""#))
                #expect(try await browser.get("/leistungen/brunnenbohrung-anzeigen/datenschutz").status == .ok)
            }
        }
    }

    @Test("Unknown pages get a German 404 page inside the layout")
    func notFound() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                for path in ["/leistungen/gibt-es-nicht", "/gibt-es-nicht", "/leistungen/gibt-es-nicht/antrag"] {
                    let page = try await browser.get(path)
                    #expect(page.status == .notFound, "\(path)")
                    #expect(page.text.contains("<h1>Seite nicht gefunden</h1>"), "\(path)")
                    #expect(page.text.contains(##"<a class="skip-link" href="#inhalt">"##))
                }
            }
        }
    }

    @Test("The language switch is remembered in a cookie and only returns to local pages")
    func language() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                let start = try await browser.get("/")
                #expect(start.text.contains(#"href="/sprache/en?zurueck=/""#))
                let switched = try await browser.get("/sprache/en?zurueck=/leistungen/brunnenbohrung-anzeigen")
                #expect(switched.status == .seeOther)
                #expect(switched.location == "/leistungen/brunnenbohrung-anzeigen")
                #expect(switched.headers[values: .setCookie].contains { $0.hasPrefix("sp_lang=en") && $0.contains("HttpOnly") && $0.contains("SameSite=Lax") })
                let english = try await browser.get("/leistungen/brunnenbohrung-anzeigen")
                #expect(english.text.contains(#"<html lang="en">"#))
                #expect(english.text.contains("Apply online"))
                #expect(try await browser.get("/sprache/en?zurueck=//evil.example").location == "/")
                #expect(try await browser.get("/sprache/en?zurueck=https://evil.example").location == "/")
                #expect(try await browser.get("/sprache/xx").status == .notFound)
                _ = try await browser.get("/sprache/de?zurueck=/")
                #expect(try await browser.get("/").text.contains(#"<html lang="de">"#))
            }
        }
    }

    @Test("Stylesheet and script are served with their types")
    func assets() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let css = try await client.get("/assets/portal.css")
                #expect(css.headers[.contentType] == "text/css; charset=utf-8")
                #expect(css.text.contains(":focus"))
                let script = try await client.get("/assets/portal.js")
                #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            }
        }
    }
}
