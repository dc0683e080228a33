import PortalCore

extension DirectoryText {
    public static let german = DirectoryText(
        or: "Oder mit Benutzername und Passwort:",
        button: { directory in "Über \(directory) anmelden" },
        failedHeading: "Die Anmeldung über das Verzeichnis hat nicht geklappt",
        refusal: { refusal in
            switch refusal {
            case .noAccount:
                "Zu Ihrem Verzeichniskonto gibt es kein Konto im Serviceportal. Konten legt die Administration an; bitte wenden Sie sich an sie."
            case .deactivated: "Ihr Konto im Serviceportal ist gesperrt. Bitte wenden Sie sich an die Administration."
            case .boundToAnotherSubject:
                "Das Konto mit Ihrer E-Mail-Adresse ist schon mit einem anderen Verzeichniskonto verbunden. Bitte wenden Sie sich an die Administration."
            case .noRole: "Ihr Verzeichniskonto hat keine Rolle für das Serviceportal. Bitte wenden Sie sich an die Administration."
            }
        },
        cancelled: "Die Anmeldung wurde beim Verzeichnis abgebrochen. Sie können es erneut versuchen.",
        unavailable: "Das Verzeichnis ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut oder melden Sie sich mit Passwort an.",
        unexpectedAnswer: "Die Antwort des Verzeichnisses gehört zu keiner Anmeldung, die hier begonnen wurde, oder kam zu spät. Bitte beginnen Sie neu.",
        notConfigured: "Die Anmeldung über das Verzeichnis ist nicht vollständig eingerichtet (BASE_URL fehlt). Bitte melden Sie sich mit Passwort an.",
        passwordSignInOff: { directory in "Dieses Konto meldet sich nur über \(directory) an, nicht mit einem Passwort." },
        backToSignIn: "Zur Anmeldung",
        directoryOnly: "Nur über das Verzeichnis anmelden",
        directoryOnlyHint: "Dann gilt kein Passwort für dieses Konto; Passwort-Links werden nicht verschickt.",
        linked: "verbunden",
        notLinked: "noch nicht verbunden (geschieht bei der ersten Anmeldung über das Verzeichnis)",
        directoryAccount: "Verzeichniskonto",
        unlink: "Verbindung zum Verzeichniskonto lösen",
        unlinkedNotice: "Die Verbindung zum Verzeichniskonto ist gelöst. Die nächste Anmeldung über das Verzeichnis verbindet neu.",
        rolesFromDirectory: "Die Rollen vergibt das Verzeichnis; sie werden bei jeder Anmeldung übernommen.",
        invitationSubject: { portal in "Ihr Zugang zum \(portal)" },
        invitationBody: { name, portal, directory, link in
            """
            Guten Tag \(name),

            für Sie wurde ein Zugang zum \(portal) eingerichtet. Sie melden sich über \(directory) an, mit Ihrem gewohnten Konto der Verwaltung:

            \(link)

            Ein eigenes Passwort für das Serviceportal brauchen Sie nicht.
            """
        }
    )
}
