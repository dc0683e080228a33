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
    public var problems: [String] {
        var problems: [String] = []
        var seen: Set<String> = []
        if steps.isEmpty { problems.append("Das Formular hat keinen Schritt.") }
        func check(_ field: FormField, inRepeatable: Bool, seen: inout Set<String>) {
            if field.key.isEmpty {
                problems.append("Ein Feld hat keinen Schlüssel.")
            } else if field.key.count > 100 || !field.key.unicodeScalars.allSatisfy({ Self.keyCharacters.contains($0) }) {
                problems.append("Der Schlüssel „\(field.key.prefix(100))“ darf nur Buchstaben, Ziffern, „_“ und „-“ enthalten (höchstens 100 Zeichen).")
            }
            if !seen.insert(field.key).inserted { problems.append("Der Schlüssel „\(field.key)“ kommt mehrfach vor.") }
            if field.label.isEmpty { problems.append("Das Feld „\(field.key)“ hat keine Beschriftung.") }
            if field.kind.hasOptions && field.options.isEmpty {
                problems.append("Das Auswahlfeld „\(field.key)“ hat keine Optionen.")
            }
            if (field.kind == .hidden || field.kind == .readOnly) && field.fixedValue == nil {
                problems.append("Das Feld „\(field.key)“ braucht einen festen Wert.")
            }
            if let pattern = field.constraints.pattern, let problem = PatternCache.problem(pattern) {
                problems.append("Das Muster von „\(field.key)“ \(problem).")
            }
            if field.kind == .file && inRepeatable {
                problems.append("Das Dateifeld „\(field.key)“ kann nicht in einer wiederholbaren Gruppe stehen.")
            }
            if field.kind != .group && (!field.fields.isEmpty || field.repetition != nil) {
                problems.append("Nur Gruppen können Felder enthalten oder wiederholt werden („\(field.key)“).")
            }
            guard field.kind == .group else { return }
            if field.fields.isEmpty { problems.append("Die Gruppe „\(field.key)“ enthält kein Feld.") }
            if let repetition = field.repetition {
                if inRepeatable {
                    problems.append("Die wiederholbare Gruppe „\(field.key)“ steht in einer anderen wiederholbaren Gruppe; das wird nicht unterstützt.")
                }
                if repetition.min < 0 || repetition.max < 1 || repetition.min > repetition.max || repetition.max > Repetition.ceiling {
                    problems.append("Die Gruppe „\(field.key)“ braucht 0 ≤ Mindestzahl ≤ Höchstzahl ≤ \(Repetition.ceiling) und eine Höchstzahl ab 1.")
                }
                // Entries have their own namespace: the same Baukasten group may appear twice.
                var inner: Set<String> = []
                for child in field.fields { check(child, inRepeatable: true, seen: &inner) }
            } else {
                for child in field.fields { check(child, inRepeatable: inRepeatable, seen: &seen) }
            }
        }
        for step in steps {
            if step.title.isEmpty { problems.append("Ein Schritt hat keinen Titel.") }
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
