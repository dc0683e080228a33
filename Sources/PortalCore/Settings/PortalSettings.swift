import Foundation

/// What admins set in the browser about the portal's appearance. Each value is optional: without
/// one the configuration's (`PORTAL_NAME`) or the built-in default applies.
public struct PortalSettings: Hashable, Sendable {
    public var portalName: String?
    /// Shown in every page's footer, for questions about the portal itself.
    public var contactEmail: String?
    public var accentColour: AccentColour?
    public var logo: PortalLogo?
    public var updatedAt: Date?

    public init(portalName: String? = nil, contactEmail: String? = nil, accentColour: AccentColour? = nil, logo: PortalLogo? = nil, updatedAt: Date? = nil) {
        self.portalName = portalName
        self.contactEmail = contactEmail
        self.accentColour = accentColour
        self.logo = logo
        self.updatedAt = updatedAt
    }

    public enum Problem: Error, Hashable, Sendable {
        case nameTooLong
        case emailInvalid
        case colourInvalid
        /// The contrast of white text on the colour, rounded to one decimal.
        case colourTooLight(contrast: Double)
        case logo(PortalLogo.Problem)
    }

    public static let maxNameLength = 100

    /// Checks the typed values; empty ones mean "use the default".
    public static func check(name: String, email: String, colour: String) -> [Problem] {
        var problems: [Problem] = []
        if name.count > maxNameLength { problems.append(.nameTooLong) }
        if !email.isEmpty && !Mail.isPlausibleAddress(email) { problems.append(.emailInvalid) }
        if !colour.isEmpty {
            if let accent = AccentColour(colour) {
                if !accent.keepsWhiteTextReadable {
                    problems.append(.colourTooLight(contrast: (accent.contrast(with: .white) * 10).rounded(.down) / 10))
                }
            } else {
                problems.append(.colourInvalid)
            }
        }
        return problems
    }
}
