import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Test mode: staff file test applications of drafts and published forms")
struct TestModeTests {
    static let base = "/intern/redaktion/leistungen/hundesteuer-anmelden"

    @Test("A draft is filled in test mode, marked as test in inbox, API and case page, left out of statistics and deleted in bulk")
    func draftTestSubmission() async throws {
        try await TestPortal.with { test in
            try await test.addStaff(
                "redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor, .caseWorker], units: [DemoCatalog.publicOrder])
            try await test.addStaff("wasser", password: "geheim-und-lang", name: "Willi Wasser", roles: [.editor], units: [DemoCatalog.waterAuthority])
            let key = try await test.portal.createAPIKey(orgUnitSlug: "ordnungsamt", name: "Fachverfahren").text
            try await test.application().test(.router) { client in
                var editor = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&editor, "redaktion", "geheim-und-lang")
                _ = try await editor.get("/intern/redaktion")
                _ = try await editor.post(
                    "/intern/redaktion/leistungen", [("titel", "Hundesteuer anmelden"), ("kurzname", "hundesteuer-anmelden"), ("stelle", "ordnungsamt")])
                var page = try await editor.get(Self.base)
                _ = try await editor.post(
                    Self.base + "/entwurf", [("revision", try EditorTests.revision(page)), ("_aktion", "schritt-hinzufuegen"), ("titel", "Ihr Hund")])
                page = try await editor.get(Self.base + "/entwurf/schritte/1")
                _ = try await editor.post(
                    Self.base + "/entwurf/schritte/1",
                    [
                        ("revision", try EditorTests.revision(page)), ("_aktion", "feld-hinzufuegen"), ("art", "text"), ("beschriftung", "Name des Hundes"),
                    ])
                page = try await editor.get(Self.base)
                #expect(page.text.contains("Entwurf testen"))
                #expect(!page.text.contains("Veröffentlichte Version testen"), "nothing is published yet")

                // Citizens cannot reach the unpublished form; without staff sign-in test mode cannot start.
                var citizen = TestBrowser(client)
                #expect(try await citizen.get("/leistungen/hundesteuer-anmelden/antrag").status == .notFound)
                _ = try await citizen.get("/leistungen/fundsache-melden/antrag")
                _ = try await citizen.get("/leistungen/fundsache-melden/antrag/schritt/1")
                #expect(try await citizen.post("/intern/test/hundesteuer-anmelden", [("fassung", "entwurf")]).location == "/intern/anmelden")
                var other = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&other, "wasser", "geheim-und-lang")
                _ = try await other.get("/intern/redaktion")
                #expect(try await other.post("/intern/test/hundesteuer-anmelden", [("fassung", "entwurf")]).status == .notFound, "another org unit's service")
                #expect(try await editor.post("/intern/test/hundesteuer-anmelden", [("fassung", "irgendwas")]).status == .badRequest)

                let started = try await editor.post("/intern/test/hundesteuer-anmelden", [("fassung", "entwurf")])
                #expect(started.location == "/leistungen/hundesteuer-anmelden/antrag")
                let first = try await editor.get("/leistungen/hundesteuer-anmelden/antrag")
                #expect(first.location == "/leistungen/hundesteuer-anmelden/antrag/schritt/1")
                let step = try await editor.get("/leistungen/hundesteuer-anmelden/antrag/schritt/1")
                #expect(step.status == .ok)
                #expect(step.text.contains("Testmodus: Was Sie hier einreichen, wird als Testantrag gekennzeichnet"))
                #expect(step.text.contains("Name des Hundes"))
                #expect(
                    try await editor.post("/leistungen/hundesteuer-anmelden/antrag/schritt/1", [("name_des_hundes", "Bello")]).location
                        == "/leistungen/hundesteuer-anmelden/antrag/pruefen")
                #expect(
                    try await editor.post("/leistungen/hundesteuer-anmelden/antrag/pruefen", []).location
                        == "/leistungen/hundesteuer-anmelden/antrag/eingegangen")
                let received = try await editor.get("/leistungen/hundesteuer-anmelden/antrag/eingegangen")
                #expect(received.text.contains("Testmodus"))

                // Marked in the inbox, on the case page and in the hand-over API; not counted as use.
                let inbox = try await editor.get("/intern/eingang")
                #expect(inbox.text.contains("<strong class=\"tag tag-test\">Test</strong>"))
                let stored = try #require(
                    try await test.portal.submissions.inbox(InboxQuery(orgUnits: [DemoCatalog.publicOrder.id], reader: .init(UUID()))).first)
                #expect(stored.isTest)
                let submission = try #require(try await test.portal.submissions.submission(id: stored.id))
                let version = try #require(try await test.portal.catalog.formVersion(id: submission.formVersionID))
                #expect(version.isTestCopy, "a draft's test answers point at its frozen copy")
                #expect(try await test.portal.catalog.formVersions(of: version.serviceID).isEmpty, "a test copy is no published version")
                let casePage = try await editor.get("/intern/antraege/\(stored.reference.rawValue)")
                #expect(casePage.text.contains("Dies ist ein Testantrag aus dem Testmodus."))
                #expect(try await test.portal.submissions.counts(since: .distantPast)[version.serviceID] == nil)
                let list = try await client.execute(uri: "/api/v1/submissions", method: .get, headers: [.authorization: "Bearer \(key)"])
                #expect(String(buffer: list.body).contains("\"test\":true"))
                let document = try await client.execute(
                    uri: "/api/v1/submissions/\(stored.reference.rawValue)", method: .get, headers: [.authorization: "Bearer \(key)"])
                #expect(String(buffer: document.body).contains("\"test\":true"))

                // Leaving test mode drops the test answers and brings the editor back.
                let ended = try await editor.post("/leistungen/hundesteuer-anmelden/antrag/test-beenden", [])
                #expect(ended.location == Self.base)
                #expect(try await editor.get("/leistungen/hundesteuer-anmelden/antrag").status == .notFound)

                page = try await editor.get(Self.base)
                #expect(page.text.contains("1 Testantrag liegt vor."))
                let deleted = try await editor.post(Self.base + "/entwurf", [("_aktion", "testantraege-loeschen")])
                #expect(deleted.location == Self.base + "#testmodus")
                page = try await editor.get(Self.base)
                #expect(page.text.contains("1 Testantrag ist gelöscht."))
                #expect(!page.text.contains("Testantrag liegt vor"))
                #expect(try await test.portal.submissions.submission(reference: stored.reference) == nil)
            }
        }
    }

    @Test("The published version can be tested too, while citizens keep filing normally")
    func publishedTestSubmission() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                var editor = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&editor, "redaktion", "geheim-und-lang")
                _ = try await editor.get("/intern/redaktion")
                let page = try await editor.get("/intern/redaktion/leistungen/brunnenbohrung-anzeigen")
                #expect(page.text.contains("Veröffentlichte Version testen"))
                let started = try await editor.post("/intern/test/brunnenbohrung-anzeigen", [("fassung", "veroeffentlicht")])
                #expect(started.location == "/leistungen/brunnenbohrung-anzeigen/antrag")
                _ = try await editor.get("/leistungen/brunnenbohrung-anzeigen/antrag")
                #expect(try await editor.get("/leistungen/brunnenbohrung-anzeigen/antrag/schritt/1").text.contains("Testmodus"))
                #expect(!(try await editor.get("/leistungen/brunnenbohrung-anzeigen")).text.contains("Testmodus: "), "only the form's pages")
                var citizen = TestBrowser(client)
                _ = try await citizen.get("/leistungen/brunnenbohrung-anzeigen/antrag")
                #expect(!(try await citizen.get("/leistungen/brunnenbohrung-anzeigen/antrag/schritt/1")).text.contains("Testmodus"))
                let filed = try await SubmissionAPITests.file(1, client: client)
                let reference = try #require(Reference(filed[0]))
                #expect(try await test.portal.submissions.submission(reference: reference)?.isTest == false)
            }
        }
    }
}
