import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import PortalWeb
import Testing

@Suite("Hand-over channels in the browser (admins)")
struct HandoverAdminTests {
    @Test("An admin sets up, lists, re-keys and removes channels; wrong input is refused by field and changes nothing; each change is audited")
    func channels() async throws {
        try await TestPortal.with { test in
            let admin = try await test.addStaff("admin", password: "ein-langes-passwort", name: "Ada Admin", roles: [.admin], units: [])
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sp-dms-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "admin", "ein-langes-passwort")
                let path = "/intern/verwaltung/uebergabe"
                #expect(try await browser.get("/intern/verwaltung").text.contains(#"<a href="/intern/verwaltung/uebergabe">Übergabewege</a>"#))
                let empty = try await browser.get(path)
                #expect(empty.status == .ok && empty.text.contains("Noch keine Übergabewege eingerichtet."))

                let nothing = try await browser.post(path, [("leistung", ""), ("ordner", "")])
                #expect(nothing.status == .unprocessableContent)
                #expect(nothing.text.contains("Bitte wählen Sie die Leistung.") && nothing.text.contains("Bitte wählen Sie den Weg."))
                _ = try await browser.get(path)
                let relative = try await browser.post(path, [("leistung", "brunnenbohrung-anzeigen"), ("weg", "hot-folder"), ("ordner", "dms/eingang")])
                #expect(relative.status == .unprocessableContent && relative.text.contains("absoluter Pfad"))
                #expect(relative.text.contains(#"value="dms/eingang""#), "what was entered stays")
                _ = try await browser.get(path)
                let badSecret = try await browser.post(
                    path, [("leistung", "brunnenbohrung-anzeigen"), ("weg", "webhook"), ("adresse", "https://fv.example/in"), ("geheimnis", "geheim")])
                #expect(badSecret.status == .unprocessableContent && badSecret.text.contains("whsec_"))
                #expect(try await test.portal.handover.channels().isEmpty, "refusals store nothing")

                _ = try await browser.get(path)
                let added = try await browser.post(path, [("leistung", "brunnenbohrung-anzeigen"), ("weg", "hot-folder"), ("ordner", folder.path)])
                #expect(added.location == path)
                let listed = try await browser.get(path)
                #expect(listed.text.contains("Der Übergabeweg ist eingerichtet.") && listed.text.contains(folder.path))
                #expect(listed.text.contains("<td>Übergabeordner (DMS)</td>"), "\(listed.text)")

                let hook = try await browser.post(path, [("leistung", "brunnenbohrung-anzeigen"), ("weg", "webhook"), ("adresse", "https://fv.example/in")])
                #expect(hook.status == .created && hook.headers[.cacheControl] == "no-store")
                let secretRange = try #require(hook.text.range(of: #"whsec_[A-Za-z0-9+/=]+"#, options: .regularExpression))
                let secret = String(hook.text[secretRange])
                #expect(!(try await browser.get(path)).text.contains(secret), "shown once")
                let stored = try #require(try await test.portal.handover.channels().first { $0.kind == .webhook })
                #expect(stored.target == .webhook(url: "https://fv.example/in", secret: WebhookSecret(secret)!, previousSecret: nil))

                _ = try await browser.get(path)
                #expect(try await browser.post(path, [("leistung", "brunnenbohrung-anzeigen"), ("weg", "pull")]).location == path)
                _ = try await browser.get(path)
                let secondPull = try await browser.post(path, [("leistung", "brunnenbohrung-anzeigen"), ("weg", "pull")])
                #expect(secondPull.status == .unprocessableContent && secondPull.text.contains("schon eingerichtet"))

                _ = try await browser.get(path)
                let rotated = try await browser.post("\(path)/\(stored.id)/geheimnis", [])
                #expect(rotated.status == .ok && rotated.headers[.cacheControl] == "no-store")
                #expect(rotated.text.contains("Das Geheimnis für https://fv.example/in wird nur jetzt angezeigt."))
                #expect(rotated.text.contains("https://fv.example/in (zwei Geheimnisse gültig)"))

                let folderChannel = try #require(try await test.portal.handover.channels().first { $0.kind == .hotFolder })
                _ = try await browser.get(path)
                #expect(try await browser.post("\(path)/\(folderChannel.id)/entfernen", []).location == path)
                let after = try await browser.get(path)
                #expect(after.text.contains("Der Übergabeweg ist entfernt.") && !after.text.contains(folder.path))
                #expect(try await browser.post("\(path)/\(folderChannel.id)/entfernen", []).status == .notFound)
                #expect(try await browser.post("\(path)/kein-weg/geheimnis", []).status == .notFound)

                let trail = try await test.portal.audit.events(target: "channel:\(folderChannel.id)", limit: 10)
                #expect(Set(trail.map(\.action)) == [.handoverChannelAdded, .handoverChannelRemoved])
                #expect(trail.allSatisfy { $0.actor == AuditEvent.staff(admin.id) })
            }
        }
    }

    @Test("FIT-Connect: refused without a client, for a service without LeiKa key and for a malformed destination; set up with destination or regional key")
    func fitConnect() async throws {
        let fitConnect: (inout AppConfiguration) -> Void = { configuration in
            configuration.fitConnect = FITConnectSettings(
                tokenURL: "https://auth.fit-connect.example/token", submissionAPI: "https://submission.fit-connect.example", clientID: "c",
                clientSecret: "s", publicBaseURL: "https://portal.example")
        }
        // Without FITCONNECT_… the channel cannot work, so it is not set up.
        try await TestPortal.with { test in
            try await test.addStaff("admin", password: "ein-langes-passwort", name: "Ada Admin", roles: [.admin], units: [])
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "admin", "ein-langes-passwort")
                let path = "/intern/verwaltung/uebergabe"
                _ = try await browser.get(path)
                let refused = try await browser.post(
                    path, [("leistung", "baumfaellung-beantragen"), ("weg", "fit-connect"), ("zustellpunkt", "9c2e0d35-0f5e-4d3a-a1b4-2c6f2f1e7a10")])
                #expect(refused.status == .unprocessableContent && refused.text.contains("FIT-Connect ist im Portal nicht eingerichtet."))
            }
        }
        try await TestPortal.with(configure: fitConnect) { test in
            try await test.addStaff("admin", password: "ein-langes-passwort", name: "Ada Admin", roles: [.admin], units: [])
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&browser, "admin", "ein-langes-passwort")
                let path = "/intern/verwaltung/uebergabe"
                let form = try await browser.get(path)
                #expect(form.text.contains("Zustellpunkt-ID (nur für FIT-Connect)") && form.text.contains("JSON nach dem Schema des Formulars"))
                let noKey = try await browser.post(
                    path, [("leistung", "brunnenbohrung-anzeigen"), ("weg", "fit-connect"), ("zustellpunkt", "9c2e0d35-0f5e-4d3a-a1b4-2c6f2f1e7a10")])
                #expect(noKey.status == .unprocessableContent && noKey.text.contains("Die Leistung hat keinen LeiKa-Schlüssel."))
                var service = DemoCatalog.wellDrilling
                service.leikaKey = "99090020276000"
                try await test.portal.catalog.save(service)
                _ = try await browser.get(path)
                let malformed = try await browser.post(path, [("leistung", "brunnenbohrung-anzeigen"), ("weg", "fit-connect"), ("zustellpunkt", "zp-4711")])
                #expect(malformed.status == .unprocessableContent && malformed.text.contains("„zp-4711“ ist keine Zustellpunkt-ID"))
                #expect(malformed.text.contains(#"value="zp-4711""#), "what was entered stays")
                _ = try await browser.get(path)
                let badRegion = try await browser.post(path, [("leistung", "brunnenbohrung-anzeigen"), ("weg", "fit-connect"), ("regionalschluessel", "0105")])
                #expect(badRegion.status == .unprocessableContent && badRegion.text.contains("kein Regionalschlüssel"))
                #expect(try await test.portal.handover.channels().isEmpty, "refusals store nothing")

                _ = try await browser.get(path)
                let added = try await browser.post(
                    path,
                    [
                        ("leistung", "brunnenbohrung-anzeigen"), ("weg", "fit-connect"), ("zustellpunkt", "9C2E0D35-0F5E-4D3A-A1B4-2C6F2F1E7A10"),
                        ("fachdaten", "xml"),
                    ])
                #expect(added.location == path)
                _ = try await browser.get(path)
                #expect(
                    try await browser.post(path, [("leistung", "brunnenbohrung-anzeigen"), ("weg", "fit-connect"), ("regionalschluessel", "010570044012")])
                        .location == path)
                let listed = try await browser.get(path)
                #expect(listed.text.contains("Zustellpunkt 9c2e0d35-0f5e-4d3a-a1b4-2c6f2f1e7a10, antrag.xml (XML)"))
                #expect(listed.text.contains("Routingdienst, Regionalschlüssel 010570044012, JSON nach dem Schema des Formulars"))
                // Both were added at the same (test) moment, so their order is not fixed.
                let stored = Set(try await test.portal.handover.channels().map(\.target))
                #expect(
                    stored == [
                        .fitConnect(FITConnectAddress(destination: .id("9c2e0d35-0f5e-4d3a-a1b4-2c6f2f1e7a10"), dataFormat: .xml)),
                        .fitConnect(FITConnectAddress(destination: .routing(regionalKey: "010570044012"))),
                    ])
            }
        }
    }
}
