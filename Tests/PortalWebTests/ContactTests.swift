import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Contact form (HTML)")
struct ContactTests {
    @Test(
        "A question about a service reaches its office, a barrier report the admins; the sender gets a receipt; bad input is named",
        arguments: TestDatabaseKind.allCases)
    func contact(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            try await test.addStaff("wasser", password: "geheim-und-lang", name: "Willi Wasser", roles: [.caseWorker], units: [DemoCatalog.waterAuthority])
            try await test.addStaff("ordnung", password: "geheim-und-lang", name: "Olaf Ordnung", roles: [.caseWorker], units: [DemoCatalog.publicOrder])
            try await test.addStaff("admin", password: "geheim-und-lang", name: "Ada Admin", roles: [.admin], units: [])
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var citizen = TestBrowser(client)
                let service = try await citizen.get("/leistungen/brunnenbohrung-anzeigen")
                #expect(service.text.contains(#"<a href="/leistungen/brunnenbohrung-anzeigen/kontakt">Nachricht an die zuständige Stelle schreiben</a>"#))
                let form = try await citizen.get("/leistungen/brunnenbohrung-anzeigen/kontakt")
                #expect(form.text.contains("Nachricht zu „Anzeige einer Brunnenbohrung“"))
                let bad = try await citizen.post(
                    "/leistungen/brunnenbohrung-anzeigen/kontakt", [("kategorie", "question"), ("name", ""), ("email", "kein-at"), ("nachricht", "")])
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains(##"<a href="#feld-email">„Ihre E-Mail-Adresse“ muss eine gültige E-Mail-Adresse sein"##))
                #expect(bad.text.contains("Bitte füllen Sie „Ihre Nachricht“ aus."))
                let sent = try await citizen.post(
                    "/leistungen/brunnenbohrung-anzeigen/kontakt",
                    [
                        ("kategorie", "question"), ("name", "Erika Mustermann"), ("email", "erika@example.de"),
                        ("nachricht", "Brauche ich <b>einen</b> Lageplan?"),
                    ])
                #expect(sent.location == "/leistungen/brunnenbohrung-anzeigen/kontakt")
                #expect(try await citizen.get("/leistungen/brunnenbohrung-anzeigen/kontakt").text.contains("Ihre Nachricht ist eingegangen"))
                _ = try await citizen.get("/kontakt")
                #expect(
                    try await citizen.post(
                        "/kontakt",
                        [
                            ("kategorie", "accessibility"), ("name", ""), ("email", "b@example.de"),
                            ("nachricht", "Der Kalender ist mit der Tastatur nicht bedienbar."),
                        ]
                    ).status == .seeOther)
                #expect(mail.mails.map(\.to) == ["erika@example.de", "b@example.de"])

                var water = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&water, "wasser", "geheim-und-lang")
                let list = try await water.get("/intern/nachrichten")
                #expect(list.text.contains("Brauche ich &lt;b&gt;einen&lt;/b&gt; Lageplan?"))
                #expect(!list.text.contains("Kalender"))
                var order = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&order, "ordnung", "geheim-und-lang")
                #expect(try await order.get("/intern/nachrichten").text.contains("Keine Nachrichten."))
                var admin = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&admin, "admin", "geheim-und-lang")
                let all = try await admin.get("/intern/nachrichten")
                #expect(all.text.contains("Der Kalender ist mit der Tastatur nicht bedienbar."))
                #expect(all.text.contains("Barriere melden (Barrierefreiheit)"))
            }
            #expect(try await test.portal.contacts.countsPerService()[DemoCatalog.wellDrilling.id] == 1)
        }
    }
}
