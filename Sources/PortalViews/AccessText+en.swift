import PortalCore

extension AccessText {
    public static let english = AccessText(
        noPermissionTitle: "No permission",
        noPermissionText: "You do not have permission for this page. If you need it for your work, please ask the portal's administrators.",
        toStartPage: "To your start page"
    )
}
