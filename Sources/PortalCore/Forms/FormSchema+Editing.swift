/// What the form builder does to a schema: small, checked edits. Each returns the changed schema
/// or the reason it was refused (`FormEditError`); nothing here touches storage.
extension FormSchema {
    public typealias EditError = FormEditError

    public mutating func addStep(title: String) throws(EditError) {
        let title = try Self.clean(title, what: .stepTitle, max: 200)
        steps.append(FormStep(title: title, fields: []))
    }

    public mutating func renameStep(_ index: Int, to title: String) throws(EditError) {
        try checkStep(index)
        steps[index].title = try Self.clean(title, what: .stepTitle, max: 200)
    }

    /// Deleting a step its fields' conditions, rules or fee still refer to would break the form.
    public mutating func deleteStep(_ index: Int) throws(EditError) {
        try checkStep(index)
        let keys = Set(steps[index].answerFields.map(\.key))
        var rest = self
        rest.steps.remove(at: index)
        if let user = rest.usages(of: keys).first {
            throw .stepInUse(user)
        }
        self = rest
    }

    public mutating func moveStep(_ index: Int, by offset: Int) throws(EditError) {
        try checkStep(index)
        let target = index + offset
        guard steps.indices.contains(target) else { return }
        steps.swapAt(index, target)
    }

    /// Adds a field to a step, or inside one of its groups; its key is made from the label
    /// (`Geplante Bohrtiefe` → `geplante_bohrtiefe`).
    @discardableResult
    public mutating func addField(to step: Int, inGroup group: String? = nil, kind: FieldKind, label: String) throws(EditError) -> String {
        try checkStep(step)
        let label = try Self.clean(label, what: .label, max: 500)
        let key = uniqueKey(for: label)
        var field = FormField(key: key, kind: kind, label: label, isRequired: kind != .staticText && kind != .group)
        field.autocomplete = ApplicantPurpose.suggested(label: label, kind: kind)
        if kind.hasOptions { field.options = [ChoiceOption(value: "ja", label: "Ja"), ChoiceOption(value: "nein", label: "Nein")] }
        if kind == .hidden || kind == .readOnly { field.fixedValue = "" }
        if kind == .group { field.fields = [FormField(key: uniqueKey(for: label + " Angabe"), kind: .text, label: "Angabe")] }
        guard let group else {
            steps[step].fields.append(field)
            return key
        }
        guard let path = Self.path(to: group, in: steps[step].fields), let target = path.last, target.kind == .group else {
            throw .groupMissing(group)
        }
        if kind == .group && path.contains(where: \.isRepeatable) {
            throw .groupInRepeatableGroup
        }
        _ = try Self.withContainer(of: group, in: &steps[step].fields) { fields, index throws(EditError) in fields[index].fields.append(field) }
        return key
    }

    /// Replaces a field of a step (same key), at the top or inside a group; the publish check judges the result.
    public mutating func updateField(in step: Int, _ field: FormField) throws(EditError) {
        try checkStep(step)
        _ = try Self.clean(field.label, what: .label, max: 500)
        guard try Self.withContainer(of: field.key, in: &steps[step].fields, { fields, index throws(EditError) in fields[index] = field }) else {
            throw .fieldMissing(field.key)
        }
    }

    public mutating func deleteField(_ key: String, in step: Int) throws(EditError) {
        try checkStep(step)
        guard let field = Self.path(to: key, in: steps[step].fields)?.last else {
            throw .fieldMissing(key)
        }
        var keys = Set(field.answerFields.map(\.key))
        func collect(_ fields: [FormField]) {
            for child in fields {
                keys.insert(child.key)
                collect(child.fields)
            }
        }
        collect(field.fields)
        var rest = self
        _ = try Self.withContainer(of: key, in: &rest.steps[step].fields) { fields, index throws(EditError) in fields.remove(at: index) }
        if let user = rest.usages(of: keys).first {
            throw .fieldInUse(user)
        }
        self = rest
    }

    /// Moves a field up or down among the fields beside it (in its step or its group).
    public mutating func moveField(_ key: String, in step: Int, by offset: Int) throws(EditError) {
        try checkStep(step)
        guard
            try Self.withContainer(
                of: key, in: &steps[step].fields,
                { fields, index throws(EditError) in
                    let target = index + offset
                    if fields.indices.contains(target) { fields.swapAt(index, target) }
                })
        else {
            throw .fieldMissing(key)
        }
    }

    /// The groups leading to the field with `key`, ending with the field itself; nil when absent.
    public static func path(to key: String, in fields: [FormField]) -> [FormField]? {
        for field in fields {
            if field.key == key { return [field] }
            if field.kind == .group, let inner = path(to: key, in: field.fields) { return [field] + inner }
        }
        return nil
    }

    /// Runs `change` on the list holding `key` with the field's index; false when no list holds it.
    static func withContainer(
        of key: String, in fields: inout [FormField],
        _ change: (inout [FormField], Int) throws(EditError) -> Void
    ) throws(EditError) -> Bool {
        if let index = fields.firstIndex(where: { $0.key == key }) {
            try change(&fields, index)
            return true
        }
        for index in fields.indices where fields[index].kind == .group {
            if try withContainer(of: key, in: &fields[index].fields, change) { return true }
        }
        return false
    }

    /// Who still refers to these keys: conditions of steps and fields, rules, the fee.
    func usages(of keys: Set<String>) -> [EditError.Usage] {
        var users: [EditError.Usage] = []
        for (index, step) in steps.enumerated() {
            if let condition = step.showIf, !condition.keys.isDisjoint(with: keys) { users.append(.stepCondition(index + 1)) }
            var all: [FormField] = []
            func collect(_ fields: [FormField]) {
                for field in fields {
                    all.append(field)
                    collect(field.fields)
                }
            }
            collect(step.fields)
            for field in all where !keys.contains(field.key) {
                let conditions = [field.showIf, field.requireIf, field.forbidIf].compactMap { $0 }
                if conditions.contains(where: { !$0.keys.isDisjoint(with: keys) }) { users.append(.fieldCondition(field.label)) }
            }
        }
        for rule in rules where !rule.check.keys.isDisjoint(with: keys) || keys.contains(rule.field) { users.append(.rule(message: rule.message)) }
        if let fee, !fee.keys.isDisjoint(with: keys) { users.append(.fee) }
        return users
    }

    func checkStep(_ index: Int) throws(EditError) {
        guard steps.indices.contains(index) else { throw .stepMissing }
    }

    /// Trimmed, not empty, not too long.
    static func clean(_ text: String, what: EditError.Text, max: Int) throws(EditError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty(what) }
        guard trimmed.count <= max else { throw .tooLong(what, max: max) }
        return trimmed
    }

    /// A key from a label: lower case, umlauts spelt out, `_` between words, numbered when taken.
    public func uniqueKey(for label: String) -> String {
        let base = Self.slug(label)
        var taken: Set<String> = []
        func collect(_ fields: [FormField]) {
            for field in fields {
                taken.insert(field.key)
                collect(field.fields)
            }
        }
        for step in steps { collect(step.fields) }
        if !taken.contains(base) { return base }
        var number = 2
        while taken.contains("\(base)_\(number)") { number += 1 }
        return "\(base)_\(number)"
    }

    /// ASCII lower case, umlauts spelt out, `_` between words, at most about 40 characters; `feld` when nothing is left.
    public static func slug(_ label: String) -> String {
        var base = ""
        // Soft hyphens and other invisible format characters (pasted from office documents) are not gaps.
        let visible = String(String.UnicodeScalarView(label.unicodeScalars.filter { $0.properties.generalCategory != .format }))
        for character in visible.lowercased() {
            switch character {
            case "ä": base += "ae"
            case "ö": base += "oe"
            case "ü": base += "ue"
            case "ß": base += "ss"
            case "a"..."z", "0"..."9": base.append(character)
            default: if !base.isEmpty && !base.hasSuffix("_") { base += "_" }
            }
            if base.count >= 40 { break }
        }
        while base.hasSuffix("_") { base.removeLast() }
        return base.isEmpty ? "feld" : base
    }
}
