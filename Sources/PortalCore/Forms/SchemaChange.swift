/// One difference between two versions of a form, as the version history lists it.
public enum SchemaChange: Hashable, Sendable {
    case added(label: String)
    case removed(label: String)
    /// What changed about a question that kept its key.
    public enum Aspect: Hashable, Sendable {
        case label(before: String)
        case kind
        case nowRequired
        case nowOptional
        case answers
        case limits
        case condition
        case groupFields
    }

    /// Same key, different question: label, kind, required or answers changed.
    case changed(label: String, what: [Aspect])

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
            var what: [Aspect] = []
            if previous.label != field.label { what.append(.label(before: previous.label)) }
            if previous.kind != field.kind { what.append(.kind) }
            if previous.needsAnswer != field.needsAnswer { what.append(field.needsAnswer ? .nowRequired : .nowOptional) }
            if previous.options != field.options { what.append(.answers) }
            if previous.constraints != field.constraints { what.append(.limits) }
            if previous.showIf != field.showIf || previous.requireIf != field.requireIf || previous.forbidIf != field.forbidIf { what.append(.condition) }
            if previous.fields != field.fields || previous.repetition != field.repetition { what.append(.groupFields) }
            if !what.isEmpty { changes.append(.changed(label: field.label, what: what)) }
        }
        for field in old.fields where !after.contains(field.key) { changes.append(.removed(label: field.label)) }
        return changes
    }
}
