import Foundation
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Submission validation")
struct SubmissionValidatorTests {
    let validator = SubmissionValidator(schema: DemoCatalog.wellDrillingForm, today: TestClock.today)

    func problem(_ key: String, _ value: JSONValue?) -> ValidationProblem? {
        switch validator.validate(json: WellDrillingAnswers.replacing(key, with: value)) {
        case .success: nil
        case .failure(let failure): failure.error(for: key)?.problem
        }
    }

    @Test("Complete Brunnenbohrung answers are accepted and typed")
    func acceptsValidAnswers() throws {
        let answers = try validator.validate(json: WellDrillingAnswers.valid()).get()
        #expect(answers["nachname"] == .text("Müller-Lüdenscheidt"))
        #expect(answers["bohrtiefe"] == .decimal(Decimal(string: "12.5")!))
        #expect(answers["durchmesser"] == .integer(125))
        #expect(answers["bohrbeginn"] == .date(TestClock.today.adding(days: 35)))
        #expect(answers["erklaerung"] == .bool(true))
        #expect(answers["telefon"] == nil)
    }

    @Test("Missing required answers are reported per field with a German message")
    func reportsMissing() throws {
        let result = validator.validate(json: [])
        let failure = try #require(result.failureValue)
        #expect(failure.errors.count == DemoCatalog.wellDrillingForm.fields.filter(\.isRequired).count)
        #expect(failure.error(for: "vorname")?.message() == "Bitte füllen Sie „Vorname“ aus.")
        #expect(failure.error(for: "zweck")?.message() == "Bitte wählen Sie bei „Wofür soll das Wasser genutzt werden?“ eine Antwort aus.")
        #expect(failure.error(for: "vorname")?.message(.english) == "Enter “Vorname”.")
    }

    @Test(
        "Each rule produces its own problem",
        arguments: [
            ("plz", JSONValue.string("2453"), ValidationProblem.patternMismatch),
            ("vorname", .string(String(repeating: "a", count: 101)), .tooLong(100)),
            ("vorname", .number(5), .wrongType(.text)),
            ("email", .string("keine-adresse"), .invalidEmail),
            ("email", .string("a@b"), .invalidEmail),
            ("telefon", .string("ruf mich an"), .invalidPhone),
            ("zweck", .string("pool"), .unknownOption),
            ("zweck", .array([.string("sonstiges")]), .wrongType(.singleChoice)),
            ("bohrbeginn", .string(TestClock.today.adding(days: 27).iso), .dateTooEarly(TestClock.today.adding(days: 28))),
            ("bohrbeginn", .string(TestClock.today.adding(days: 731).iso), .dateTooLate(TestClock.today.adding(days: 730))),
            ("bohrbeginn", .string("24.12.2026"), .wrongType(.date)),
            ("bohrtiefe", .number(0.5), .belowMinimum(1)),
            ("bohrtiefe", .number(201), .aboveMaximum(200)),
            ("bohrtiefe", .string("12"), .wrongType(.decimal)),
            ("durchmesser", .number(Decimal(string: "125.5")!), .wrongType(.integer)),
            ("durchmesser", .number(10), .belowMinimum(25)),
            ("erklaerung", .bool(false), .missing(.consent)),
            ("erklaerung", .string("ja"), .wrongType(.consent)),
            ("nachname", .string("Müller\u{0007}"), .controlCharacters),
            ("nachname", .string("   "), .missing(.text)),
        ])
    func rules(key: String, value: JSONValue, expected: ValidationProblem) {
        #expect(problem(key, value) == expected)
    }

    @Test("Unknown fields are refused, not ignored")
    func unknownField() throws {
        var answers = WellDrillingAnswers.valid()
        answers.append(.init("kontostand", .number(1)))
        let failure = try #require(validator.validate(json: answers).failureValue)
        #expect(failure.errors.map(\.field) == ["kontostand"])
        #expect(failure.errors[0].problem == .unknownField)
    }

    @Test("Text is trimmed and stored in composed Unicode form")
    func normalisesText() throws {
        let decomposed = "Mu\u{0308}ller"
        let answers = try validator.validate(json: WellDrillingAnswers.replacing("nachname", with: .string("  \(decomposed) "))).get()
        #expect(answers["nachname"] == .text("Müller"))
    }

    @Test("HTML posts use German notation and reach the same rules")
    func htmlChannel() throws {
        let schema = DemoCatalog.wellDrillingForm
        let step = schema.steps[2]
        let form: [String: [String]] = [
            "zweck": ["brauchwasser"], "bohrbeginn": [TestClock.today.adding(days: 30).german],
            "bohrtiefe": ["12,5"], "durchmesser": ["1.000"], "bohrfirma": ["Brunnenbau Nord"],
        ]
        let failure = try #require(validator.validate(form: form, fields: step.fields).failureValue)
        #expect(failure.errors.map(\.field) == ["durchmesser"])
        #expect(failure.errors[0].problem == .aboveMaximum(600))
        var fixed = form
        fixed["durchmesser"] = ["125"]
        let answers = try validator.validate(form: fixed, fields: step.fields).get()
        #expect(answers["bohrtiefe"] == .decimal(Decimal(string: "12.5")!))
        #expect(answers["bohrbeginn"] == .date(TestClock.today.adding(days: 30)))
        #expect(validator.validate(form: ["bohrtiefe": ["zwölf"]], fields: step.fields).failureValue?.error(for: "bohrtiefe")?.problem == .wrongType(.decimal))
    }

    @Test("Multiple choice checks options, duplicates and counts")
    func multipleChoice() throws {
        let validator = SubmissionValidator(schema: DemoCatalog.buildingFileAccessForm, today: TestClock.today)
        let base: [JSONValue.Member] = [
            .init("adresse", .string("Am Markt 1")), .init("berechtigung", .string("eigentum")),
            .init("name", .string("Ayşe Yılmaz")), .init("email", .string("ayse@example.de")),
        ]
        func check(_ value: JSONValue) -> ValidationProblem? {
            validator.validate(json: base + [.init("unterlagen", value)]).failureValue?.error(for: "unterlagen")?.problem
        }
        #expect(check(.array([.string("plaene"), .string("statik")])) == nil)
        #expect(check(.array([.string("plaene"), .string("plaene")])) == .duplicateOption)
        #expect(check(.array([.string("fotos")])) == .unknownOption)
        #expect(check(.array([])) == .missing(.multipleChoice))
        #expect(check(.array([.number(1)])) == .wrongType(.multipleChoice))
    }

    @Test(
        "German number notation parses as people type it",
        arguments: [
            ("12,5", Decimal(string: "12.5")), ("12.5", Decimal(string: "12.5")), ("1.234,5", Decimal(string: "1234.5")),
            (" 7 ", Decimal(7)), ("-3", Decimal(-3)), ("1.000", Decimal(1000)), ("1.000.000", Decimal(1_000_000)), ("0.25", Decimal(string: "0.25")),
            ("1e5", nil), ("12,5,3", nil), ("", nil), ("abc", nil),
        ])
    func germanNumbers(text: String, expected: Decimal?) {
        #expect(GermanFormat.parseNumber(text) == expected)
    }

    @Test("Schemas with duplicate keys, missing labels or options are reported")
    func schemaProblems() {
        let schema = FormSchema(steps: [
            FormStep(
                title: "A",
                fields: [
                    FormField(key: "a", kind: .text, label: "A"),
                    FormField(key: "a", kind: .singleChoice, label: ""),
                    FormField(key: "b", kind: .text, label: "B", constraints: .init(pattern: "[")),
                ])
        ])
        #expect(schema.problems.count == 4)
        #expect(DemoCatalog.wellDrillingForm.problems.isEmpty)
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
