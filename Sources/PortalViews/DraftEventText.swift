import PortalCore

/// The lines of a draft's history (`DraftEvent.Action`) in the reader's language.
public struct DraftEventText: Sendable {
    public let language: Language
    public let action: @Sendable (DraftEvent.Action) -> String

    public static func `for`(_ language: Language) -> DraftEventText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}

extension DraftEvent.Action {
    public func text(_ language: Language) -> String {
        DraftEventText.for(language).action(self)
    }
}
