import PortalCore
import Testing

@Suite("What an answer says about the applicant (builder, inbox, search)")
struct ApplicantPurposeTests {
    @Test("A new field's label suggests its purpose; the inbox name comes from the marked fields")
    func suggested() throws {
        #expect(ApplicantPurpose.suggested(label: "Vorname", kind: .text) == "given-name")
        #expect(ApplicantPurpose.suggested(label: "Nachname / Familienname", kind: .text) == "family-name")
        #expect(ApplicantPurpose.suggested(label: "Vor- und Nachname", kind: .text) == "name")
        #expect(ApplicantPurpose.suggested(label: "Name der Firma", kind: .text) == "organization")
        #expect(ApplicantPurpose.suggested(label: "E-Mail-Adresse für Rückfragen", kind: .email) == "email")
        #expect(ApplicantPurpose.suggested(label: "Name des Hundes", kind: .text) == nil)
        var schema = FormSchema(steps: [])
        try schema.addStep(title: "Sie")
        _ = try schema.addField(to: 0, kind: .text, label: "Vorname")
        _ = try schema.addField(to: 0, kind: .text, label: "Nachname")
        _ = try schema.addField(to: 0, kind: .email, label: "E-Mail")
        #expect(schema.fields.map(\.autocomplete) == ["given-name", "family-name", "email"])
        let answers = Answers(["vorname": .text("Erika"), "nachname": .text("Müller-Lüdenscheidt")])
        #expect(ApplicantName.from(answers, schema: schema) == "Erika Müller-Lüdenscheidt")
        #expect(schema.applicantEmailField?.key == "e_mail")
    }

    @Test("Search words: name parts and reference segments, folded; a search's words match their beginnings")
    func searchTerms() throws {
        let reference = try #require(Reference("BRU-2026-4NKQ-K5JT"))
        let terms = SearchTerms.of(applicantName: "Jürgen Müller-Lüdenscheidt", reference: reference)
        #expect(terms == ["jurgen", "muller", "ludenscheidt", "bru", "2026", "4nkq", "k5jt"])
        #expect(SearchTerms.query("  Lüden  MÜLLER lüden ") == ["luden", "muller"])
        for word in SearchTerms.query("lüden 4n") {
            #expect(terms.contains { $0 >= word && $0 < SearchTerms.upperBound(word) })
        }
        #expect(!terms.contains { $0 >= "denscheidt" && $0 < SearchTerms.upperBound("denscheidt") })
        // The same words in one line, matched by word beginnings.
        #expect(SearchTerms.line(terms) == " 2026 4nkq bru jurgen k5jt ludenscheidt muller ")
        #expect(SearchTerms.line([]) == "")
        #expect(SearchTerms.linePattern("lud") == "% lud%")
    }
}
