import PortalCore

/// The first content of the pages admins write (accessibility statement, help, Leichte Sprache,
/// sign language), per language: a structure to fill in, never shown until saved or as a default.
public struct PageTemplateText: Sendable {
    public let language: Language
    public let accessibility: String
    public let help: String
    public let easyLanguage: String
    public let signLanguage: String

    public static func `for`(_ language: Language) -> PageTemplateText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
