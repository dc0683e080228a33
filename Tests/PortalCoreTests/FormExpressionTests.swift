import Foundation
import PortalCore
import PortalViews
import Testing

@Suite("Written conditions and fees (FormExpression)")
struct FormExpressionTests {
    @Test(
        "Conditions read into the same typed values the pickers build",
        arguments: [
            ("zweck = \"sonstiges\"", Condition.equals("zweck", .text("sonstiges"))),
            ("zweck != „Garten“", .not(.equals("zweck", .text("Garten")))),
            ("tiefe >= 12,5", .compare("tiefe", .greaterOrEqual, .number(Decimal(string: "12.5")!))),
            ("tiefe < -3", .compare("tiefe", .less, .number(-3))),
            ("beginn <= 31.12.2026", .compare("beginn", .lessOrEqual, .date(LocalDate(year: 2026, month: 12, day: 31)!))),
            ("ende ≥ beginn", .compareFields("ende", .greaterOrEqual, "beginn")),
            ("eilig = ja", .equals("eilig", .bool(true))),
            ("ausgefüllt(telefon)", .notEmpty("telefon")),
            ("telefon ausgefuellt", .notEmpty("telefon")),
            ("art in (\"eiche\"; \"buche\")", .oneOf("art", ["eiche", "buche"])),
            ("a = 1 und b = 2 oder nicht c = 3", .any([.all([.equals("a", .number(1)), .equals("b", .number(2))]), .not(.equals("c", .number(3)))])),
            ("a = 1 und (b = 2 oder c = 3)", .all([.equals("a", .number(1)), .any([.equals("b", .number(2)), .equals("c", .number(3))])])),
            ("G60000000086-F60000000243 = ja", .equals("G60000000086-F60000000243", .bool(true))),
        ])
    func conditions(text: String, expected: Condition) throws {
        #expect(try FormExpression.condition(text) == expected)
        // Written back and read again, nothing changes.
        #expect(try FormExpression.condition(FormExpression.text(expected)) == expected)
    }

    @Test("Fees: amounts, answers, sums, differences, products and wenn(…)")
    func fees() throws {
        let fee = try FormExpression.fee("25 + 10,50 * anzahl - 5")
        #expect(fee == .sum([.amount(25), .product([.amount(Decimal(string: "10.5")!), .answer("anzahl")]), .product([.amount(-1), .amount(5)])]))
        var answers = Answers()
        answers["anzahl"] = .integer(2)
        #expect(fee.fee(for: answers) == 41)
        let conditional = try FormExpression.fee("wenn(zweck = \"gewerblich\"; 100; 50) * (1 + anzahl)")
        answers["zweck"] = .choice("gewerblich")
        #expect(conditional.fee(for: answers) == 300)
        for expression in [fee, conditional] {
            #expect(try FormExpression.fee(FormExpression.text(expression)) == expression)
        }
        #expect(FormExpression.text(fee) == "25 + 10,5 * anzahl - 5")
    }

    @Test(
        "Mistakes are named with their position",
        arguments: [
            ("", "Der Ausdruck ist leer."),
            ("zweck = ", "Der Ausdruck endet zu früh: es fehlt ein Wert (Text in Anführungszeichen, Zahl, Datum, ja/nein) oder der Schlüssel eines Feldes."),
            ("zweck \"a\"", "An Stelle 7 steht der Text „a“; erwartet war ein Vergleich (=, !=, <, <=, >, >=, in) nach „zweck“."),
            ("(a = 1", "Der Ausdruck endet zu früh: es fehlt „)“."),
            ("a = 1 b = 2", "An Stelle 7 steht noch „b“; der Ausdruck war dort schon vollständig. Fehlt „und“ oder „oder“?"),
            ("a # 1", "Das Zeichen „#“ an Stelle 3 ist hier nicht erlaubt."),
            ("a = \"offen", "Der Text ab Stelle 5 hat kein schließendes Anführungszeichen."),
            ("a < \"x\"", "An Stelle 3: mit < lassen sich nur Zahlen und Daten vergleichen."),
            ("a = b", "An Stelle 3: zwei Antworten lassen sich nur mit <, <=, > oder >= vergleichen."),
            ("a = 31.02.2026", "„31.02.2026“ an Stelle 5 ist kein gültiges Datum (TT.MM.JJJJ)."),
            ("und = 1", "An Stelle 1 steht „und“; erwartet war der Schlüssel eines Feldes."),
        ])
    func errors(text: String, message: String) {
        do {
            _ = try FormExpression.condition(text)
            Issue.record("\(text) was read")
        } catch {
            #expect(error.message(.german) == message)
        }
    }

    @Test("Answers written as citizens see them become the stored values")
    func resolving() throws {
        let schema = FormSchema(steps: [
            FormStep(
                title: "A",
                fields: [
                    FormField(key: "zweck", kind: .singleChoice, label: "Zweck", options: [ChoiceOption(value: "sonstiges", label: "Sonstiges")]),
                    FormField(key: "eilig", kind: .yesNo, label: "Eilig"),
                ])
        ])
        let condition = FormExpression.resolve(
            try FormExpression.condition("zweck = \"Sonstiges\" und eilig = \"Ja\" oder zweck in (\"sonstiges\")"), in: schema)
        #expect(condition == .any([.all([.equals("zweck", .text("sonstiges")), .equals("eilig", .bool(true))]), .oneOf("zweck", ["sonstiges"])]))
    }
}
