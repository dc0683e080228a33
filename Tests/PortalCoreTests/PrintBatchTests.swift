import Foundation
import PortalTestSupport
import Testing

@testable import PortalCore

@Suite("Print batches: recipient, page count, manifest, daily time")
struct PrintBatchTests {
    static func submission(_ answers: [JSONValue.Member], name: String? = "Anna Müller") -> Submission {
        Submission(
            id: Identifier(UUID()), reference: Reference("BRU-2026-K7QM-4XD2")!, serviceID: Identifier(UUID()), orgUnitID: Identifier(UUID()),
            formVersionID: Identifier(UUID()), answers: .object(answers), applicantName: name, receivedAt: TestClock.now)
    }

    @Test("The recipient comes from the address block, else from the address fields marked by autocomplete; without name or address there is none")
    func recipient() {
        let block = Self.submission([
            .init("name", .string("Anna Müller")),
            .init(
                "anschrift",
                PostalAddress(street: "Hauptstraße", houseNumber: "5a", addition: "Hinterhaus", postalCode: "24534", city: "Neumünster").json),
        ])
        #expect(
            PostalRecipient.of(block, schema: .mock)
                == PostalRecipient(
                    name: "Anna Müller",
                    address: PostalAddress(street: "Hauptstraße", houseNumber: "5a", addition: "Hinterhaus", postalCode: "24534", city: "Neumünster")))
        let schema = FormSchema(steps: [
            FormStep(
                title: "Person",
                fields: [
                    FormField(key: "strasse", kind: .text, label: "Straße und Hausnummer", autocomplete: "address-line1"),
                    FormField(key: "plz", kind: .text, label: "PLZ", autocomplete: "postal-code"),
                    FormField(key: "ort", kind: .text, label: "Ort", autocomplete: "address-level2"),
                ])
        ])
        let lines = Self.submission([.init("strasse", .string("Am Alten Markt 12 b")), .init("plz", .string("24534")), .init("ort", .string("Neumünster"))])
        // A last word that does not start with a digit ("b") keeps the line whole, as the applicant wrote it.
        #expect(PostalRecipient.of(lines, schema: schema)?.address.lines == ["Am Alten Markt 12 b", "24534 Neumünster"])
        #expect(PostalRecipient.split("Hauptstraße 5") == ("Hauptstraße", "5"))
        #expect(PostalRecipient.split("Hof Lindenau") == ("Hof Lindenau", ""))
        #expect(PostalRecipient.of(Self.submission([.init("plz", .string("24534"))]), schema: schema) == nil)
        var nameless = lines
        nameless.applicantName = nil
        #expect(PostalRecipient.of(nameless, schema: schema) == nil)
        #expect(PostalRecipient.of(lines, schema: nil) == nil)
    }

    @Test("Pages are counted from the page objects, else from the page tree's count; not a PDF has none")
    func pages() {
        let two = Data(
            "%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n2 0 obj << /Type /Page >> endobj\n3 0 obj <</Type/Page/Parent 1 0 R>> endobj\n%%EOF"
                .utf8)
        #expect(PDFPageCount.of(two) == 2)
        let compressed = Data("%PDF-1.5\n1 0 obj << /Type /Pages /Count 7 >> endobj\n%%EOF".utf8)
        #expect(PDFPageCount.of(compressed) == 7)
        #expect(PDFPageCount.of(Data("%PDF-1.4\n%%EOF".utf8)) == nil)
        #expect(PDFPageCount.of(Data("PK\u{3}\u{4}".utf8)) == nil)
        var long = TextPDF(title: "Bescheid")
        for index in 0..<120 { long.add("Zeile \(index): " + String(repeating: "Wort ", count: 30)) }
        #expect((PDFPageCount.of(long.render()) ?? 0) > 1, "the portal's own multi-page PDF")
    }

    @Test("The manifest is RFC 4180 with a header, quoting where needed and no formulas for spreadsheets")
    func manifest() {
        let batch = PrintBatch(
            id: "20261130-140000",
            items: [
                .init(
                    reference: Reference("BRU-2026-K7QM-4XD2")!,
                    recipient: PostalRecipient(
                        name: "Müller, Anna \"Anni\"", address: PostalAddress(street: "Hauptstraße", houseNumber: "5", postalCode: "24534", city: "Neumünster")),
                    pages: 2, sha256: "ab12"),
                .init(
                    reference: Reference("BRU-2026-K7QM-4XD3")!,
                    recipient: PostalRecipient(
                        name: "=HYPERLINK(\"x\")",
                        address: PostalAddress(street: "Weg", houseNumber: "1", addition: "c/o Meier", postalCode: "24534", city: "Ort")),
                    pages: nil, sha256: "cd34"),
            ])
        #expect(
            batch.manifest
                == [
                    "aktenzeichen,datei,empfaenger,strasse,hausnummer,adresszusatz,plz,ort,seiten,sha256",
                    #"BRU-2026-K7QM-4XD2,BRU-2026-K7QM-4XD2.pdf,"Müller, Anna ""Anni""",Hauptstraße,5,,24534,Neumünster,2,ab12"#,
                    #"BRU-2026-K7QM-4XD3,BRU-2026-K7QM-4XD3.pdf,"'=HYPERLINK(""x"")",Weg,1,c/o Meier,24534,Ort,,cd34"#,
                ].map { $0 + "\r\n" }.joined())
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        #expect(PrintBatch.id(at: ISO8601DateFormatter().date(from: "2026-11-30T13:05:09Z")!, timeZone: berlin) == "20261130-140509")
    }

    @Test("The daily time stays at local 14:00 across the change of summer time; the last and next runs are found around it")
    func dailyTime() throws {
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        let time = try #require(DailyTime("14:00"))
        #expect(
            DailyTime("24:00") == nil && DailyTime("14") == nil && DailyTime("1400") == nil && DailyTime("ab:cd") == nil
                && DailyTime("7:05")?.description == "07:05")
        func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
        // Saturday 28 March 2026, 15:00 CET; summer time starts on Sunday 29 March.
        let saturday = date("2026-03-28T14:00:00Z")
        #expect(time.last(atOrBefore: saturday, in: berlin) == date("2026-03-28T13:00:00Z"))
        #expect(time.next(after: saturday, in: berlin) == date("2026-03-29T12:00:00Z"), "14:00 CEST is 12:00 UTC")
        #expect(time.last(atOrBefore: date("2026-03-29T11:59:00Z"), in: berlin) == date("2026-03-28T13:00:00Z"))
        #expect(time.next(after: date("2026-03-28T13:00:00Z"), in: berlin) == date("2026-03-29T12:00:00Z"), "the run's own time is not the next one")
        #expect(time.last(atOrBefore: date("2026-03-28T13:00:00Z"), in: berlin) == date("2026-03-28T13:00:00Z"))
        // 02:30 does not exist on 29 March: it runs at 03:00 CEST.
        let skipped = try #require(DailyTime("02:30"))
        #expect(skipped.next(after: date("2026-03-28T23:00:00Z"), in: berlin) == date("2026-03-29T01:00:00Z"))
    }
}
