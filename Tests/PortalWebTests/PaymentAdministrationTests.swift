import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import PortalWeb
import Testing

/// Online payment for staff (issue 18): the editor's settings, the Kasse's list and its CSV, the
/// payment on the case page, the admin's connection test, and the form API document.
@Suite("Payment administration")
struct PaymentAdministrationTests {
    @Test("An editor sets the policy, booking data, purpose and VAT; wrong input is named per field and changes nothing")
    func editorSettings() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("wasser", password: "geheim-und-lang", name: "Willi Wasser", roles: [.editor], units: [DemoCatalog.waterAuthority])
            try await test.addStaff("ordnung", password: "geheim-und-lang", name: "Otto Ordnung", roles: [.editor], units: [DemoCatalog.publicOrder])
            let slug = DemoCatalog.wellDrilling.slug
            let path = "/intern/redaktion/leistungen/\(slug)/bezahlung"
            try await test.application().test(.router) { client in
                var editor = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&editor, "wasser", "geheim-und-lang")
                let overview = try await editor.get("/intern/redaktion/leistungen/\(slug)")
                #expect(overview.text.contains("Online-Bezahlung einstellen"))
                let page = try await editor.get(path)
                #expect(page.status == .ok)
                #expect(page.text.contains("Das veröffentlichte Formular berechnet keine Gebühr"))
                let refused = try await editor.post(
                    path, [("zahlung", "required"), ("originator", "a b"), ("buchung", "Haushaltsstelle 1.1100"), ("zweck", "!!!"), ("steuer", "19,5")])
                #expect(refused.status == .unprocessableContent)
                #expect(refused.text.contains("Zeile 1 der Buchungsdaten"))
                #expect(refused.text.contains("Der Umsatzsteuersatz muss eine ganze Zahl"))
                #expect(refused.text.contains("Haushaltsstelle 1.1100"), "what was typed stays")
                #expect(try await test.portal.catalog.service(slug: slug)?.payment == nil)
                let unknown = try await editor.post(path, [("zahlung", "sofort"), ("zweck", ""), ("steuer", "0")])
                #expect(unknown.status == .unprocessableContent)
                let saved = try await editor.post(
                    path,
                    [
                        ("zahlung", "required"), ("originator", ""), ("endpoint", "gebuehren-wasser"),
                        ("buchung", "Haushaltsstelle: 1.1100.4310\r\nObjektnummer: BRU-1"), ("zweck", "{aktenzeichen} Brunnen"), ("steuer", ""),
                    ])
                #expect(saved.status == .seeOther)
                #expect(saved.location == "/intern/redaktion/leistungen/\(slug)#bezahlung")
                let stored = try #require(try await test.portal.catalog.service(slug: slug)?.payment)
                #expect(stored.policy == .required)
                #expect(stored.endpointID == "gebuehren-wasser" && stored.originatorID == nil)
                #expect(stored.bookingData == [.init(key: "Haushaltsstelle", value: "1.1100.4310"), .init(key: "Objektnummer", value: "BRU-1")])
                #expect(stored.purposeTemplate == "{aktenzeichen} Brunnen" && stored.taxRatePercent == 0)
                // Another unit's editor does not find the service.
                var other = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&other, "ordnung", "geheim-und-lang")
                #expect(try await other.get(path).status == .notFound)
                _ = try await other.get("/intern/redaktion")
                let foreign = try await other.post(path, [("zahlung", "none")])
                #expect(foreign.status == .notFound, "\(foreign.status) \(foreign.text.prefix(400))")
            }
            #expect(try await test.portal.catalog.service(slug: slug)?.payment?.policy == .required)
        }
    }

    @Test("The Kasse lists its units' payments of a period with filters and CSV; the case page shows the payment; the form API states the policy")
    func reconciliation() async throws {
        try await TestPortal.with { test in
            try await PaymentFlowTests.makePaid(test)
            try await test.addStaff("kasse", password: "geheim-und-lang", name: "Karla Kasse", roles: [.treasury], units: [DemoCatalog.waterAuthority])
            try await test.addStaff("kasse2", password: "geheim-und-lang", name: "Kurt Kasse", roles: [.treasury], units: [DemoCatalog.publicOrder])
            try await test.addStaff("anna", password: "geheim-und-lang", name: "Anna", roles: [.caseWorker], units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                var citizen = TestBrowser(client)
                try await PaymentFlowTests.fill(&citizen)
                let path = try #require(try await citizen.post(PaymentFlowTests.base + "/pruefen", []).location)
                try await PaymentFlowTests.finish(&citizen, from: try await citizen.get(path), "bezahlen")
                _ = try await citizen.get(path)
                let payment = try #require(try await test.portal.payments.payments(from: .distantPast, to: .distantFuture).first)
                let reference = try #require(payment.reference)

                var kasse = TestBrowser(client)
                #expect(try await BackOfficeTests.signIn(&kasse, "kasse", "geheim-und-lang").location == "/intern/zahlungen")
                let list = try await kasse.get("/intern/zahlungen?von=01.11.2026&bis=30.11.2026")
                #expect(list.status == .ok)
                #expect(list.text.contains(reference))
                #expect(list.text.contains("Haushaltsstelle=1.1100.4310"))
                #expect(list.text.contains("bezahlt"))
                #expect(list.text.contains("1 Zahlungen, davon bezahlt: 75,00"))
                let filtered = try await kasse.get("/intern/zahlungen?von=01.11.2026&bis=30.11.2026&stand=CANCELED")
                #expect(!filtered.text.contains(reference))
                let csv = try await kasse.get("/intern/zahlungen.csv?von=2026-11-01&bis=2026-11-30")
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(csv.text.hasPrefix("\"reference\",\"service\",\"amount\""))
                #expect(csv.text.contains("\"\(reference)\",\"brunnenbohrung-anzeigen\",\"75.00\",\"EUR\",\"PAYED\""))
                let wrong = try await kasse.get("/intern/zahlungen?von=31.02.2026&bis=%3Cb%3E")
                #expect(wrong.status == .unprocessableContent)
                #expect(wrong.text.contains("„31.02.2026“ ist kein Datum"))
                #expect(wrong.text.contains("&lt;b&gt;"))
                #expect(try await kasse.get("/intern/zahlungen.csv?von=x").status == .badRequest)
                // Another unit's Kasse sees nothing of it.
                var other = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&other, "kasse2", "geheim-und-lang")
                #expect(!(try await other.get("/intern/zahlungen?von=01.11.2026&bis=30.11.2026").text.contains(reference)))
                #expect(!(try await other.get("/intern/zahlungen.csv?von=2026-11-01&bis=2026-11-30").text.contains(reference)))
                #expect(try await other.get("/intern/eingang").status == .forbidden)

                var worker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&worker, "anna", "geheim-und-lang")
                let casePage = try await worker.get("/intern/antraege/\(reference)")
                #expect(casePage.text.contains("Online-Zahlung"))
                #expect(casePage.text.contains("75,00 € – bezahlt am"))
                #expect(try await worker.get("/intern/zahlungen").status == .forbidden)

                let document = try await client.get("/api/v1/services/\(PaymentFlowTests.slug)/form")
                #expect(document.text.contains(#""payment":{"amountCents":null,"computed":true,"policy":"required"}"#), "\(document.text.suffix(200))")
                let free = try await client.get("/api/v1/services/\(DemoCatalog.lostProperty.slug)/form")
                #expect(free.text.contains(#""payment":{"amountCents":null,"computed":false,"policy":"none"}"#))
            }
        }
    }

    @Test("The admin sees the platform's settings without secrets and tests the connection")
    func connectionTest() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("admin", password: "geheim-und-lang", name: "Ada Admin", roles: [.admin], units: [])
            try await test.application().test(.router) { client in
                var admin = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&admin, "admin", "geheim-und-lang")
                #expect(try await admin.get("/intern/verwaltung").text.contains("/intern/verwaltung/zahlungsplattform"))
                let page = try await admin.get("/intern/verwaltung/zahlungsplattform")
                #expect(page.text.contains("Testplattform der Demo"))
                let tested = try await admin.post("/intern/verwaltung/zahlungsplattform", [])
                #expect(tested.location == "/intern/verwaltung/zahlungsplattform")
                #expect(try await admin.get("/intern/verwaltung/zahlungsplattform").text.contains("Die Verbindung funktioniert"))
                #expect(!(try await admin.get("/intern/verwaltung/zahlungsplattform").text.contains("Die Verbindung funktioniert")), "shown once")
            }
        }
        try await TestPortal.with { test in
            try await test.addStaff("admin", password: "geheim-und-lang", name: "Ada Admin", roles: [.admin], units: [])
            try await test.application(adjust: { $0.paymentGateway = nil }).test(.router) { client in
                var admin = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&admin, "admin", "geheim-und-lang")
                let page = try await admin.get("/intern/verwaltung/zahlungsplattform")
                #expect(page.text.contains("keine Zahlungsplattform eingerichtet"), "\(page.text)")
                #expect(try await admin.post("/intern/verwaltung/zahlungsplattform", []).location == "/intern/verwaltung/zahlungsplattform")
            }
        }
        #expect(PaymentConnection.judge(.unauthorized) == .credentialsRefused)
        #expect(PaymentConnection.judge(.problem(.init(status: 404))) == .works)
        #expect(
            PaymentConnection.judge(.problem(.init(status: 400, functionalCode: "NO_VALID_ORIGINATOR_OR_ENDPOINT")))
                == .refused(code: "NO_VALID_ORIGINATOR_OR_ENDPOINT"))
        #expect(PaymentConnection.judge(.unreachable("timeout")) == .unreachable)
        #expect(PaymentConnection.judge(.unexpected(status: 502)) == .unexpected(status: 502))
    }
}
