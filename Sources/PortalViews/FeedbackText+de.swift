import PortalCore

extension FeedbackText {
    public static let german = FeedbackText(
        heading: "Rückmeldung zum Serviceportal",
        serviceHeading: { title in "Rückmeldung zu „\(title)“" },
        intro:
            "Ihre Bewertung hilft uns, die Online-Dienste zu verbessern. Sie ist anonym: Wir speichern nur die Sterne, Ihren Kommentar und die Seite, nicht wer Sie sind.",
        rateHeading: "Ihre Bewertung",
        question: "Wie zufrieden sind Sie mit dem Serviceportal?",
        serviceQuestion: "Wie zufrieden sind Sie mit diesem Online-Dienst?",
        stars: { count in
            switch count {
            case 1: "1 Stern – sehr unzufrieden"
            case 2: "2 Sterne – unzufrieden"
            case 3: "3 Sterne – teils, teils"
            case 4: "4 Sterne – zufrieden"
            default: "5 Sterne – sehr zufrieden"
            }
        },
        comment: "Was können wir besser machen? (freiwillig)",
        commentHint:
            "Höchstens 1.000 Zeichen. Bitte schreiben Sie keine persönlichen Angaben hinein; für Fragen zu Ihrem Antrag nutzen Sie das Kontaktformular.",
        send: "Bewertung senden",
        thanks: "Vielen Dank für Ihre Rückmeldung.",
        starsMissing: "Bitte wählen Sie eine Bewertung von 1 bis 5 Sternen.",
        commentTooLong: "Ihr Kommentar ist zu lang: höchstens 1.000 Zeichen.",
        tooMany: "Von Ihrem Anschluss kamen in der letzten Stunde schon viele Bewertungen. Bitte versuchen Sie es später noch einmal.",
        backToStart: "Zur Startseite",
        commentsHeading: "Kommentare zu Bewertungen",
        commentsIntro:
            "Kommentare sind nur hier zu sehen. Veröffentlichte Kommentare erscheinen in den offenen Daten (satisfaction.json), wenn der Monat genug Bewertungen hat. Veröffentlichen Sie nichts, das eine Person erkennbar macht.",
        noComments: "Es gibt noch keine Kommentare.",
        state: { state in
            switch state {
            case .new: "Neu"
            case .published: "Veröffentlicht"
            case .hidden: "Verborgen"
            }
        },
        publish: "Veröffentlichen",
        hide: "Verbergen",
        portalWide: "Serviceportal allgemein",
        published: "Der Kommentar ist veröffentlicht.",
        hidden: "Der Kommentar ist verborgen.",
        when: "Eingegangen", about: "Zu", rating: "Bewertung", commentColumn: "Kommentar", stateColumn: "Stand"
    )
}
