import Foundation
import HTTPTypes
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

/// What a first real use of the portal found (issue 21): each test failed before its fix.
@Suite("First use: rough edges citizens, case workers and editors ran into")
struct FirstUseTests {
    @Test("Konto löschen shows a password field, not its markup as text, and deleting with the password works")
    func deleteAccount() async throws {
        try await TestPortal.with { test in
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var citizen = TestBrowser(client)
                try await AccountTests.signedIn(&citizen, "erika@example.de", mail)
                let home = try await citizen.get("/konto")
                #expect(home.text.contains(#"<input class="input" id="loeschen-passwort" name="passwort" type="password" autocomplete="current-password">"#))
                #expect(MarkupAsText.find(in: home.text) == [])
                let deleted = try await citizen.post("/konto/loeschen", [("passwort", AccountTests.password)])
                #expect(deleted.status == .ok && deleted.text.contains("Ihr Konto ist gelöscht"), "\(deleted.text.prefix(300))")
                #expect(try await test.portal.accounts.account(email: "erika@example.de") == nil)
            }
        }
    }

    @Test("HEAD answers like GET without a body")
    func head() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                for path in ["/", "/leistungen/brunnenbohrung-anzeigen", "/impressum", "/api/v1/services", "/healthz"] {
                    let get = try await client.execute(uri: path, method: .get)
                    let head = try await client.execute(uri: path, method: .head)
                    #expect(head.status == get.status && head.status == .ok, "\(path)")
                    #expect(head.headers[.contentType] == get.headers[.contentType], "\(path)")
                    #expect(head.body.readableBytes == 0, "\(path)")
                }
                #expect(try await client.execute(uri: "/gibt-es-nicht", method: .head).status == .notFound)
            }
        }
    }

    @Test("A staff member without the right for a page is told so (403) with a link to their own start page, not about a stale form")
    func missingRights() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                var editor = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&editor, "redaktion", "geheim-und-lang")
                for path in ["/intern/eingang", "/intern/seiten", "/intern/pruefung", "/intern/datenschutz"] {
                    let page = try await editor.get(path)
                    #expect(page.status == .forbidden, "\(path)")
                    #expect(page.text.contains("Für diese Seite fehlt Ihnen die Berechtigung"), "\(path)")
                    #expect(!page.text.contains("Formular war veraltet"), "\(path)")
                    #expect(page.text.contains(#"<a href="/intern/redaktion">"#), "\(path)")
                }
                // A stale form is still called that.
                let stale = try await editor.post("/intern/abmelden", [], csrf: "veraltet")
                #expect(stale.status == .forbidden && stale.text.contains("Formular war veraltet"))
            }
        }
    }

    @Test("Messages keep their paragraphs and line breaks on both sides, and stay escaped")
    func messageLineBreaks() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var citizen = TestBrowser(client)
                try await AccountTests.signedIn(&citizen, "erika@example.de", mail)
                try await FormFlowTests.fileAll(&citizen)
                let account = try #require(try await test.portal.accounts.account(email: "erika@example.de"))
                let reference = try #require(try await test.portal.accounts.submissions(of: account.id).first?.reference.rawValue)
                _ = try await citizen.get("/konto/antraege/\(reference)")
                // As a browser sends a textarea: CRLF line ends.
                let body = "Guten Tag,\r\nanbei <b>zwei</b> Zeilen.\r\n\r\nMit Grüßen\r\nErika"
                #expect(try await citizen.postMultipart("/konto/antraege/\(reference)/nachrichten", [("nachricht", body)], files: []).status == .seeOther)
                let expected = "<p>Guten Tag,<br>anbei &lt;b&gt;zwei&lt;/b&gt; Zeilen.</p>\n<p>Mit Grüßen<br>Erika</p>"
                #expect(try await citizen.get("/konto/antraege/\(reference)").text.contains(expected))
                var worker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&worker, "anna", "ein-langes-passwort")
                #expect(try await worker.get("/intern/antraege/\(reference)").text.contains(expected))
            }
        }
    }
}

/// Finds markup printed as text: what a `String` interpolated where `HTML` was meant looks like.
enum MarkupAsText {
    static let signs = ["&lt;div", "&lt;p", "&lt;input", "&lt;label", "&lt;form", "&lt;a ", "&lt;span", "&lt;button", "&lt;li", "&lt;ul", "class=&quot;"]

    static func find(in page: String) -> [String] {
        signs.filter { page.contains($0) }
    }
}
