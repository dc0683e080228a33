import Foundation
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Conditions")
struct ConditionTests {
    /// "Sonstiges" needs a description; the company is only asked above 20 m depth; a second step
    /// only for commercial use; the garden size must stay empty for domestic water.
    static let schema = FormSchema(steps: [
        FormStep(
            title: "Zweck",
            fields: [
                FormField(
                    key: "zweck", kind: .singleChoice, label: "Zweck",
                    options: [
                        ChoiceOption(value: "garten", label: "Garten"), ChoiceOption(value: "haushalt", label: "Haushalt"),
                        ChoiceOption(value: "sonstiges", label: "Sonstiges"), ChoiceOption(value: "gewerbe", label: "Gewerbe"),
                    ]),
                FormField(
                    key: "beschreibung", kind: .longText, label: "Beschreibung", isRequired: false,
                    showIf: .oneOf("zweck", ["sonstiges", "gewerbe"]), requireIf: .equals("zweck", .text("sonstiges"))),
                FormField(key: "tiefe", kind: .decimal, label: "Tiefe"),
                FormField(key: "firma", kind: .text, label: "Bohrfirma", showIf: .compare("tiefe", .greater, .number(20))),
                FormField(key: "gartenflaeche", kind: .integer, label: "Gartenfläche", isRequired: false, forbidIf: .equals("zweck", .text("haushalt"))),
            ]),
        FormStep(
            title: "Gewerbe",
            fields: [
                FormField(key: "betrieb", kind: .text, label: "Betrieb")
            ], showIf: .all([.equals("zweck", .text("gewerbe")), .not(.notEmpty("gartenflaeche"))])),
    ])
    let validator = SubmissionValidator(schema: schema, today: TestClock.today)

    func validate(_ members: [JSONValue.Member]) -> Result<Answers, ValidationFailure> {
        validator.validate(json: members)
    }

    @Test("Hidden fields are not asked for and their answers are dropped")
    func hiddenAnswersDropped() throws {
        let answers = try validate([
            .init("zweck", .string("garten")), .init("tiefe", .number(12)),
            .init("beschreibung", .string("wird verworfen")), .init("firma", .string("auch verworfen")),
        ]).get()
        #expect(answers["beschreibung"] == nil)
        #expect(answers["firma"] == nil)
        #expect(answers["tiefe"] == .decimal(12))
    }

    @Test("Shown fields follow their rules: required when asked, forbidden when said")
    func requiredAndForbidden() throws {
        let missing = try #require(validate([.init("zweck", .string("sonstiges")), .init("tiefe", .number(25))]).failure)
        #expect(missing.errors.map(\.field) == ["beschreibung", "firma"])
        let forbidden = try #require(validate([.init("zweck", .string("haushalt")), .init("tiefe", .number(5)), .init("gartenflaeche", .number(300))]).failure)
        #expect(forbidden.errors.map(\.problem) == [.forbidden])
        #expect(forbidden.errors[0].message() == "„Gartenfläche“ darf bei Ihren Angaben nicht ausgefüllt werden.")
    }

    @Test("A whole step is shown only while its condition holds")
    func stepVisibility() throws {
        let commercial = try #require(validate([.init("zweck", .string("gewerbe")), .init("tiefe", .number(5))]).failure)
        #expect(commercial.errors.map(\.field) == ["betrieb"])
        let withGarden = try validate([
            .init("zweck", .string("gewerbe")), .init("tiefe", .number(5)), .init("gartenflaeche", .number(10)), .init("betrieb", .string("weg")),
        ]).get()
        #expect(withGarden["betrieb"] == nil)
        #expect(Self.schema.visibleKeys(for: Answers(["zweck": .choice("gewerbe")])).contains("betrieb"))
    }

    @Test("The publish check finds unknown keys, impossible values and cycles")
    func staticCheck() {
        #expect(Self.schema.problems.isEmpty)
        let broken = FormSchema(steps: [
            FormStep(
                title: "A",
                fields: [
                    FormField(key: "a", kind: .text, label: "A", showIf: .notEmpty("b")),
                    FormField(key: "b", kind: .text, label: "B", showIf: .notEmpty("a")),
                    FormField(
                        key: "c", kind: .singleChoice, label: "C", options: [ChoiceOption(value: "x", label: "X")], showIf: .compare("a", .less, .number(3))),
                    FormField(key: "d", kind: .integer, label: "D", showIf: .all([.oneOf("c", ["y"]), .notEmpty("fehlt")])),
                ])
        ])
        let problems = broken.germanProblems
        #expect(problems.contains("Die Bedingung von „d“ verweist auf das unbekannte Feld „fehlt“."))
        #expect(problems.contains("Die Bedingung von „d“ nennt „y“, das keine Antwort von „c“ ist."))
        #expect(problems.contains("Die Bedingung von „c“ vergleicht „a“ mit einem Wert, den dieses Feld nie haben kann."))
        #expect(problems.contains { $0.contains("hängt im Kreis von sich selbst ab") })
    }

    @Test("Conditions survive storage as JSON")
    func codable() throws {
        let data = try JSONEncoder().encode(Self.schema)
        #expect(try JSONDecoder().decode(FormSchema.self, from: data) == Self.schema)
    }
}

@Suite("Cross-field rules")
struct CrossFieldRuleTests {
    static let schema = FormSchema(
        steps: [
            FormStep(
                title: "Zeitraum",
                fields: [
                    FormField(key: "beginn", kind: .date, label: "Beginn", isRequired: false),
                    FormField(key: "ende", kind: .date, label: "Ende"),
                    FormField(key: "personen", kind: .integer, label: "Personen"),
                ])
        ],
        rules: [
            CrossFieldRule(check: .compareFields("ende", .greater, "beginn"), field: "ende", message: "Das Ende muss nach dem Beginn liegen.")
        ])

    func validate(_ begin: Int?, _ end: Int) -> Result<Answers, ValidationFailure> {
        var members: [JSONValue.Member] = [.init("ende", .string(TestClock.today.adding(days: end).iso)), .init("personen", .number(2))]
        if let begin { members.append(.init("beginn", .string(TestClock.today.adding(days: begin).iso))) }
        return SubmissionValidator(schema: Self.schema, today: TestClock.today).validate(json: members)
    }

    @Test("A failing rule shows the editor's message at its field")
    func failing() throws {
        let failure = try #require(validate(10, 5).failure)
        #expect(failure.errors.map(\.field) == ["ende"])
        #expect(failure.errors[0].message() == "Das Ende muss nach dem Beginn liegen.")
    }

    @Test("A holding rule and a rule with an unanswered field pass")
    func passing() throws {
        _ = try validate(1, 5).get()
        _ = try validate(nil, 5).get()
    }

    @Test("Rules comparing different kinds or pointing nowhere are publish problems")
    func staticCheck() {
        #expect(Self.schema.problems.isEmpty)
        var broken = Self.schema
        broken.rules = [CrossFieldRule(check: .compareFields("ende", .greater, "personen"), field: "nirgends", message: "x")]
        #expect(
            broken.germanProblems.contains(
                "Die Bedingung von „nirgends“ vergleicht „ende“ mit „personen“; das geht nur bei zwei Zahlen oder zwei Datumsangaben."))
        #expect(broken.germanProblems.contains("Die Regel „x“ zeigt ihre Meldung am unbekannten Feld „nirgends“."))
    }

    @Test("Forms stored before rules existed still read")
    func decodesOldSchemas() throws {
        let schema = try JSONDecoder().decode(FormSchema.self, from: Data(#"{"steps":[]}"#.utf8))
        #expect(schema.rules.isEmpty)
    }
}

@Suite("Computed fees")
struct FeeExpressionTests {
    static let schema = FormSchema(
        steps: [
            FormStep(
                title: "Bohrung",
                fields: [
                    FormField(
                        key: "zweck", kind: .singleChoice, label: "Zweck",
                        options: [ChoiceOption(value: "garten", label: "Garten"), ChoiceOption(value: "gewerbe", label: "Gewerbe")]),
                    FormField(key: "tiefe", kind: .decimal, label: "Tiefe"),
                ])
        ], fee: .when(.equals("zweck", .text("garten")), .amount(0), .sum([.amount(50), .product([.amount(Decimal(string: "2.125")!), .answer("tiefe")])])))

    @Test("The fee follows the answers and is rounded to cents")
    func computes() throws {
        let fee = try #require(Self.schema.fee)
        #expect(fee.fee(for: Answers(["zweck": .choice("garten"), "tiefe": .decimal(12)])) == 0)
        #expect(fee.fee(for: Answers(["zweck": .choice("gewerbe"), "tiefe": .decimal(5)])) == Decimal(string: "60.63"))
        #expect(fee.fee(for: Answers(["zweck": .choice("gewerbe")])) == 50)
        #expect(Self.schema.problems.isEmpty)
    }

    @Test("A submission stores the fee its form version computed")
    func storedWithSubmission() throws {
        let version = FormVersion(id: Identifier(UUID()), serviceID: Identifier(UUID()), number: 1, schema: Self.schema, publishedAt: TestClock.now)
        var service = Service(
            id: version.serviceID, slug: "x", leikaKey: nil, referencePrefix: "X", title: "X", category: "X", summary: "",
            description: "", orgUnitID: Identifier(UUID()), contact: Contact(name: "X"), isPublished: true)
        service.isPublished = true
        let answers = try SubmissionValidator(schema: Self.schema, today: TestClock.today)
            .validate(json: [.init("zweck", .string("gewerbe")), .init("tiefe", .number(10))]).get()
        let submission = Submission.received(
            id: Identifier(UUID()), reference: ReferenceGenerator { 1 }(prefix: "X", year: 2026),
            service: service, version: version, answers: answers, at: TestClock.now)
        #expect(submission.fee == Decimal(string: "71.25"))
    }

    @Test("Fees that read unknown or non-number fields are publish problems")
    func staticCheck() {
        var broken = Self.schema
        broken.fee = .sum([.answer("zweck"), .answer("fehlt")])
        #expect(broken.germanProblems.contains("Die Gebührenberechnung rechnet mit „zweck“, das keine Zahl ist."))
        #expect(broken.germanProblems.contains("Die Gebührenberechnung verweist auf das unbekannte Feld „fehlt“."))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

@Suite("Validation benchmark fixture")
struct ValidationBenchmarkFixtureTests {
    @Test("The synthetic 300-field form is a valid form with 100 conditions, and its answers pass")
    func fixtureIsValid() throws {
        let schema = ValidationBenchmark.schema()
        #expect(schema.fields.count == 300)
        #expect(schema.fields.filter { $0.showIf != nil }.count == 100)
        #expect(schema.problems.isEmpty, "\(schema.problems.prefix(3))")
        _ = try SubmissionValidator(schema: schema, today: TestClock.today).validate(json: ValidationBenchmark.answers()).get()
    }
}
