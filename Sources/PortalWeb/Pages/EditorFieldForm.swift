import Foundation
import PortalCore

/// Reads the field editor's form into a field: label, hint, required, answers, limits, condition.
enum EditorFieldForm {
    static func apply(_ form: FormValues, to field: inout FormField, in schema: FormSchema) throws(FormSchema.EditError) {
        func value(_ name: String) -> String { (form.first(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        let label = value("beschriftung")
        guard !label.isEmpty else { throw FormSchema.EditError("Die Beschriftung darf nicht leer sein.") }
        guard label.count <= 500 else { throw FormSchema.EditError("Die Beschriftung darf höchstens 500 Zeichen lang sein.") }
        field.label = label
        field.hint = value("hinweis").isEmpty ? nil : String(value("hinweis").prefix(2000))
        if field.kind.takesInput || field.kind == .file { field.isRequired = form.first("pflicht") == "true" }
        if field.kind.hasOptions {
            let labels = value("antworten").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !labels.isEmpty else { throw FormSchema.EditError("Eine Auswahl braucht mindestens eine Antwort.") }
            guard Set(labels).count == labels.count else { throw FormSchema.EditError("Jede Antwort darf nur einmal vorkommen.") }
            // Answers keep their stored value when the label stays, so conditions and old submissions still match.
            var used: Set<String> = []
            field.options = labels.map { label in
                if let existing = field.options.first(where: { $0.label == label }) {
                    used.insert(existing.value)
                    return existing
                }
                var base = FormSchema(steps: []).uniqueKey(for: label)
                var number = 2
                let stem = base
                while used.contains(base) || field.options.contains(where: { $0.value == base }) { base = "\(stem)_\(number)"; number += 1 }
                used.insert(base)
                return ChoiceOption(value: base, label: label)
            }
        }
        func number(_ name: String) throws(FormSchema.EditError) -> Decimal? {
            let text = value(name)
            if text.isEmpty { return nil }
            guard let parsed = GermanFormat.parseNumber(text) else { throw FormSchema.EditError("„\(text)“ ist keine Zahl.") }
            return parsed
        }
        if field.kind.isTextual {
            field.constraints.minLength = try number("min_laenge").map { NSDecimalNumber(decimal: $0).intValue }
            field.constraints.maxLength = try number("max_laenge").map { NSDecimalNumber(decimal: $0).intValue }
            if let min = field.constraints.minLength, let max = field.constraints.maxLength, min > max {
                throw FormSchema.EditError("Die Mindestlänge ist größer als die Höchstlänge.")
            }
        }
        if field.kind.isNumeric || field.kind == .money {
            field.constraints.min = try number("minimum")
            field.constraints.max = try number("maximum")
            if let min = field.constraints.min, let max = field.constraints.max, min > max {
                throw FormSchema.EditError("Der kleinste Wert ist größer als der größte.")
            }
        }
        if field.kind == .hidden || field.kind == .readOnly { field.fixedValue = String(value("fester_wert").prefix(500)) }
        let conditionKey = value("bedingung_feld")
        if conditionKey.isEmpty {
            field.showIf = nil
        } else {
            guard let other = schema.field(conditionKey), other.key != field.key else {
                throw FormSchema.EditError("Das Feld für die Bedingung gibt es nicht.")
            }
            let answer = value("bedingung_wert")
            guard !answer.isEmpty else { throw FormSchema.EditError("Bitte geben Sie an, bei welcher Antwort von „\(other.label)“ das Feld erscheint.") }
            field.showIf = .equals(other.key, try conditionValue(answer, for: other))
        }
    }

    /// The typed value an answer typed by the editor stands for (an option's label or value, Ja/Nein, numbers, dates).
    static func conditionValue(_ answer: String, for field: FormField) throws(FormSchema.EditError) -> ConditionValue {
        switch field.kind {
        case .singleChoice, .multipleChoice:
            guard let option = field.options.first(where: { $0.label.lowercased() == answer.lowercased() || $0.value == answer }) else {
                throw FormSchema.EditError("„\(answer)“ ist keine Antwort von „\(field.label)“. Möglich: \(field.options.map(\.label).joined(separator: ", ")).")
            }
            return .text(option.value)
        case .yesNo, .consent:
            switch answer.lowercased() {
            case "ja", "yes", "true": return .bool(true)
            case "nein", "no", "false": return .bool(false)
            default: throw FormSchema.EditError("Bei „\(field.label)“ ist die Antwort Ja oder Nein.")
            }
        case .integer, .decimal, .money:
            guard let number = GermanFormat.parseNumber(answer) else { throw FormSchema.EditError("„\(answer)“ ist keine Zahl.") }
            return .number(number)
        case .date:
            guard let date = LocalDate(german: answer) ?? LocalDate(iso: answer) else { throw FormSchema.EditError("„\(answer)“ ist kein Datum (TT.MM.JJJJ).") }
            return .date(date)
        default:
            return .text(answer)
        }
    }
}
