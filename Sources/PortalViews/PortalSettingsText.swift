import PortalCore

/// The words of the admins' settings page for the portal's look. German first, English second.
public struct PortalSettingsText: Sendable {
    public let title: String
    /// On the administration's start page.
    public let description: String
    public let intro: String
    public let name: String
    public let nameHint: @Sendable (_ configured: String) -> String
    public let logo: String
    public let logoHint: String
    public let currentLogo: String
    public let removeLogo: String
    public let colour: String
    public let colourHint: String
    public let contact: String
    public let contactHint: String
    public let baseURL: String
    public let baseURLNotSet: String
    public let baseURLHint: String
    public let save: String
    public let saved: String
    public let problem: @Sendable (PortalSettings.Problem) -> String

    public static func `for`(_ language: Language) -> PortalSettingsText {
        switch language {
        case .german: .german
        case .english: .english
        }
    }
}
