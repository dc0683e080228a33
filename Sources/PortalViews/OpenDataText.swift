import PortalCore

/// Texts of the open-data page, German first, English second.
public struct OpenDataText: Sendable {
    public let heading: String
    public let intro: String
    public let suppression: @Sendable (Int) -> String
    public let satisfactionTitle: String
    public let satisfactionDescription: String
    public let usageTitle: String
    public let usageDescription: String
    public let csv: String
    public let json: String
    public let catalogHeading: String
    public let catalogText: String
    public let licence: String
    public let documentation: String
    public let footerLink: String

    public static func `for`(_ language: Language) -> OpenDataText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
