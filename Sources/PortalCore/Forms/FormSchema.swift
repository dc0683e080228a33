/// The typed content of a form: its steps and their fields, in order.
public struct FormSchema: Hashable, Sendable, Codable {
    public var steps: [FormStep]
    /// Rules over several answers, checked after each field's own rules.
    public var rules: [CrossFieldRule]
    /// The computed fee; nil when the form charges nothing or the fee is only described in text.
    public var fee: FeeExpression?

    public init(steps: [FormStep], rules: [CrossFieldRule] = [], fee: FeeExpression? = nil) {
        self.steps = steps
        self.rules = rules
        self.fee = fee
    }

    enum CodingKeys: String, CodingKey {
        case steps, rules, fee
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        steps = try container.decode([FormStep].self, forKey: .steps)
        rules = try container.decodeIfPresent([CrossFieldRule].self, forKey: .rules) ?? []
        fee = try container.decodeIfPresent(FeeExpression.self, forKey: .fee)
    }

    /// Every field in form order.
    public var fields: [FormField] { steps.flatMap(\.fields) }

    public func field(_ key: String) -> FormField? {
        for step in steps {
            if let field = step.fields.first(where: { $0.key == key }) { return field }
        }
        return nil
    }

    /// What is wrong with the schema itself; an empty list means it can be published.
    public var problems: [String] {
        var problems: [String] = []
        var seen: Set<String> = []
        if steps.isEmpty { problems.append("Das Formular hat keinen Schritt.") }
        for step in steps {
            if step.title.isEmpty { problems.append("Ein Schritt hat keinen Titel.") }
            for field in step.fields {
                if field.key.isEmpty { problems.append("Ein Feld hat keinen Schlüssel.") }
                if !seen.insert(field.key).inserted { problems.append("Der Schlüssel „\(field.key)“ kommt mehrfach vor.") }
                if field.label.isEmpty { problems.append("Das Feld „\(field.key)“ hat keine Beschriftung.") }
                if field.kind.hasOptions && field.options.isEmpty {
                    problems.append("Das Auswahlfeld „\(field.key)“ hat keine Optionen.")
                }
                if (field.kind == .hidden || field.kind == .readOnly) && field.fixedValue == nil {
                    problems.append("Das Feld „\(field.key)“ braucht einen festen Wert.")
                }
                if let pattern = field.constraints.pattern, PatternCache.shared.expression(for: pattern) == nil {
                    problems.append("Das Muster von „\(field.key)“ ist kein gültiger regulärer Ausdruck.")
                }
            }
        }
        return problems + conditionProblems
    }
}
