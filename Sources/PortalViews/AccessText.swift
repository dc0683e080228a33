import PortalCore

/// What the pages say when a signed-in staff member lacks the right for a page, German first, English second.
public struct AccessText: Sendable {
    public let noPermissionTitle: String
    public let noPermissionText: String
    public let toStartPage: String

    public static func `for`(_ language: Language) -> AccessText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
