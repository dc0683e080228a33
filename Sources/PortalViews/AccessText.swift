import PortalCore

/// What the pages say when a signed-in staff member lacks the right for a page, German first, English second.
public struct AccessText: Sendable {
    public let noPermissionTitle: String
    public let noPermissionText: String
    public let toStartPage: String

    public static let german = AccessText(
        noPermissionTitle: "Keine Berechtigung",
        noPermissionText: "Für diese Seite fehlt Ihnen die Berechtigung. Wenn Sie sie für Ihre Arbeit brauchen, wenden Sie sich bitte an die Portalverwaltung.",
        toStartPage: "Zu Ihrer Startseite"
    )

    public static let english = AccessText(
        noPermissionTitle: "No permission",
        noPermissionText: "You do not have permission for this page. If you need it for your work, please ask the portal's administrators.",
        toStartPage: "To your start page"
    )

    public static func `for`(_ language: Language) -> AccessText {
        language == .german ? german : english
    }
}
