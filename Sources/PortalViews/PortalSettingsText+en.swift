import Foundation
import PortalCore

extension PortalSettingsText {
    public static let english = PortalSettingsText(
        title: "Portal settings",
        description: "the portal's name, logo, accent colour and contact address",
        intro: "Name, logo, accent colour and contact address appear on every page. Empty fields take the value from the configuration.",
        name: "Name of the portal",
        nameHint: { configured in "At most 100 characters. Leave empty for “\(configured)”." },
        logo: "Logo",
        logoHint: "PNG or SVG, at most 200 KB. SVG files may not contain scripts, event attributes, embedded HTML or references to outside resources.",
        currentLogo: "Current logo:",
        removeLogo: "Remove the logo",
        colour: "Accent colour",
        colourHint: "Background of the header behind white text, as a hex value like #003e6b. The contrast with white must be at least 4.5 : 1.",
        contact: "Contact address for questions about the portal",
        contactHint: "Shown in the footer of every page, for example serviceportal@county.example.",
        baseURL: "Address of the portal",
        baseURLNotSet: "not set",
        baseURLHint: "Set in the configuration (BASE_URL); it cannot be changed here.",
        save: "Save the settings",
        saved: "The settings are saved.",
        problem: { problem in
            switch problem {
            case .nameTooLong: "The name may be at most 100 characters long."
            case .emailInvalid: "Enter the contact address like name@example.org."
            case .colourInvalid: "Enter the colour as a hex value, for example #003e6b."
            case .colourTooLight(let contrast):
                "This colour is too light: white text on it has a contrast of only \(String(format: "%.1f", contrast)) : 1; "
                    + "at least 4.5 : 1 is needed. Choose a darker colour."
            case .logo(let logo):
                switch logo {
                case .empty: "The chosen file is empty."
                case .tooLarge: "The logo may be at most 200 KB."
                case .notAnImage: "The file is not a PNG or SVG image. Upload the logo as PNG or SVG."
                case .brokenPNG: "The PNG file is damaged or larger than 4000 × 4000 pixels."
                case .unsafeSVG(let part):
                    "The SVG file contains “\(part)”. A logo may not contain scripts, event attributes, embedded HTML or outside references; "
                        + "please export it without them."
                }
            }
        }
    )
}
