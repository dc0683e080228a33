import Foundation
import PortalCore
import PortalTestSupport
import Testing

@Suite("Groups and repeatable groups")
struct GroupTests {
    /// Owners of a plot: at least one, at most three; a company needs its register number.
    static let schema = FormSchema(steps: [
        FormStep(
            title: "Eigentum",
            fields: [
                FormField(
                    key: "grundstueck", kind: .group, label: "Grundstück",
                    fields: [
                        FormField(key: "gemarkung", kind: .text, label: "Gemarkung"),
                        FormField(key: "flurstueck", kind: .text, label: "Flurstück"),
                    ]),
                FormField(
                    key: "eigentuemer", kind: .group, label: "Eigentümerinnen und Eigentümer",
                    fields: [
                        FormField(key: "name", kind: .text, label: "Name"),
                        FormField(
                            key: "art", kind: .singleChoice, label: "Art",
                            options: [.init(value: "person", label: "Person"), .init(value: "firma", label: "Firma")]),
                        FormField(key: "register", kind: .text, label: "Registernummer", showIf: .equals("art", .text("firma"))),
                    ], repetition: Repetition(min: 1, max: 3, itemName: "Eigentümer")),
            ])
    ])
    let validator = SubmissionValidator(schema: schema, today: TestClock.today)

    @Test("A plain group's fields are answered like top-level fields")
    func plainGroup() throws {
        #expect(Self.schema.fields.map(\.key) == ["gemarkung", "flurstueck", "eigentuemer"])
        #expect(Self.schema.problems.isEmpty)
        guard case .failure(let failure) = validator.validate(form: ["gemarkung": ["Kiel"]]) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.errors.map(\.field) == ["flurstueck", "eigentuemer"])
        #expect(failure.errors.last?.message() == "Bitte geben Sie bei „Eigentümerinnen und Eigentümer“ mindestens einen Eintrag an.")
    }

    @Test("Entries are validated one by one, conditions read the entry, empty entries are dropped")
    func entries() throws {
        let values: [String: [String]] = [
            "gemarkung": ["Kiel"], "flurstueck": ["12/3"],
            "eigentuemer.1.name": ["Erika Mustermann"], "eigentuemer.1.art": ["person"],
            "eigentuemer.2.name": [""],
            "eigentuemer.3.name": ["Brunnenbau Nord GmbH"], "eigentuemer.3.art": ["firma"],
        ]
        guard case .failure(let failure) = validator.validate(form: values) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.errors.map(\.field) == ["eigentuemer.3.register"])
        #expect(failure.errors.first?.message() == "Bitte füllen Sie „Registernummer (Eigentümer 3)“ aus.")
        var fixed = values
        fixed["eigentuemer.3.register"] = ["HRB 1234"]
        fixed["eigentuemer.1.register"] = ["wird verworfen"]
        let answers = try validator.validate(form: fixed).get()
        guard case .rows(let rows)? = answers["eigentuemer"] else {
            Issue.record("no rows")
            return
        }
        #expect(rows.count == 2)
        #expect(rows[0]["register"] == nil)
        #expect(rows[1]["register"] == .text("HRB 1234"))
        #expect(
            answers.json(in: Self.schema)["eigentuemer"]
                == .array([
                    .object([.init("name", .string("Erika Mustermann")), .init("art", .string("person"))]),
                    .object([.init("name", .string("Brunnenbau Nord GmbH")), .init("art", .string("firma")), .init("register", .string("HRB 1234"))]),
                ]))
    }

    @Test("The API sends entries as a list of objects; too many entries and unknown members are refused")
    func api() throws {
        let owner = JSONValue.object([.init("name", .string("Erika")), .init("art", .string("person"))])
        let base: [JSONValue.Member] = [.init("gemarkung", .string("Kiel")), .init("flurstueck", .string("1"))]
        #expect(throws: Never.self) { try validator.validate(json: base + [.init("eigentuemer", .array([owner]))]).get() }
        guard case .failure(let many) = validator.validate(json: base + [.init("eigentuemer", .array([owner, owner, owner, owner]))]) else {
            Issue.record("accepted")
            return
        }
        #expect(many.errors.map(\.problem) == [.tooManyEntries(3)])
        guard
            case .failure(let unknown) = validator.validate(
                json: base + [
                    .init("eigentuemer", .array([.object([.init("name", .string("E")), .init("art", .string("person")), .init("alter", .number(3))])]))
                ])
        else {
            Issue.record("accepted")
            return
        }
        #expect(unknown.errors.map(\.field) == ["eigentuemer.1.alter"])
        guard case .failure(let shape) = validator.validate(json: base + [.init("eigentuemer", .string("Erika"))]) else {
            Issue.record("accepted")
            return
        }
        #expect(shape.errors.map(\.problem) == [.wrongType(.group)])
    }

    @Test("Publishing checks groups: empty, bad bounds, nested repetition, bad keys; entries have their own keys")
    func publishChecks() {
        let schema = FormSchema(steps: [
            FormStep(
                title: "A",
                fields: [
                    FormField(key: "leer", kind: .group, label: "Leer"),
                    FormField(
                        key: "personen", kind: .group, label: "Personen",
                        fields: [
                            FormField(key: "name", kind: .text, label: "Name"),
                            FormField(
                                key: "kinder", kind: .group, label: "Kinder", fields: [FormField(key: "name", kind: .text, label: "Name")],
                                repetition: Repetition()),
                        ], repetition: Repetition(min: 3, max: 2)),
                    FormField(key: "name", kind: .text, label: "Name"),
                    FormField(key: "mit leerzeichen", kind: .text, label: "X"),
                ])
        ])
        #expect(
            schema.germanProblems == [
                "Die Gruppe „leer“ enthält kein Feld.",
                "Die Gruppe „personen“ braucht 0 ≤ Mindestzahl ≤ Höchstzahl ≤ 50 und eine Höchstzahl ab 1.",
                "Die wiederholbare Gruppe „kinder“ steht in einer anderen wiederholbaren Gruppe; das wird nicht unterstützt.",
                "Der Schlüssel „mit leerzeichen“ darf nur Buchstaben, Ziffern, „_“ und „-“ enthalten (höchstens 100 Zeichen).",
            ])
    }

    @Test("Conditions in entries read later fields of the form, and a hidden entry field's answer is dropped")
    func entryConditions() throws {
        let schema = FormSchema(steps: [
            FormStep(
                title: "A",
                fields: [
                    FormField(
                        key: "kinder", kind: .group, label: "Kinder",
                        fields: [
                            FormField(key: "name", kind: .text, label: "Name"),
                            FormField(key: "schule", kind: .yesNo, label: "Schule?", showIf: .equals("nachweise", .bool(true))),
                            FormField(key: "schulname", kind: .text, label: "Schulname", showIf: .equals("schule", .bool(true))),
                        ], repetition: Repetition(min: 1, max: 5, itemName: "Kind")),
                    FormField(key: "nachweise", kind: .yesNo, label: "Nachweise?"),
                ])
        ])
        let validator = SubmissionValidator(schema: schema, today: TestClock.today)
        guard case .failure(let failure) = validator.validate(form: ["kinder.1.name": ["Ida"], "nachweise": ["true"]]) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.errors.map(\.field) == ["kinder.1.schule"])
        let answers = try validator.validate(form: [
            "kinder.1.name": ["Ida"], "kinder.1.schule": ["true"], "kinder.1.schulname": ["Grundschule"], "nachweise": ["false"],
        ]).get()
        guard case .rows(let rows)? = answers["kinder"] else {
            Issue.record("no rows")
            return
        }
        #expect(rows[0]["schule"] == nil)
        #expect(rows[0]["schulname"] == nil)
    }

    @Test("A plain group's condition hides all its fields")
    func groupCondition() throws {
        let schema = FormSchema(steps: [
            FormStep(
                title: "A",
                fields: [
                    FormField(key: "gewerblich", kind: .yesNo, label: "Gewerblich?"),
                    FormField(
                        key: "betrieb", kind: .group, label: "Betrieb", showIf: .equals("gewerblich", .bool(true)),
                        fields: [
                            FormField(key: "firma", kind: .text, label: "Firma"),
                            FormField(key: "hrb", kind: .text, label: "HRB"),
                        ]),
                ])
        ])
        let validator = SubmissionValidator(schema: schema, today: TestClock.today)
        let answers = try validator.validate(form: ["gewerblich": ["false"], "firma": ["verworfen"]]).get()
        #expect(answers["firma"] == nil)
        guard case .failure(let failure) = validator.validate(form: ["gewerblich": ["true"]]) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.errors.map(\.field) == ["firma", "hrb"])
        #expect(schema.problems.isEmpty)
    }
}
