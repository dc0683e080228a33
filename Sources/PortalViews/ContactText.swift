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

    public static let german = ContactText(
        heading: "Kontakt", serviceHeading: { "Nachricht zu „\($0)“" },
        intro: "Schreiben Sie uns. Ihre Nachricht geht an die zuständige Stelle; technische Probleme und gemeldete Barrieren gehen an die Betreuung des Portals.",
        category: "Worum geht es?", name: "Ihr Name", email: "Ihre E-Mail-Adresse", emailHint: "Für die Antwort. Wir bestätigen den Eingang an diese Adresse.",
        message: "Ihre Nachricht", send: "Nachricht senden", sent: "Vielen Dank. Ihre Nachricht ist eingegangen; wir haben den Eingang per E-Mail bestätigt.",
        link: "Nachricht an die zuständige Stelle schreiben", ackSubject: "Ihre Nachricht ist eingegangen",
        ackBody: { "Guten Tag,\n\nwir haben Ihre Nachricht (\($0)) erhalten und melden uns so bald wie möglich.\n" },
        staffHeading: "Nachrichten über das Kontaktformular", noMessages: "Keine Nachrichten.", received: "Eingang", about: "Betreff", general: "Portal allgemein"
    )

    public static let english = ContactText(
        heading: "Contact", serviceHeading: { "Message about “\($0)”" },
        intro: "Write to us. Your message goes to the responsible office; technical problems and reported barriers go to the portal's support.",
        category: "What is it about?", name: "Your name", email: "Your email address", emailHint: "For the answer. We confirm receipt to this address.",
        message: "Your message", send: "Send message", sent: "Thank you. Your message has arrived; we have confirmed it by email.",
        link: "Write to the responsible office", ackSubject: "Your message has arrived",
        ackBody: { "Hello,\n\nwe have received your message (\($0)) and will get back to you as soon as we can.\n" },
        staffHeading: "Messages from the contact form", noMessages: "No messages.", received: "Received", about: "Subject", general: "Portal in general"
    )

    public static func `for`(_ language: Language) -> ContactText {
        language == .german ? german : english
    }
}
