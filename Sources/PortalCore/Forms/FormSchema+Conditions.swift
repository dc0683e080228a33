extension FormSchema {
    /// The keys of the fields shown for these answers. A hidden field's answer counts as empty for
    /// every other condition, so the result is computed to a fixed point (conditions are acyclic,
    /// which the publish check ensures).
    public func visibleKeys(for answers: Answers) -> Set<String> {
        let all = fields
        // Most forms have no conditions at all.
        guard hasVisibilityConditions else { return Set(all.map(\.key)) }
        // Hiding only ever removes answers, so this shrinks to a fixed point in at most one round per field.
        var effective = answers
        var visible: Set<String> = []
        for _ in 0...all.count {
            visible = []
            for step in steps where step.showIf?.holds(effective) ?? true {
                Self.collectVisible(step.fields, effective, into: &visible)
            }
            let removed = effective.values.keys.filter { !visible.contains($0) }
            if removed.isEmpty { break }
            for key in removed { effective[key] = nil }
        }
        return visible
    }

    /// The keys of `fields` shown for these answers, plain groups opened up (steps and entries alike).
    static func collectVisible(_ fields: [FormField], _ answers: Answers, into visible: inout Set<String>) {
        for field in fields where field.showIf?.holds(answers) ?? true {
            if field.kind == .group && field.repetition == nil {
                collectVisible(field.fields, answers, into: &visible)
            } else {
                visible.insert(field.key)
            }
        }
    }

    private var hasVisibilityConditions: Bool {
        func any(_ fields: [FormField]) -> Bool {
            fields.contains { $0.showIf != nil || ($0.kind == .group && $0.repetition == nil && any($0.fields)) }
        }
        return steps.contains { $0.showIf != nil || any($0.fields) }
    }

    static func comparableKind(_ kind: FieldKind) -> String? {
        switch kind {
        case .integer, .decimal, .money: "number"
        case .date: "date"
        default: nil
        }
    }

    /// Problems of the conditions: unknown keys, values that can never match, and cycles.
    var conditionProblems: [SchemaProblem] {
        var problems: [SchemaProblem] = []
        let byKey = Dictionary(fields.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        func check(_ condition: Condition, owner: SchemaProblem.Owner, known: [String: FormField]? = nil) {
            let byKey = known ?? byKey
            for key in condition.keys.sorted() where byKey[key] == nil {
                problems.append(.conditionUnknownField(owner, key: key))
            }
            switch condition {
            case .equals(let key, let value), .compare(let key, _, let value):
                if let field = byKey[key], !value.fits(field.kind) {
                    problems.append(.conditionImpossibleValue(owner, key: key))
                } else if case .equals = condition, let field = byKey[key], field.kind.hasOptions, case .text(let answer) = value, field.option(answer) == nil {
                    problems.append(.conditionNotAnAnswer(owner, answer: answer, key: key))
                }
                if case .compare = condition, let field = byKey[key], ![.integer, .decimal, .money, .date].contains(field.kind) {
                    problems.append(.conditionNotOrderable(owner, key: key))
                }
            case .oneOf(let key, let values):
                if let field = byKey[key], field.kind.hasOptions {
                    for value in values where field.option(value) == nil {
                        problems.append(.conditionNotAnAnswer(owner, answer: value, key: key))
                    }
                }
            case .compareFields(let left, _, let right):
                if let first = byKey[left], let second = byKey[right],
                    Self.comparableKind(first.kind) != Self.comparableKind(second.kind) || Self.comparableKind(first.kind) == nil
                {
                    problems.append(.conditionIncomparable(owner, left: left, right: right))
                }
            case .all(let parts), .any(let parts):
                for part in parts { check(part, owner: owner, known: byKey) }
            case .not(let inner):
                check(inner, owner: owner, known: byKey)
            case .notEmpty:
                break
            }
        }
        if let fee {
            for key in fee.keys.sorted() where byKey[key] == nil {
                problems.append(.feeUnknownField(key))
            }
            func checkFee(_ expression: FeeExpression) {
                switch expression {
                case .answer(let key):
                    // Numbers count as they are; repeatable groups and file fields count their entries.
                    if let field = byKey[key], ![.integer, .decimal, .money].contains(field.kind), field.repetition == nil, field.kind != .file {
                        problems.append(.feeNotANumber(key))
                    }
                case .sum(let parts), .product(let parts): parts.forEach(checkFee)
                case .when(let condition, let then, let otherwise):
                    check(condition, owner: .fee)
                    checkFee(then)
                    checkFee(otherwise)
                case .amount: break
                }
            }
            checkFee(fee)
        }
        for rule in rules {
            check(rule.check, owner: .field(rule.field))
            if byKey[rule.field] == nil { problems.append(.ruleUnknownField(message: rule.message, field: rule.field)) }
        }
        // Visibility must not depend on itself, directly or through other fields.
        var dependencies: [String: Set<String>] = [:]
        func walk(_ fields: [FormField], inherited: Set<String>, known: [String: FormField]) {
            for field in fields {
                for condition in [field.showIf, field.requireIf, field.forbidIf].compactMap({ $0 }) {
                    check(condition, owner: .field(field.key), known: known)
                }
                let depends = inherited.union(field.showIf?.keys ?? [])
                guard field.kind == .group else {
                    if known[field.key] != nil && byKey[field.key] != nil { dependencies[field.key] = depends }
                    continue
                }
                if field.repetition != nil {
                    dependencies[field.key] = depends
                    // Conditions inside an entry read the entry's own answers and the rest of the form.
                    var inner = known
                    for child in field.fields.flatMap(\.answerFields) { inner[child.key] = child }
                    walk(field.fields, inherited: [], known: inner)
                } else {
                    walk(field.fields, inherited: depends, known: known)
                }
            }
        }
        for (index, step) in steps.enumerated() {
            if let condition = step.showIf { check(condition, owner: .step(index + 1)) }
            walk(step.fields, inherited: step.showIf?.keys ?? [], known: byKey)
        }
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var cyclic: Set<String> = []
        func visit(_ key: String) {
            if state[key] == 2 { return }
            if state[key] == 1 {
                cyclic.insert(key)
                return
            }
            state[key] = 1
            for next in dependencies[key] ?? [] where byKey[next] != nil { visit(next) }
            state[key] = 2
        }
        for key in fields.map(\.key) { visit(key) }
        for key in cyclic.sorted() {
            problems.append(.circularVisibility(key))
        }
        return problems
    }
}
