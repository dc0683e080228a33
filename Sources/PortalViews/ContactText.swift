import PortalCore

/// Texts of the contact form and the staff's message list, German first, English second.
public struct ContactText: Sendable {
    public let heading: String
    public let serviceHeading: @Sendable (String) -> String
    public let intro: String
    public let category: String
    public let name: String
    public let email: String
    public let emailHint: String
    public let message: String
    public let send: String
    public let sent: String
    public let link: String
    public let ackSubject: String
    public let ackBody: @Sendable (String) -> String
    public let staffHeading: String
    public let noMessages: String
    public let received: String
    public let about: String
    public let general: String
    public let tooManyMessages: String

    public static func `for`(_ language: Language) -> ContactText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
