import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

/// Flags every file that contains the word `VIRUS`, standing in for clamd (tested on its own).
struct WordScanner: VirusScanner {
    func scan(_ file: URL) async throws -> ScanVerdict {
        let data = try Data(contentsOf: file)
        return data.range(of: Data("VIRUS".utf8)) != nil ? .infected("Test-Signature") : .clean
    }
}

@Suite("Tree-felling form: addresses, locations, repeatable groups and uploads (HTML)")
struct UploadFlowTests {
    static let base = "/leistungen/baumfaellung-beantragen/antrag"
    static let pdf = Data("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 40))
    static let zip = Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 200))

    /// Steps 1–3 of the form, with two trees (the second added with the "Baum hinzufügen" button).
    static func fillFirstSteps(_ browser: inout TestBrowser) async throws {
        #expect(try await browser.get(base).location == base + "/schritt/1")
        _ = try await browser.get(base + "/schritt/1")
        let first = try await browser.post(
            base + "/schritt/1",
            [
                ("name", "Erika Mustermann"), ("anschrift.street", "Hauptstraße"), ("anschrift.houseNumber", "5a"), ("anschrift.addition", ""),
                ("anschrift.postalCode", "24534"), ("anschrift.city", "Neumünster"), ("email", "erika@example.de"),
            ])
        #expect(first.location == base + "/schritt/2", "\(first.text.prefix(500))")
        let second = try await browser.post(
            base + "/schritt/2",
            [
                ("standort.latitude", "54,0731"), ("standort.longitude", "9,9847"), ("gemarkung", "Einfeld"), ("flurstueck", "12/3"),
            ])
        #expect(second.location == base + "/schritt/3")
        let page = try await browser.get(base + "/schritt/3")
        #expect(page.text.contains("Baum 1"))
        #expect(!page.text.contains("Baum 1 entfernen"))
        let added = try await browser.post(
            base + "/schritt/3",
            [
                ("baeume.1.art", "Stieleiche"), ("baeume.1.umfang", "140"), ("baeume.1.grund", "krank"), ("_aktion", "hinzufuegen:baeume"),
            ])
        #expect(added.status == .seeOther)
        #expect(added.location == base + "/schritt/3#feld-baeume.2")
        let two = try await browser.get(base + "/schritt/3")
        #expect(two.text.contains(#"value="Stieleiche""#))
        #expect(two.text.contains("Baum 2 entfernen"))
        let missing = try await browser.post(
            base + "/schritt/3",
            [
                ("baeume.1.art", "Stieleiche"), ("baeume.1.umfang", "140"), ("baeume.1.grund", "krank"),
                ("baeume.2.art", "Rotbuche"), ("baeume.2.grund", "sonstiges"),
            ])
        #expect(missing.status == .unprocessableContent)
        #expect(missing.text.contains(##"<a href="#feld-baeume.2.umfang">Bitte füllen Sie „Stammumfang in Zentimetern (Baum 2)“ aus.</a>"##))
        #expect(missing.text.contains("Bitte füllen Sie „Erläuterung (Baum 2)“ aus."))
        let third = try await browser.post(
            base + "/schritt/3",
            [
                ("baeume.1.art", "Stieleiche"), ("baeume.1.umfang", "140"), ("baeume.1.grund", "krank"),
                ("baeume.2.art", "Rotbuche"), ("baeume.2.umfang", "95"), ("baeume.2.grund", "sonstiges"), ("baeume.2.erlaeuterung", "Steht zu nah am Haus."),
            ])
        #expect(third.location == base + "/schritt/4")
        _ = try await browser.get(base + "/schritt/4")
    }

    static func uploadCount(_ test: TestPortal) async throws -> Int {
        try await test.portal.database.reader.raw("SELECT COUNT(*) AS n FROM uploads").first()!.decode(column: "n", as: Int.self)
    }

    @Test("A citizen applies for two trees with a plan and a photo; staff download the files", arguments: TestDatabaseKind.allCases)
    func happyPath(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            try await test.addCaseWorker("anna", password: "geheim-und-lang", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.addCaseWorker("olaf", password: "geheim-und-lang", name: "Olaf Ordnung", units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                try await Self.fillFirstSteps(&browser)
                let uploaded = try await browser.postMultipart(
                    Self.base + "/schritt/4", [],
                    files: [
                        (field: "lageplan", name: "C:\\Users\\erika\\Lageplan Grundstück.pdf", data: Self.pdf),
                        (field: "fotos", name: "eiche.png", data: Self.png),
                    ])
                #expect(uploaded.location == Self.base + "/schritt/5", "\(uploaded.text.prefix(800))")
                let back = try await browser.get(Self.base + "/schritt/4")
                #expect(back.text.contains("Lageplan Grundstück.pdf"))
                let link = try #require(back.text.range(of: #"href="/leistungen/baumfaellung-beantragen/antrag/dateien/[^"]+""#, options: .regularExpression))
                let path = String(back.text[link].dropFirst(6).dropLast())
                let own = try await browser.get(path)
                #expect(own.status == .ok)
                #expect(own.headers[.contentType] == "application/pdf")
                #expect(own.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
                #expect(Data(buffer: own.body) == Self.pdf)
                // Continuing without new files keeps the uploaded ones.
                #expect(try await browser.postMultipart(Self.base + "/schritt/4", [], files: []).location == Self.base + "/schritt/5")
                _ = try await browser.get(Self.base + "/schritt/5")
                #expect(try await browser.post(Self.base + "/schritt/5", [("erklaerung", "true")]).location == Self.base + "/pruefen")
                let check = try await browser.get(Self.base + "/pruefen")
                #expect(check.text.contains("Hauptstraße 5a, 24534 Neumünster"))
                #expect(check.text.contains("54,0731° N, 9,9847° O"))
                #expect(check.text.contains("Baumart (Baum 2)"))
                #expect(check.text.contains("Lageplan Grundstück.pdf (50 Byte)"))
                // The fee (30 € per tree) is paid first, at the demo's test platform; the files wait with the application.
                #expect(check.text.contains("Bäume: 2 × 30,00"))
                let paymentPath = try #require(try await browser.post(Self.base + "/pruefen", []).location)
                #expect(try await PaymentFlowTests.finish(&browser, from: try await browser.get(paymentPath), "bezahlen") == paymentPath)
                #expect(try await browser.get(paymentPath).location == Self.base + "/eingegangen")
                let confirmation = try await browser.get(Self.base + "/eingegangen")
                let referenceRange = try #require(confirmation.text.range(of: "FAE-2026-[0-9A-Z]{4}-[0-9A-Z]{4}", options: .regularExpression))
                let reference = String(confirmation.text[referenceRange])
                // Once submitted, the file is the authority's: the applicant's draft link is gone.
                #expect(try await browser.get(path).status == .notFound)

                var staff = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&staff, "anna", "geheim-und-lang")
                let casePage = try await staff.get("/intern/antraege/\(reference)")
                #expect(casePage.status == .ok, "\(casePage.text.prefix(300))")
                #expect(casePage.text.contains("Stieleiche"))
                let staffLink = try #require(casePage.text.range(of: "/intern/antraege/\(reference)/dateien/[^\"]+", options: .regularExpression))
                let download = try await staff.get(String(casePage.text[staffLink]))
                #expect(download.status == .ok)
                #expect(Data(buffer: download.body) == Self.pdf)
                var other = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&other, "olaf", "geheim-und-lang")
                #expect(try await other.get(String(casePage.text[staffLink])).status == .notFound)
            }
            let summary = try #require(try await test.portal.submissions.submissions(of: DemoCatalog.waterAuthority.id, after: nil, limit: 10).first)
            let stored = try #require(try await test.portal.submissions.submission(reference: summary.reference))
            guard case .array(let trees)? = stored.answers["baeume"], case .array(let plan)? = stored.answers["lageplan"] else {
                Issue.record("answers missing: \(stored.answers)")
                return
            }
            #expect(trees.count == 2)
            #expect(plan.first?["name"] == .string("Lageplan Grundstück.pdf"))
            #expect(plan.first?["mediaType"] == .string("application/pdf"))
            #expect(stored.answers["anschrift"]?["postalCode"] == .string("24534"))
            #expect(try await Self.uploadCount(test) == 2)
        }
    }

    @Test(
        "Upload abuse: disguised type, empty, too large, infected, too many; nothing is stored",
        arguments: [
            (
                "antrag.pdf", zip,
                "Die Datei bei „Lageplan“ hat nicht die erlaubte Art. Erlaubt sind: PDF, JPEG, PNG. Maßgeblich ist der Inhalt, nicht die Dateiendung."
            ),
            ("leer.pdf", Data(), "Die Datei bei „Lageplan“ ist leer."),
            ("riesig.pdf", pdf + Data(count: 10 * 1024 * 1024), "Die Datei bei „Lageplan“ ist zu groß. Erlaubt sind höchstens 10 MB."),
            ("virus.pdf", pdf + Data("VIRUS".utf8), "Die Datei bei „Lageplan“ enthält Schadsoftware und wurde nicht gespeichert."),
        ])
    func abuse(name: String, data: Data, message: String) async throws {
        try await TestPortal.with { test in
            try await test.application(virusScanner: WordScanner()).test(.router) { client in
                var browser = TestBrowser(client)
                try await Self.fillFirstSteps(&browser)
                let response = try await browser.postMultipart(Self.base + "/schritt/4", [], files: [(field: "lageplan", name: name, data: data)])
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains(message), "\(response.text.prefix(2000))")
            }
            #expect(try await Self.uploadCount(test) == 0)
        }
    }

    @Test("A body cut off inside a file, or without its closing delimiter, is refused and leaves no file behind")
    func truncatedBodies() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                try await Self.fillFirstSteps(&browser)
                let token = try #require(browser.csrf)
                let boundary = "----Cut"
                let head =
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"lageplan\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7 und dann nichts mehr"
                for body in [head, head + "\r\n--\(boundary)\r\n"] {
                    let response = try await browser.postRaw(Self.base + "/schritt/4", body, contentType: "multipart/form-data; boundary=\(boundary)")
                    #expect(response.status == .badRequest)
                }
                // A header line without end is cut off long before it could fill the memory.
                let endless = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\nX-Lang: " + String(repeating: "a", count: 200_000)
                let refused = try await browser.postRaw(Self.base + "/schritt/4", endless, contentType: "multipart/form-data; boundary=\(boundary)")
                #expect(refused.status == .badRequest || refused.status == .contentTooLarge)
                // A refused file is shown even when the applicant pressed "save".
                let saved = try await browser.postMultipart(
                    Self.base + "/schritt/4", [("_aktion", "speichern")], files: [(field: "lageplan", name: "leer.pdf", data: Data())])
                #expect(saved.status == .unprocessableContent)
                #expect(saved.text.contains("Die Datei bei „Lageplan“ ist leer."))
            }
            #expect(test.pendingUploads.isEmpty, "\(test.pendingUploads)")
            #expect(try await Self.uploadCount(test) == 0)
        }
    }

    @Test("Files before the CSRF token, unknown file fields and too many photos are refused")
    func refusals() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                var browser = TestBrowser(client)
                try await Self.fillFirstSteps(&browser)
                let token = browser.csrf
                browser.csrf = nil
                let noToken = try await browser.postMultipart(Self.base + "/schritt/4", [], files: [(field: "lageplan", name: "a.pdf", data: Self.pdf)])
                #expect(noToken.status == .forbidden)
                browser.csrf = token
                let stray = try await browser.postMultipart(Self.base + "/schritt/4", [], files: [(field: "ausweis", name: "a.pdf", data: Self.pdf)])
                #expect(stray.status == .badRequest)
                let many = try await browser.postMultipart(
                    Self.base + "/schritt/4", [],
                    files: [(field: "lageplan", name: "a.pdf", data: Self.pdf)]
                        + (1...6).map { (field: "fotos", name: "foto\($0).png", data: Self.png) })
                #expect(many.status == .unprocessableContent)
                #expect(many.text.contains("Bei „Fotos der Bäume“ sind höchstens 5 Dateien möglich."))
                // The plan and five photos were fine and are kept; the sixth was refused.
                #expect(try await Self.uploadCount(test) == 6)
                let page = try await browser.get(Self.base + "/schritt/4")
                let remove = try #require(page.text.range(of: #"value="datei-entfernen:lageplan:[^"]+""#, options: .regularExpression))
                let action = String(page.text[remove].dropFirst(7).dropLast())
                let removed = try await browser.postMultipart(Self.base + "/schritt/4", [("_aktion", action)], files: [])
                #expect(removed.location == Self.base + "/schritt/4#feld-lageplan")
                #expect(try await Self.uploadCount(test) == 5)
            }
        }
    }
}
