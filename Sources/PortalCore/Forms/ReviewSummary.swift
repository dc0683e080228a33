import Foundation

/// What a reviewer reads besides the form as citizens see it: each field's conditions and limits in
/// words, and what changed since the form they last decided on, grouped by step.
public enum ReviewSummary {
    public struct Group: Hashable, Sendable {
        public var title: String
        public var lines: [String]

        public init(title: String, lines: [String]) {
            self.title = title
            self.lines = lines
        }
    }

    /// The rules of every field of a step that has any: „Erläuterung: erscheint nur, wenn grund = "sonstiges"“.
    public static func rules(of fields: [FormField]) -> [String] {
        var lines: [String] = []
        func walk(_ fields: [FormField], prefix: String) {
            for field in fields {
                var parts: [String] = []
                if let condition = field.showIf { parts.append("erscheint nur, wenn \(FormExpression.text(condition))") }
                if let condition = field.requireIf { parts.append("Pflicht, wenn \(FormExpression.text(condition))") }
                if let condition = field.forbidIf { parts.append("muss leer bleiben, wenn \(FormExpression.text(condition))") }
                let limits = field.constraints
                if let min = limits.minLength { parts.append("mindestens \(min) Zeichen") }
                if let max = limits.maxLength { parts.append("höchstens \(max) Zeichen") }
                if let pattern = limits.pattern { parts.append("Muster \(pattern)") }
                if let min = limits.min { parts.append("ab \(GermanFormat.number(min))") }
                if let max = limits.max { parts.append("bis \(GermanFormat.number(max))") }
                if let days = limits.earliestDaysFromToday { parts.append("frühestens \(days) Tage nach dem Absenden") }
                if let days = limits.latestDaysFromToday { parts.append("spätestens \(days) Tage nach dem Absenden") }
                if field.kind == .file {
                    parts.append(
                        "\(FieldConstraints.typeNames(limits.allowedMediaTypes)), bis \(UploadedFile.size(limits.fileLimit)), höchstens \(limits.fileCount) Datei(en)"
                    )
                }
                if field.kind.hasOptions { parts.append("Codes: " + field.options.map { "\($0.label) = \($0.value)" }.joined(separator: "; ")) }
                if let repetition = field.repetition { parts.append("wiederholbar, \(repetition.min) bis \(repetition.max) Einträge") }
                if !parts.isEmpty { lines.append("\(prefix)\(field.label) (\(field.key)): \(parts.joined(separator: "; "))") }
                walk(field.fields, prefix: prefix + field.label + " › ")
            }
        }
        walk(fields, prefix: "")
        return lines
    }

    /// What changed from `old` to `new`: per step of the new form its fields' changes, then removed
    /// fields, changed steps, rules and fee. Empty when nothing changed.
    public static func changes(from old: FormSchema, to new: FormSchema) -> [Group] {
        var groups: [Group] = []
        let all = SchemaChange.between(old, new)
        for step in new.steps {
            let labels = Set(step.answerFields.map(\.label))
            let lines = all.compactMap { change -> String? in
                switch change {
                case .added(let label), .changed(let label, _): labels.contains(label) ? change.german : nil
                case .removed: nil
                }
            }
            if !lines.isEmpty { groups.append(Group(title: "Schritt „\(step.title)“", lines: lines)) }
        }
        let removed = all.filter { if case .removed = $0 { true } else { false } }.map(\.german)
        if !removed.isEmpty { groups.append(Group(title: "Entfernte Fragen", lines: removed)) }
        var form: [String] = []
        let oldTitles = old.steps.map(\.title)
        let newTitles = new.steps.map(\.title)
        if oldTitles != newTitles {
            form.append("Schritte vorher: \(oldTitles.joined(separator: ", ")); jetzt: \(newTitles.joined(separator: ", "))")
        }
        if old.rules != new.rules {
            form.append(
                "Regeln vorher: \(old.rules.isEmpty ? "keine" : old.rules.map(\.message).joined(separator: "; ")); jetzt: \(new.rules.isEmpty ? "keine" : new.rules.map(\.message).joined(separator: "; "))"
            )
        }
        if old.fee != new.fee {
            form.append("Gebühr vorher: \(old.fee.map(FormExpression.text) ?? "keine"); jetzt: \(new.fee.map(FormExpression.text) ?? "keine")")
        }
        if !form.isEmpty { groups.append(Group(title: "Ganzes Formular", lines: form)) }
        return groups
    }
}
