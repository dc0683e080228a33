import PortalCore

/// What the builder and the publish gate say about a form: schema problems, pattern problems,
/// the gate's findings, writing guidance and the missing parts of a privacy statement. Each
/// language file switches over every case, so a new finding does not compile without its words.
public struct SchemaText: Sendable {
    public let language: Language
    public let problem: @Sendable (SchemaProblem) -> String
    public let pattern: @Sendable (PatternProblem) -> String
    public let finding: @Sendable (PublishGate.Finding) -> String
    public let fieldWarning: @Sendable (PublishGate.FieldWarning) -> String
    public let privacyPart: @Sendable (PrivacyStatement.Part) -> String
    public let jargonList: @Sendable (PublishGate.JargonListProblem) -> String

    public static func `for`(_ language: Language) -> SchemaText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}

extension SchemaProblem {
    public func message(_ language: Language) -> String { SchemaText.for(language).problem(self) }
}

extension PatternProblem {
    /// The predicate after "the pattern …".
    public func message(_ language: Language) -> String { SchemaText.for(language).pattern(self) }
}

extension PublishGate.Finding {
    public func message(_ language: Language) -> String { SchemaText.for(language).finding(self) }
}

extension PublishGate.FieldWarning {
    public func message(_ language: Language) -> String { SchemaText.for(language).fieldWarning(self) }
}

extension PublishGate.JargonListProblem {
    public func message(_ language: Language) -> String { SchemaText.for(language).jargonList(self) }
}

extension PrivacyStatement.Part {
    public func label(_ language: Language) -> String { SchemaText.for(language).privacyPart(self) }
}
