import PortalCore

extension ContactText {
    public static let english = ContactText(
        heading: "Contact", serviceHeading: { "Message about “\($0)”" },
        intro: "Write to us. Your message goes to the responsible office; technical problems and reported barriers go to the portal's support.",
        category: "What is it about?", name: "Your name", email: "Your email address", emailHint: "For the answer. We confirm receipt to this address.",
        message: "Your message", send: "Send message", sent: "Thank you. Your message has arrived; we have confirmed it by email.",
        link: "Write to the responsible office", ackSubject: "Your message has arrived",
        ackBody: { "Hello,\n\nwe have received your message (\($0)) and will get back to you as soon as we can.\n" },
        staffHeading: "Messages from the contact form", noMessages: "No messages.", received: "Received", about: "Subject", general: "Portal in general",
        tooManyMessages: "Many messages were sent from here in a short time. Please try again in ten minutes. Nothing was saved."
    )
}
