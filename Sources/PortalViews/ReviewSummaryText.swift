import PortalCore

/// The reviewer's summary in words: a field's conditions and limits, what changed since the last
/// decision, and a version's changes in the editor's history, per language.
public struct ReviewSummaryText: Sendable {
    public let language: Language
    public let rule: @Sendable (ReviewSummary.Rule) -> String
    public let groupTitle: @Sendable (ReviewSummary.GroupTitle) -> String
    public let change: @Sendable (SchemaChange) -> String
    public let line: @Sendable (ReviewSummary.Line) -> String

    public static func `for`(_ language: Language) -> ReviewSummaryText {
        switch language {
        case .german: german
        case .english: english
        }
    }

    /// `Bäume › Erläuterung (erlaeuterung): shown only when …; at most 1000 characters`.
    public func fieldRules(_ field: ReviewSummary.FieldRules) -> String {
        let place = (field.path + [field.label]).joined(separator: " › ")
        return "\(place) (\(field.key)): \(field.rules.map(rule).joined(separator: "; "))"
    }
}

extension ReviewSummary.Line {
    public func text(_ language: Language) -> String { ReviewSummaryText.for(language).line(self) }
}

extension SchemaChange {
    public func text(_ language: Language) -> String { ReviewSummaryText.for(language).change(self) }
}
