import Foundation

/// What a reviewer reads besides the form as citizens see it: each field's conditions and limits,
/// and what changed since the form they last decided on, grouped by step. Typed here; PortalViews
/// (`ReviewSummaryText`) says it in the reviewer's language.
public enum ReviewSummary {
    /// One condition or limit of a field.
    public enum Rule: Hashable, Sendable {
        case shownWhen(String)
        case requiredWhen(String)
        case emptyWhen(String)
        case minimumLength(Int)
        case maximumLength(Int)
        case pattern(String)
        case minimum(Decimal)
        case maximum(Decimal)
        case earliestDays(Int)
        case latestDays(Int)
        case files(types: [String], maxBytes: Int, count: Int)
        case codes([ChoiceOption])
        case repeatable(min: Int, max: Int)
    }

    /// A field that has rules; `path` names the groups it sits in.
    public struct FieldRules: Hashable, Sendable {
        public var path: [String]
        public var label: String
        public var key: String
        public var rules: [Rule]
    }

    public enum GroupTitle: Hashable, Sendable {
        case step(String)
        case removedQuestions
        case wholeForm
    }

    /// One line of what changed; lists are `nil` when empty ("none").
    public enum Line: Hashable, Sendable {
        case field(SchemaChange)
        case steps(before: [String], now: [String])
        case rules(before: [String], now: [String])
        case fee(before: String?, now: String?)
    }

    public struct Group: Hashable, Sendable {
        public var title: GroupTitle
        public var lines: [Line]

        public init(title: GroupTitle, lines: [Line]) {
            self.title = title
            self.lines = lines
        }
    }

    /// The rules of every field that has any, fields of groups after their group.
    public static func rules(of fields: [FormField]) -> [FieldRules] {
        var found: [FieldRules] = []
        func walk(_ fields: [FormField], path: [String]) {
            for field in fields {
                var rules: [Rule] = []
                if let condition = field.showIf { rules.append(.shownWhen(FormExpression.text(condition))) }
                if let condition = field.requireIf { rules.append(.requiredWhen(FormExpression.text(condition))) }
                if let condition = field.forbidIf { rules.append(.emptyWhen(FormExpression.text(condition))) }
                let limits = field.constraints
                if let min = limits.minLength { rules.append(.minimumLength(min)) }
                if let max = limits.maxLength { rules.append(.maximumLength(max)) }
                if let pattern = limits.pattern { rules.append(.pattern(pattern)) }
                if let min = limits.min { rules.append(.minimum(min)) }
                if let max = limits.max { rules.append(.maximum(max)) }
                if let days = limits.earliestDaysFromToday { rules.append(.earliestDays(days)) }
                if let days = limits.latestDaysFromToday { rules.append(.latestDays(days)) }
                if field.kind == .file { rules.append(.files(types: limits.allowedMediaTypes, maxBytes: limits.fileLimit, count: limits.fileCount)) }
                if field.kind.hasOptions { rules.append(.codes(field.options)) }
                if let repetition = field.repetition { rules.append(.repeatable(min: repetition.min, max: repetition.max)) }
                if !rules.isEmpty { found.append(FieldRules(path: path, label: field.label, key: field.key, rules: rules)) }
                walk(field.fields, path: path + [field.label])
            }
        }
        walk(fields, path: [])
        return found
    }

    /// What changed from `old` to `new`: per step of the new form its fields' changes, then removed
    /// fields, changed steps, rules and fee. Empty when nothing changed.
    public static func changes(from old: FormSchema, to new: FormSchema) -> [Group] {
        var groups: [Group] = []
        let all = SchemaChange.between(old, new)
        for step in new.steps {
            let labels = Set(step.answerFields.map(\.label))
            let lines = all.compactMap { change -> Line? in
                switch change {
                case .added(let label), .changed(let label, _): labels.contains(label) ? .field(change) : nil
                case .removed: nil
                }
            }
            if !lines.isEmpty { groups.append(Group(title: .step(step.title), lines: lines)) }
        }
        let removed = all.filter { if case .removed = $0 { true } else { false } }.map(Line.field)
        if !removed.isEmpty { groups.append(Group(title: .removedQuestions, lines: removed)) }
        var form: [Line] = []
        let oldTitles = old.steps.map(\.title)
        let newTitles = new.steps.map(\.title)
        if oldTitles != newTitles { form.append(.steps(before: oldTitles, now: newTitles)) }
        if old.rules != new.rules { form.append(.rules(before: old.rules.map(\.message), now: new.rules.map(\.message))) }
        if old.fee != new.fee { form.append(.fee(before: old.fee.map(FormExpression.text), now: new.fee.map(FormExpression.text))) }
        if !form.isEmpty { groups.append(Group(title: .wholeForm, lines: form)) }
        return groups
    }
}
