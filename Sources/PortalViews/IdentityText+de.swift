import PortalCore

extension IdentityText {
    public static let german = IdentityText(
        otherWays: "Andere Anmeldewege",
        loginWith: { "Mit \($0) anmelden" },
        connectWith: { "Mit \($0) verbinden" },
        connectPassword: "Ihr Passwort (zur Bestätigung)",
        linkPasswordWrong: "Das Passwort ist nicht richtig. Zum Verbinden eines Anmeldedienstes bestätigen Sie bitte mit Ihrem Passwort.",
        linkNeedsPassword: { "Um \($0) mit Ihrem Konto zu verbinden, bestätigen Sie bitte unter „Mein Konto“ mit Ihrem Passwort." },
        linkedMailSubject: "Neuer Anmeldeweg für Ihr Konto",
        linkedMailBody: { provider, reset in
            "Guten Tag,\n\nsoeben wurde die Anmeldung über \(provider) mit Ihrem Konto im Serviceportal verbunden.\n\nWaren Sie das nicht? Setzen Sie bitte sofort ein neues Passwort; dabei können Sie Anmeldewege entfernen:\n\(reset)\n"
        },
        resetIdentities: "Mit Ihrem Konto verbundene Anmeldewege. Entfernen Sie, was Sie nicht selbst verbunden haben:",
        resetRemoveIdentity: { "\($0) entfernen" },
        failedHeading: "Anmeldung nicht möglich",
        cancelled: "Die Anmeldung wurde abgebrochen. Sie können es jederzeit noch einmal versuchen.",
        unexpectedAnswer:
            "Diese Rückmeldung des Anmeldedienstes gehört zu keiner Anmeldung in diesem Browser, oder die Anmeldung hat länger als 10 Minuten gedauert. Bitte melden Sie sich noch einmal an.",
        rejected:
            "Der Anmeldedienst hat Ihre Anmeldung nicht so bestätigt, dass wir sie annehmen können. Bitte versuchen Sie es noch einmal. Wenn es wieder nicht klappt, schreiben Sie uns über das Kontaktformular.",
        unavailable: "Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.",
        notConfigured: "Diese Anmeldung ist hier nicht eingerichtet.",
        noEmail: {
            "\($0) hat uns keine E-Mail-Adresse übermittelt. Wir brauchen sie, um Sie über Ihre Anträge zu informieren. Bitte hinterlegen Sie dort eine E-Mail-Adresse, oder legen Sie bei uns ein Konto mit E-Mail-Adresse an."
        },
        emailHasAccount: {
            "Zu der E-Mail-Adresse, die \($0) übermittelt hat, gibt es bei uns schon ein Konto. Melden Sie sich mit Ihrem Passwort an und verbinden Sie danach unter „Mein Konto“ die Anmeldung über \($0)."
        },
        linkedElsewhere: {
            "Diese Anmeldung über \($0) ist schon mit einem anderen Konto verbunden. Melden Sie sich ab und mit \($0) an, um dieses Konto zu nutzen."
        },
        accountCreated: "Ihr Konto ist angelegt und Sie sind angemeldet.",
        emailNotConfirmed: {
            "\($0) hat Ihre E-Mail-Adresse nicht als bestätigt übermittelt. Bitte bestätigen Sie sie dort, oder legen Sie bei uns ein Konto mit E-Mail-Adresse an und verbinden Sie danach unter „Mein Konto“ die Anmeldung über \($0)."
        },
        linked: { "Die Anmeldung über \($0) ist jetzt mit Ihrem Konto verbunden." },
        unlinked: { "Die Verbindung zu \($0) ist getrennt." },
        unlinkNeedsPassword:
            "Ihr Konto hat noch kein Passwort. Legen Sie zuerst eines fest (über „Passwort vergessen“), damit Sie sich danach noch anmelden können.",
        sectionHeading: "Anmeldewege und Vertrauensniveau",
        accountLevel: { "Vertrauensniveau Ihres Kontos: „\($0)“ (\($1))." },
        sessionLevel: { "Diese Anmeldung hat das Vertrauensniveau „\($0)“." },
        linkedIdentity: { "\($0): verbunden seit \($1), zuletzt genutzt \($2)" },
        unlinkButton: { "Verbindung zu \($0) trennen" },
        connectHint: "Manche Anträge verlangen ein höheres Vertrauensniveau. Verbinden Sie dafür Ihr Konto mit einem Anmeldedienst.",
        gateHeading: "Anmeldung erforderlich",
        gateText: { "Für „\($0)“ müssen Sie sich anmelden, mindestens mit dem Vertrauensniveau „\($1)“ (\($2)). So wissen wir sicher, wer den Antrag stellt." },
        gateTooLow: { "Sie sind mit dem Vertrauensniveau „\($0)“ angemeldet. Das reicht für diesen Antrag nicht." },
        caseGate: { "Den Antrag \($0) haben Sie mit dem Vertrauensniveau „\($1)“ gestellt (\($2)). Um ihn zu öffnen, melden Sie sich bitte wieder so an." },
        caseNeedsAccount: {
            "Diesen Antrag haben Sie mit Ihrem Konto und dem Vertrauensniveau „\($0)“ gestellt. Sie finden ihn unter „Mein Konto“, wenn Sie sich wieder so anmelden."
        },
        exportGate: {
            "Zu Ihrem Konto gehören Anträge, die Sie mit dem Vertrauensniveau „\($0)“ gestellt haben (\($1)). Um alle Ihre Daten herunterzuladen, melden Sie sich bitte so an."
        },
        gatePasswordLogin: "Mit E-Mail-Adresse und Passwort anmelden",
        gateRegister: "Noch kein Konto? Konto anlegen",
        gateNoProvider:
            "Für dieses Vertrauensniveau ist hier zurzeit kein Anmeldedienst eingerichtet. Bitte wenden Sie sich an die zuständige Stelle; Sie finden sie auf der Seite der Leistung.",
        serviceRequirement: { "Für den Online-Antrag müssen Sie sich anmelden, mindestens mit dem Vertrauensniveau „\($0)“." },
        noPassword:
            "Ihr Konto hat kein Passwort; Sie melden sich über einen Anmeldedienst an. Um die E-Mail-Adresse zu ändern, legen Sie zuerst ein Passwort fest (über „Passwort vergessen“).",
        deleteConfirm: "Ja, mein Konto soll gelöscht werden.",
        deleteConfirmMissing: "Bitte bestätigen Sie mit dem Häkchen, dass Ihr Konto gelöscht werden soll.",
        setPasswordFirst: "Passwort festlegen",
        serviceLink: "Zur Beschreibung der Leistung",
        editorLabel: "Anmeldung für den Online-Antrag",
        editorNone: "Nicht nötig: auch ohne Konto möglich",
        editorLevel: { "Mindestens Vertrauensniveau „\($0)“ (\($1))" },
        editorInvalid: "Bitte wählen Sie eine der angebotenen Stufen für die Anmeldung.",
        staffLabel: "Identifizierung",
        staffLevel: { "Bürgerkonto, Vertrauensniveau „\($0)“" },
        staffNoAccount: "Ohne Konto (mit Zugangscode)",
        staffAPI: "Über die Schnittstelle eingegangen"
    )
}
