/// The typed content of a form: its steps and their fields, in order.
public struct FormSchema: Hashable, Sendable, Codable {
    public var steps: [FormStep] {
        didSet { fields = steps.flatMap(\.answerFields) }
    }
    /// Rules over several answers, checked after each field's own rules.
    public var rules: [CrossFieldRule]
    /// The computed fee; nil when the form charges nothing or the fee is only described in text.
    public var fee: FeeExpression?

    public init(steps: [FormStep], rules: [CrossFieldRule] = [], fee: FeeExpression? = nil) {
        self.steps = steps
        self.rules = rules
        self.fee = fee
        fields = steps.flatMap(\.answerFields)
    }

    enum CodingKeys: String, CodingKey {
        case steps, rules, fee
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        steps = try container.decode([FormStep].self, forKey: .steps)
        fields = steps.flatMap(\.answerFields)
        rules = try container.decodeIfPresent([CrossFieldRule].self, forKey: .rules) ?? []
        fee = try container.decodeIfPresent(FeeExpression.self, forKey: .fee)
    }

    /// Every field carrying an answer, in form order (plain groups opened up). Kept with the steps:
    /// validation and filing read it many times per request (3 % of a submission's CPU when it
    /// was computed on every read, bench/RESULTS.md session 9).
    public private(set) var fields: [FormField]

    public func field(_ key: String) -> FormField? {
        for step in steps {
            if let field = step.answerFields.first(where: { $0.key == key }) { return field }
        }
        return nil
    }

    /// The step (0-based) holding the field with this key.
    public func stepIndex(of key: String) -> Int? {
        steps.firstIndex { $0.answerFields.contains { $0.key == key } }
    }

    /// What is wrong with the schema itself; an empty list means it can be published.
    public var problems: [SchemaProblem] {
        var problems: [SchemaProblem] = []
        var seen: Set<String> = []
        if steps.isEmpty { problems.append(.noSteps) }
        func check(_ field: FormField, inRepeatable: Bool, seen: inout Set<String>) {
            if field.key.isEmpty {
                problems.append(.fieldWithoutKey)
            } else if field.key.count > 100 || !field.key.unicodeScalars.allSatisfy({ Self.keyCharacters.contains($0) }) {
                problems.append(.invalidKey(String(field.key.prefix(100))))
            }
            if !seen.insert(field.key).inserted { problems.append(.duplicateKey(field.key)) }
            if field.label.isEmpty { problems.append(.fieldWithoutLabel(field.key)) }
            if field.kind.hasOptions && field.options.isEmpty {
                problems.append(.choiceWithoutOptions(field.key))
            }
            if (field.kind == .hidden || field.kind == .readOnly) && field.fixedValue == nil {
                problems.append(.fixedValueMissing(field.key))
            }
            if let pattern = field.constraints.pattern, let problem = PatternCache.problem(pattern) {
                problems.append(.invalidPattern(field: field.key, problem))
            }
            if field.kind == .file && inRepeatable {
                problems.append(.fileInRepeatableGroup(field.key))
            }
            if field.kind != .group && (!field.fields.isEmpty || field.repetition != nil) {
                problems.append(.fieldsOutsideGroup(field.key))
            }
            guard field.kind == .group else { return }
            if field.fields.isEmpty { problems.append(.emptyGroup(field.key)) }
            if let repetition = field.repetition {
                if inRepeatable {
                    problems.append(.nestedRepeatableGroup(field.key))
                }
                if repetition.min < 0 || repetition.max < 1 || repetition.min > repetition.max || repetition.max > Repetition.ceiling {
                    problems.append(.invalidRepetition(field.key, ceiling: Repetition.ceiling))
                }
                // Entries have their own namespace: the same Baukasten group may appear twice.
                var inner: Set<String> = []
                for child in field.fields { check(child, inRepeatable: true, seen: &inner) }
            } else {
                for child in field.fields { check(child, inRepeatable: inRepeatable, seen: &seen) }
            }
        }
        for step in steps {
            if step.title.isEmpty { problems.append(.stepWithoutTitle) }
            for field in step.fields { check(field, inRepeatable: false, seen: &seen) }
        }
        return problems + conditionProblems
    }

    static let keyCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-".unicodeScalars)

    /// Whether a character may appear in a field key (letters, digits, `_`, `-`).
    public static func isKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
        keyCharacters.contains(scalar)
    }
}
