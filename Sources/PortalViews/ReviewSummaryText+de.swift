import PortalCore

extension ReviewSummaryText {
    static let german: ReviewSummaryText = {
        @Sendable func change(_ change: SchemaChange) -> String {
            switch change {
            case .added(let label): return "Neu: „\(label)“"
            case .removed(let label): return "Entfernt: „\(label)“"
            case .changed(let label, let aspects):
                let what = aspects.map { aspect in
                    switch aspect {
                    case .label(let before): "Beschriftung (vorher „\(before)“)"
                    case .kind: "Art"
                    case .nowRequired: "jetzt Pflicht"
                    case .nowOptional: "jetzt freiwillig"
                    case .answers: "Antworten"
                    case .limits: "Grenzen"
                    case .condition: "Bedingung"
                    case .groupFields: "Felder der Gruppe"
                    }
                }
                return "Geändert: „\(label)“ (\(what.joined(separator: ", ")))"
            }
        }
        @Sendable func list(_ items: [String], _ separator: String) -> String { items.isEmpty ? "keine" : items.joined(separator: separator) }
        return ReviewSummaryText(
            language: .german,
            rule: { rule in
                switch rule {
                case .shownWhen(let condition): "erscheint nur, wenn \(condition)"
                case .requiredWhen(let condition): "Pflicht, wenn \(condition)"
                case .emptyWhen(let condition): "muss leer bleiben, wenn \(condition)"
                case .minimumLength(let min): "mindestens \(min) Zeichen"
                case .maximumLength(let max): "höchstens \(max) Zeichen"
                case .pattern(let pattern): "Muster \(pattern)"
                case .minimum(let min): "ab \(GermanFormat.number(min))"
                case .maximum(let max): "bis \(GermanFormat.number(max))"
                case .earliestDays(let days): "frühestens \(days) Tage nach dem Absenden"
                case .latestDays(let days): "spätestens \(days) Tage nach dem Absenden"
                case .files(let types, let maxBytes, let count):
                    "\(FieldConstraints.typeNames(types)), bis \(UploadedFile.size(maxBytes)), höchstens \(count) Datei(en)"
                case .codes(let options): "Codes: " + options.map { "\($0.label) = \($0.value)" }.joined(separator: "; ")
                case .repeatable(let min, let max): "wiederholbar, \(min) bis \(max) Einträge"
                }
            },
            groupTitle: { title in
                switch title {
                case .step(let step): "Schritt „\(step)“"
                case .removedQuestions: "Entfernte Fragen"
                case .wholeForm: "Ganzes Formular"
                }
            },
            change: change,
            line: { line in
                switch line {
                case .field(let fieldChange): change(fieldChange)
                case .steps(let before, let now): "Schritte vorher: \(list(before, ", ")); jetzt: \(list(now, ", "))"
                case .rules(let before, let now): "Regeln vorher: \(list(before, "; ")); jetzt: \(list(now, "; "))"
                case .fee(let before, let now): "Gebühr vorher: \(before ?? "keine"); jetzt: \(now ?? "keine")"
                }
            })
    }()
}
