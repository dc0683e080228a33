import PortalCore

extension AccessText {
    public static let german = AccessText(
        noPermissionTitle: "Keine Berechtigung",
        noPermissionText: "Für diese Seite fehlt Ihnen die Berechtigung. Wenn Sie sie für Ihre Arbeit brauchen, wenden Sie sich bitte an die Portalverwaltung.",
        toStartPage: "Zu Ihrer Startseite"
    )
}
