/// One difference between two versions of a form, as the version history lists it.
public enum SchemaChange: Hashable, Sendable {
    case added(label: String)
    case removed(label: String)
    /// Same key, different question: label, kind, required or answers changed.
    case changed(label: String, what: [String])

    /// The changes from `old` to `new`, in the new form's order (removals last).
    public static func between(_ old: FormSchema, _ new: FormSchema) -> [SchemaChange] {
        let before = Dictionary(old.fields.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(new.fields.map(\.key))
        var changes: [SchemaChange] = []
        for field in new.fields {
            guard let previous = before[field.key] else {
                changes.append(.added(label: field.label))
                continue
            }
            var what: [String] = []
            if previous.label != field.label { what.append("Beschriftung (vorher „\(previous.label)“)") }
            if previous.kind != field.kind { what.append("Art") }
            if previous.needsAnswer != field.needsAnswer { what.append(field.needsAnswer ? "jetzt Pflicht" : "jetzt freiwillig") }
            if previous.options != field.options { what.append("Antworten") }
            if previous.constraints != field.constraints { what.append("Grenzen") }
            if previous.showIf != field.showIf || previous.requireIf != field.requireIf || previous.forbidIf != field.forbidIf { what.append("Bedingung") }
            if previous.fields != field.fields || previous.repetition != field.repetition { what.append("Felder der Gruppe") }
            if !what.isEmpty { changes.append(.changed(label: field.label, what: what)) }
        }
        for field in old.fields where !after.contains(field.key) { changes.append(.removed(label: field.label)) }
        return changes
    }

    /// `Neu: „Rasse“`, `Entfernt: …`, `Geändert: „Rasse“ (Antworten, Bedingung)`.
    public var german: String {
        switch self {
        case .added(let label): "Neu: „\(label)“"
        case .removed(let label): "Entfernt: „\(label)“"
        case .changed(let label, let what): "Geändert: „\(label)“ (\(what.joined(separator: ", ")))"
        }
    }
}
