import PortalCore

extension ContactText {
    public static let german = ContactText(
        heading: "Kontakt", serviceHeading: { "Nachricht zu „\($0)“" },
        intro:
            "Schreiben Sie uns. Ihre Nachricht geht an die zuständige Stelle; technische Probleme und gemeldete Barrieren gehen an die Betreuung des Portals.",
        category: "Worum geht es?", name: "Ihr Name", email: "Ihre E-Mail-Adresse", emailHint: "Für die Antwort. Wir bestätigen den Eingang an diese Adresse.",
        message: "Ihre Nachricht", send: "Nachricht senden", sent: "Vielen Dank. Ihre Nachricht ist eingegangen; wir haben den Eingang per E-Mail bestätigt.",
        link: "Nachricht an die zuständige Stelle schreiben", ackSubject: "Ihre Nachricht ist eingegangen",
        ackBody: { "Guten Tag,\n\nwir haben Ihre Nachricht (\($0)) erhalten und melden uns so bald wie möglich.\n" },
        staffHeading: "Nachrichten über das Kontaktformular", noMessages: "Keine Nachrichten.", received: "Eingang", about: "Betreff",
        general: "Portal allgemein",
        tooManyMessages:
            "Von hier wurden in kurzer Zeit viele Nachrichten gesendet. Bitte versuchen Sie es in zehn Minuten erneut. Es wurde nichts gespeichert."
    )
}
