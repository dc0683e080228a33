import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Acknowledgement of receipt (PDF)")
struct ReceiptTests {
    /// The text `pdftotext` reads out of a PDF (Debian's poppler-utils; scripts/test installs it).
    static func text(of pdf: Data) throws -> String? {
        guard
            let output = try CommandLineTool.withTemporaryFile(
                pdf, extension: "pdf", { try CommandLineTool.run("/usr/bin/pdftotext", ["-enc", "UTF-8", $0, "-"]) })
        else {
            Issue.record("pdftotext is missing (Debian poppler-utils); scripts/test installs it.")
            return nil
        }
        return output.text
    }

    @Test("A job makes the receipt after submitting; the applicant downloads it; its text is readable, umlauts included")
    func receipt() async throws {
        try await TestPortal.with { test in
            try await test.application(mail: RecordingMailSender()).test(.router) { client in
                var applicant = TestBrowser(client)
                try await FormFlowTests.fileAll(&applicant)
                let confirmation = try await applicant.get(FormFlowTests.base + "/eingegangen")
                let codeRange = try #require(
                    confirmation.text.range(of: #"Ihr Zugangscode<br><strong class="access-code">[0-9A-Z-]{14}<"#, options: .regularExpression))
                let code = String(confirmation.text[codeRange].dropLast().suffix(14))
                let reference = "BRU-2026-0000-0002"
                _ = try await applicant.get("/vorgang")
                #expect(try await applicant.post("/vorgang", [("aktenzeichen", reference), ("zugangscode", code)]).location == "/vorgang/\(reference)")
                #expect(try await applicant.get("/vorgang/\(reference)").text.contains("wird gerade erstellt"))
                #expect(try await applicant.get("/vorgang/\(reference)/eingangsbestaetigung.pdf").status == .notFound)

                try await test.worker().runOnce()
                let page = try await applicant.get("/vorgang/\(reference)")
                #expect(page.text.contains(#"<a href="/vorgang/BRU-2026-0000-0002/eingangsbestaetigung.pdf" download>"#))
                let download = try await applicant.get("/vorgang/\(reference)/eingangsbestaetigung.pdf")
                #expect(download.status == .ok)
                #expect(download.headers[.contentType] == "application/pdf")
                #expect(download.headers[.contentDisposition]?.contains("attachment") == true)
                let pdf = Data(download.body.readableBytesView)
                #expect(pdf.starts(with: Array("%PDF-1.4".utf8)))
                var stranger = TestBrowser(client)
                #expect(try await stranger.get("/vorgang/\(reference)/eingangsbestaetigung.pdf").location == "/vorgang")

                let filed = try #require(try await test.portal.submissions.submission(reference: Reference(reference)!))
                let stored = try #require(try await test.portal.receipts.receipt(of: filed.id))
                #expect(stored == pdf)
                guard let text = try Self.text(of: stored) else { return }
                for expected in [
                    "Eingangsbestätigung", "Aktenzeichen: BRU-2026-0000-0002", "Leistung: Anzeige einer Brunnenbohrung",
                    "Zuständige Stelle: Untere Wasserbehörde", "Eingegangen am: 30.11.2026, 10:15 Uhr", "Vorname\nJürgen",
                    "Straße und Hausnummer\nHauptstraße 5",
                    "Geplante Bohrtiefe in Metern\n12,5", "Datenschutzhinweise: Fassung 1",
                    // The authority heads it, as on a letterhead.
                    "Landkreis Test\nKreishaus, Am Markt 1, 24534 Teststadt",
                ] {
                    #expect(text.contains(expected), "\(expected) in \(text.prefix(1500))")
                }
                // No colon after a question that ends in „?“ or „.“, and no office words.
                #expect(!text.contains("?:") && !text.contains(".:"))
                #expect(!text.contains("Formularversion"))
            }
        }
    }
}
