import Foundation
import PortalCore
import PortalTestSupport
import Testing

@Suite("Money, time, date-time, IBAN and fixed fields")
struct FieldKindTests {
    static let schema = FormSchema(steps: [
        FormStep(
            title: "Zahlung",
            fields: [
                FormField(key: "gebuehr", kind: .money, label: "Gebühr", constraints: .init(min: 0, max: 10_000)),
                FormField(key: "uhrzeit", kind: .time, label: "Uhrzeit", isRequired: false),
                FormField(key: "termin", kind: .dateTime, label: "Termin", isRequired: false, constraints: .init(earliestDaysFromToday: 1)),
                FormField(key: "iban", kind: .iban, label: "IBAN", isRequired: false),
                FormField(key: "hinweis", kind: .staticText, label: "Hinweis", hint: "Bitte vollständig ausfüllen."),
                FormField(key: "aktenplan", kind: .hidden, label: "Aktenplan", fixedValue: "66.20"),
                FormField(key: "behoerde", kind: .readOnly, label: "Behörde", fixedValue: "Untere Wasserbehörde"),
            ])
    ])
    let validator = SubmissionValidator(schema: schema, today: TestClock.today)

    func json(_ members: [JSONValue.Member]) -> Result<Answers, ValidationFailure> {
        validator.validate(json: [.init("gebuehr", .number(Decimal(string: "12.5")!))] + members)
    }

    @Test("Valid answers in the API notation are accepted; fixed values come from the form")
    func acceptsJSON() throws {
        let answers = try json([
            .init("uhrzeit", .string("9:05")), .init("termin", .string(TestClock.today.adding(days: 3).iso + "T14:30")),
            .init("iban", .string("de89 3704 0044 0532 0130 00")), .init("aktenplan", .string("manipuliert")),
        ]).get()
        #expect(answers["gebuehr"] == .decimal(Decimal(string: "12.5")!))
        #expect(answers["uhrzeit"] == .text("09:05"))
        #expect(answers["termin"] == .text(TestClock.today.adding(days: 3).iso + "T14:30"))
        #expect(answers["iban"] == .text("DE89370400440532013000"))
        #expect(answers["aktenplan"] == .text("66.20"))
        #expect(answers["behoerde"] == .text("Untere Wasserbehörde"))
        #expect(answers["hinweis"] == nil)
    }

    @Test(
        "Each kind refuses what it cannot be",
        arguments: [
            ("gebuehr", JSONValue.number(Decimal(string: "12.345")!), ValidationProblem.wrongType(.money)),
            ("gebuehr", .number(-1), .belowMinimum(0)),
            ("uhrzeit", .string("24:00"), .wrongType(.time)),
            ("uhrzeit", .string("9:5"), .wrongType(.time)),
            ("termin", .string("2026-12-24"), .wrongType(.dateTime)),
            ("termin", .string(TestClock.today.iso + "T10:00"), .dateTooEarly(TestClock.today.adding(days: 1))),
            ("iban", .string("DE89 3704 0044 0532 0130 01"), .invalidIBAN),
            ("iban", .string("DE89 3704 0044 0532 0130"), .invalidIBAN),
            ("hinweis", .string("x"), .notAnswerable),
        ])
    func refuses(key: String, value: JSONValue, problem: ValidationProblem) {
        let members = [JSONValue.Member(key, value)]
        let result = key == "gebuehr" ? validator.validate(json: members) : json(members)
        guard case .failure(let failure) = result else {
            Issue.record("accepted \(value)")
            return
        }
        #expect(failure.error(for: key)?.problem == problem)
    }

    @Test("HTML posts take German notation")
    func htmlChannel() throws {
        let answers = try validator.validate(form: [
            "gebuehr": ["1.234,50 €"], "uhrzeit": ["14.30"], "termin": [TestClock.today.adding(days: 2).german + " 08:00"],
            "iban": ["GB82 WEST 1234 5698 7654 32"], "aktenplan": ["manipuliert"],
        ]).get()
        #expect(answers["gebuehr"] == .decimal(Decimal(string: "1234.5")!))
        #expect(answers["uhrzeit"] == .text("14:30"))
        #expect(answers["termin"] == .text(TestClock.today.adding(days: 2).iso + "T08:00"))
        #expect(answers["iban"] == .text("GB82WEST12345698765432"))
        #expect(answers["aktenplan"] == .text("66.20"))
    }

    @Test("Fixed fields without a value are a problem of the form")
    func fixedValueRequired() {
        #expect(Self.schema.problems.isEmpty)
        let broken = FormSchema(steps: [FormStep(title: "A", fields: [FormField(key: "akte", kind: .hidden, label: "Akte")])])
        #expect(broken.germanProblems == ["Das Feld „akte“ braucht einen festen Wert."])
    }

    @Test("Money and IBAN are written the way people read them")
    func formatting() {
        #expect(GermanFormat.money(Decimal(string: "1234.5")!) == "1.234,50 €")
        #expect(GermanFormat.money(Decimal(string: "0.05")!) == "0,05 €")
        #expect(GermanFormat.money(Decimal(1_000_000)) == "1.000.000,00 €")
        #expect(IBAN.grouped("DE89370400440532013000") == "DE89 3704 0044 0532 0130 00")
        #expect(IBAN.isValid("DE89370400440532013000"))
    }
}
