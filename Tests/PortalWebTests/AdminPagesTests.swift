import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import PortalViews
import Testing

@Suite("Portal pages written by admins")
struct AdminPagesTests {
    @Test(
        "Admins write the accessibility statement from a template; citizens read it escaped, with the feedback link; others may not edit",
        arguments: TestDatabaseKind.allCases)
    func pages(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            try await test.addStaff("admin", password: "geheim-und-lang", name: "Ada Admin", roles: [.admin], units: [])
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                var citizen = TestBrowser(client)
                #expect(try await citizen.get("/barrierefreiheit").text.contains("Diese Seite wird von der Verwaltung noch ergänzt."))
                var admin = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&admin, "admin", "geheim-und-lang")
                let list = try await admin.get("/intern/seiten")
                #expect(list.text.contains("## Nicht barrierefreie Inhalte"))
                let empty = try await admin.post("/intern/seiten/barrierefreiheit", [("titel", " "), ("text", "x")])
                #expect(empty.status == .unprocessableContent)
                let saved = try await admin.post(
                    "/intern/seiten/barrierefreiheit",
                    [
                        ("titel", "Erklärung zur Barrierefreiheit"),
                        ("text", "Wir bemühen uns <script>um Barrierefreiheit</script>.\n\n## Nicht barrierefreie Inhalte\n- PDF-Bescheide\n- Karten"),
                    ])
                #expect(saved.location == "/intern/seiten#seite-barrierefreiheit")
                let page = try await citizen.get("/barrierefreiheit")
                #expect(page.text.contains("<h1>Erklärung zur Barrierefreiheit</h1>"))
                #expect(page.text.contains("<p>Wir bemühen uns &lt;script&gt;um Barrierefreiheit&lt;/script&gt;.</p>"))
                #expect(page.text.contains("<h2>Nicht barrierefreie Inhalte</h2>"))
                #expect(page.text.contains("<ul><li>PDF-Bescheide</li><li>Karten</li></ul>"))
                #expect(page.text.contains(#"<a href="/kontakt">Barriere melden (Barrierefreiheit)</a>"#))
                #expect(try await admin.post("/intern/seiten/kontakt", [("titel", "X"), ("text", "Y")]).status == .notFound)
                var editor = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&editor, "redaktion", "geheim-und-lang")
                #expect(try await editor.get("/intern/seiten").status == .forbidden)
            }
        }
    }

    @Test("The Markdown subset escapes everything and knows only headings, lists and paragraphs")
    func simpleText() {
        #expect(
            SimpleText.render("**fett** <b>\nzweite Zeile\n\n- a\n- b\n## Titel\nText").rendered
                == "<p>**fett** &lt;b&gt; zweite Zeile</p>\n<ul><li>a</li><li>b</li></ul>\n<h2>Titel</h2>\n<p>Text</p>")
    }
}
