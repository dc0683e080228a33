import Foundation
import Hummingbird
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import PortalWeb
import Testing

@Suite("Portal settings: name, logo, accent colour, contact address (HTML)")
struct PortalSettingsPageTests {
    static let password = "ein-langes-passwort"
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!
    static let svg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 40">
        <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
        <defs><linearGradient id="g"><stop offset="0" stop-color="#003e6b"/></linearGradient></defs>
        <title>Wappen</title><rect width="100" height="40" style="fill:url(#g)"/><use xlink:href="#g"/><text x="5" y="25">Kreis</text>
        </svg>
        """

    static func fields(name: String = "", colour: String = "", contact: String = "", removeLogo: Bool = false) -> [(String, String)] {
        [("name", name), ("farbe", colour), ("kontakt", contact)] + (removeLogo ? [("logo-entfernen", "ja")] : [])
    }

    @Test("The SVG check lets shapes, text, gradients and metadata through and refuses what could run or reach outside")
    func svgCheck() {
        #expect(SVGLogoCheck.check(Array(Self.svg.utf8)) == nil)
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg">"#
        for (body, part) in [
            ("<script>alert(1)</script>", "<script>"), (#"<rect onload="alert(1)"/>"#, "onload"),
            (#"<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>"#, "<foreignObject>"),
            (#"<image href="https://tracker.example/pixel.png"/>"#, "<image>"), (#"<a href="javascript:alert(1)">x</a>"#, "<a>"),
            (#"<use href="https://example.org/sprite.svg#x"/>"#, #"href="https://example.org/sprite.svg#x""#),
            (#"<rect style="fill:url(https://example.org/x)"/>"#, "style"), ("<style>@import url(x.css);</style>", "<style>"),
        ] {
            #expect(SVGLogoCheck.check(Array((svg + body + "</svg>").utf8)) == .unsafeSVG(part), "\(body)")
        }
        #expect(
            SVGLogoCheck.check(Array(#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg/>"#.utf8)) == .unsafeSVG("<!DOCTYPE>"))
        #expect(SVGLogoCheck.check(Array(#"<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>"#.utf8)) == .notAnImage)
        #expect(SVGLogoCheck.check(Array("<svg>no namespace</svg>".utf8)) == .notAnImage)
        #expect(SVGLogoCheck.check(Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>".utf8)) == .notAnImage, "not well-formed")
    }

    @Test(
        "An admin sets name, colour, contact and a PNG logo: every page shows them, the logo and colour are served, the change is audited",
        arguments: TestDatabaseKind.allCases)
    func setAndShow(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let admin = try await test.addStaff("admin", password: Self.password, name: "Ada Admin", roles: [.admin], units: [])
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "admin", Self.password)
                let page = try await browser.get("/intern/verwaltung/einstellungen")
                #expect(page.status == .ok)
                #expect(page.text.contains("Leer lassen für „Serviceportal Landkreis Test“"))
                #expect(page.text.contains(#"enctype="multipart/form-data""#))
                #expect(try await browser.get("/intern/verwaltung").text.contains(#"href="/intern/verwaltung/einstellungen""#))

                let saved = try await browser.postMultipart(
                    "/intern/verwaltung/einstellungen", Self.fields(name: "Serviceportal Kreis Nord", colour: "#1A5E20", contact: "portal@kreis-nord.de"),
                    files: [(field: "logo", name: "wappen.png", data: Self.png)])
                #expect(saved.location == "/intern/verwaltung/einstellungen", "\(saved.text.prefix(400))")
                let stored = try await test.portal.portalSettings.settings()
                #expect(stored.portalName == "Serviceportal Kreis Nord" && stored.accentColour?.hex == "1a5e20")
                #expect(stored.contactEmail == "portal@kreis-nord.de" && stored.logo == PortalLogo(mediaType: .png, bytes: Array(Self.png)))
                let trail = try await test.portal.audit.events(target: "settings", limit: 5)
                #expect(trail.map(\.action) == [.portalSettingsChanged] && trail.first?.actor == AuditEvent.staff(admin.id))
                #expect(try await test.portal.portalSettings.portalName() == "Serviceportal Kreis Nord")

                var visitor = TestBrowser(client)
                let home = try await visitor.get("/")
                #expect(home.text.contains("<title>Serviceportal Kreis Nord</title>") || home.text.contains("Serviceportal Kreis Nord</title>"))
                #expect(home.text.contains(#"<link rel="stylesheet" href="/darstellung/1a5e20.css">"#))
                #expect(home.text.contains(#"<a href="mailto:portal@kreis-nord.de">portal@kreis-nord.de</a>"#))
                let logoPath = try #require(home.text.firstMatch(of: /<img class="portal-logo" src="(\/logo\/[0-9a-f]{16}\.png)" alt="">/)).1
                let logo = try await visitor.get(String(logoPath))
                #expect(logo.status == .ok && logo.headers[.contentType] == "image/png" && Array(logo.body.readableBytesView) == Array(Self.png))
                #expect(logo.headers[.contentSecurityPolicy]?.contains("sandbox") == true)
                #expect(try await visitor.get("/logo/0000000000000000.png").status == .notFound)
                let css = try await visitor.get("/darstellung/1a5e20.css")
                #expect(css.status == .ok && css.text == ":root { --brand: #1a5e20; }\n" && css.headers[.contentType] == "text/css; charset=utf-8")
                for bad in ["/darstellung/1A5E20.css", "/darstellung/fff.css", "/darstellung/zzzzzz.css", "/darstellung/1a5e20.js"] {
                    #expect(try await visitor.get(bad).status == .notFound, "\(bad)")
                }

                // Emptied fields fall back to the configuration; the logo is removed on request.
                #expect(try await browser.postMultipart("/intern/verwaltung/einstellungen", Self.fields(removeLogo: true), files: []).status == .seeOther)
                let plain = try await visitor.get("/")
                #expect(plain.text.contains("Serviceportal Landkreis Test") && !plain.text.contains("portal-logo") && !plain.text.contains("/darstellung/"))
                #expect(try await test.portal.portalSettings.settings().logo == nil)
            }
        }
    }

    @Test("Refused with the reason and nothing changed: a too light colour, a bad colour or address, a disguised HTML file, an SVG with a script")
    func refusals() async throws {
        try await TestPortal.with { test in
            _ = try await test.addStaff("admin", password: Self.password, name: "Ada Admin", roles: [.admin], units: [])
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "admin", Self.password)
                let cases: [([(String, String)], [(field: String, name: String, data: Data)], String)] = [
                    (Self.fields(colour: "#ffbf47"), [], "nur einen Kontrast von 1,6 : 1, nötig sind mindestens 4,5 : 1"),
                    (Self.fields(colour: "dunkelblau"), [], "Geben Sie die Farbe als Hex-Wert ein"),
                    (Self.fields(contact: "portal-at-kreis"), [], "Geben Sie die Kontaktadresse in der Form"),
                    (Self.fields(name: String(repeating: "Ä", count: 101)), [], "höchstens 100 Zeichen"),
                    (
                        Self.fields(name: "Neu"),
                        [(field: "logo", name: "logo.png", data: Data("<!DOCTYPE html><html><body onload=alert(1)></body></html>".utf8))],
                        "Die Datei ist kein PNG- oder SVG-Bild"
                    ),
                    (
                        Self.fields(name: "Neu"),
                        [(field: "logo", name: "logo.svg", data: Data(#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.utf8))],
                        "Die SVG-Datei enthält „&lt;script&gt;“"
                    ),
                    (Self.fields(name: "Neu"), [(field: "logo", name: "leer.png", data: Data())], "Die gewählte Datei ist leer"),
                ]
                for (fields, files, message) in cases {
                    let refused = try await browser.postMultipart("/intern/verwaltung/einstellungen", fields, files: files)
                    #expect(refused.status == .unprocessableContent, "\(message)")
                    #expect(refused.text.contains(message), "\(message)")
                    #expect(refused.text.contains("Fehler:"), "the title says there are errors")
                }
                #expect(try await test.portal.portalSettings.settings() == PortalSettings())
                #expect(try await test.portal.audit.events(target: "settings", limit: 5).isEmpty)

                // An SVG logo that passes is served as an image with its own strict policy.
                let saved = try await browser.postMultipart(
                    "/intern/verwaltung/einstellungen", Self.fields(), files: [(field: "logo", name: "wappen.svg", data: Data(Self.svg.utf8))])
                #expect(saved.status == .seeOther)
                let page = try await browser.get("/intern/verwaltung/einstellungen")
                let path = try #require(page.text.firstMatch(of: /src="(\/logo\/[0-9a-f]{16}\.svg)"/)).1
                let logo = try await browser.get(String(path))
                #expect(logo.headers[.contentType] == "image/svg+xml" && logo.text.contains("<title>Wappen</title>"))
            }
        }
    }
}
