import PortalCore

/// Texts for signing in through identity providers and for trust levels, German first, English second.
public struct IdentityText: Sendable {
    public let otherWays: String
    public let loginWith: @Sendable (String) -> String
    public let connectWith: @Sendable (String) -> String
    /// Connecting a provider to an account with a password asks for it.
    public let connectPassword: String
    public let linkPasswordWrong: String
    public let linkNeedsPassword: @Sendable (String) -> String
    /// The mail to the account holder when a provider was connected.
    public let linkedMailSubject: String
    public let linkedMailBody: @Sendable (_ provider: String, _ resetLink: String) -> String
    /// The reset page lists the connected providers, each can be removed there.
    public let resetIdentities: String
    public let resetRemoveIdentity: @Sendable (String) -> String
    public let failedHeading: String
    public let cancelled: String
    public let unexpectedAnswer: String
    public let rejected: String
    public let unavailable: String
    public let notConfigured: String
    public let noEmail: @Sendable (String) -> String
    public let emailHasAccount: @Sendable (String) -> String
    public let linkedElsewhere: @Sendable (String) -> String
    public let accountCreated: String
    public let emailNotConfirmed: @Sendable (String) -> String
    public let linked: @Sendable (String) -> String
    public let unlinked: @Sendable (String) -> String
    public let unlinkNeedsPassword: String
    public let sectionHeading: String
    public let accountLevel: @Sendable (_ level: String, _ meaning: String) -> String
    public let sessionLevel: @Sendable (String) -> String
    public let linkedIdentity: @Sendable (_ provider: String, _ since: String, _ lastUsed: String) -> String
    public let unlinkButton: @Sendable (String) -> String
    public let connectHint: String
    public let gateHeading: String
    public let gateText: @Sendable (_ service: String, _ level: String, _ meaning: String) -> String
    public let gateTooLow: @Sendable (String) -> String
    public let caseGate: @Sendable (_ reference: String, _ level: String, _ meaning: String) -> String
    public let caseNeedsAccount: @Sendable (String) -> String
    public let exportGate: @Sendable (_ level: String, _ meaning: String) -> String
    public let gatePasswordLogin: String
    public let gateRegister: String
    public let gateNoProvider: String
    public let serviceRequirement: @Sendable (String) -> String
    public let noPassword: String
    public let deleteConfirm: String
    public let deleteConfirmMissing: String
    public let setPasswordFirst: String
    public let serviceLink: String
    public let editorLabel: String
    public let editorNone: String
    public let editorLevel: @Sendable (_ level: String, _ meaning: String) -> String
    public let editorInvalid: String
    public let staffLabel: String
    public let staffLevel: @Sendable (String) -> String
    public let staffNoAccount: String
    public let staffAPI: String

    public static func `for`(_ language: Language) -> IdentityText { language == .english ? english : german }

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
        unexpectedAnswer: "Diese Rückmeldung des Anmeldedienstes gehört zu keiner Anmeldung in diesem Browser, oder die Anmeldung hat länger als 10 Minuten gedauert. Bitte melden Sie sich noch einmal an.",
        rejected: "Der Anmeldedienst hat Ihre Anmeldung nicht so bestätigt, dass wir sie annehmen können. Bitte versuchen Sie es noch einmal. Wenn es wieder nicht klappt, schreiben Sie uns über das Kontaktformular.",
        unavailable: "Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.",
        notConfigured: "Diese Anmeldung ist hier nicht eingerichtet.",
        noEmail: { "\($0) hat uns keine E-Mail-Adresse übermittelt. Wir brauchen sie, um Sie über Ihre Anträge zu informieren. Bitte hinterlegen Sie dort eine E-Mail-Adresse, oder legen Sie bei uns ein Konto mit E-Mail-Adresse an." },
        emailHasAccount: { "Zu der E-Mail-Adresse, die \($0) übermittelt hat, gibt es bei uns schon ein Konto. Melden Sie sich mit Ihrem Passwort an und verbinden Sie danach unter „Mein Konto“ die Anmeldung über \($0)." },
        linkedElsewhere: { "Diese Anmeldung über \($0) ist schon mit einem anderen Konto verbunden. Melden Sie sich ab und mit \($0) an, um dieses Konto zu nutzen." },
        accountCreated: "Ihr Konto ist angelegt und Sie sind angemeldet.",
        emailNotConfirmed: { "\($0) hat Ihre E-Mail-Adresse nicht als bestätigt übermittelt. Bitte bestätigen Sie sie dort, oder legen Sie bei uns ein Konto mit E-Mail-Adresse an und verbinden Sie danach unter „Mein Konto“ die Anmeldung über \($0)." },
        linked: { "Die Anmeldung über \($0) ist jetzt mit Ihrem Konto verbunden." },
        unlinked: { "Die Verbindung zu \($0) ist getrennt." },
        unlinkNeedsPassword: "Ihr Konto hat noch kein Passwort. Legen Sie zuerst eines fest (über „Passwort vergessen“), damit Sie sich danach noch anmelden können.",
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
        caseNeedsAccount: { "Diesen Antrag haben Sie mit Ihrem Konto und dem Vertrauensniveau „\($0)“ gestellt. Sie finden ihn unter „Mein Konto“, wenn Sie sich wieder so anmelden." },
        exportGate: { "Zu Ihrem Konto gehören Anträge, die Sie mit dem Vertrauensniveau „\($0)“ gestellt haben (\($1)). Um alle Ihre Daten herunterzuladen, melden Sie sich bitte so an." },
        gatePasswordLogin: "Mit E-Mail-Adresse und Passwort anmelden",
        gateRegister: "Noch kein Konto? Konto anlegen",
        gateNoProvider: "Für dieses Vertrauensniveau ist hier zurzeit kein Anmeldedienst eingerichtet. Bitte wenden Sie sich an die zuständige Stelle; Sie finden sie auf der Seite der Leistung.",
        serviceRequirement: { "Für den Online-Antrag müssen Sie sich anmelden, mindestens mit dem Vertrauensniveau „\($0)“." },
        noPassword: "Ihr Konto hat kein Passwort; Sie melden sich über einen Anmeldedienst an. Um die E-Mail-Adresse zu ändern, legen Sie zuerst ein Passwort fest (über „Passwort vergessen“).",
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

    public static let english = IdentityText(
        otherWays: "Other ways to sign in",
        loginWith: { "Sign in with \($0)" },
        connectWith: { "Connect \($0)" },
        connectPassword: "Your password (to confirm)",
        linkPasswordWrong: "The password is not correct. To connect a sign-in service, please confirm with your password.",
        linkNeedsPassword: { "To connect \($0) to your account, please confirm with your password under “My account”." },
        linkedMailSubject: "New way to sign in to your account",
        linkedMailBody: { provider, reset in
            "Hello,\n\nsigning in with \(provider) has just been connected to your account on the service portal.\n\nWas this not you? Please set a new password at once; you can remove ways to sign in there:\n\(reset)\n"
        },
        resetIdentities: "Ways to sign in connected to your account. Remove any you did not connect yourself:",
        resetRemoveIdentity: { "Remove \($0)" },
        failedHeading: "Signing in did not work",
        cancelled: "Signing in was cancelled. You can try again at any time.",
        unexpectedAnswer: "This answer from the sign-in service does not belong to a sign-in in this browser, or signing in took longer than 10 minutes. Please sign in again.",
        rejected: "The sign-in service did not confirm your sign-in in a way we can accept. Please try again. If it fails again, write to us through the contact form.",
        unavailable: "The sign-in service cannot be reached right now. Please try again in a few minutes.",
        notConfigured: "This way of signing in is not set up here.",
        noEmail: { "\($0) did not give us an e-mail address. We need one to keep you informed about your applications. Please add an address there, or create an account with your e-mail address here." },
        emailHasAccount: { "There is already an account for the e-mail address \($0) gave us. Sign in with your password, then connect \($0) under “My account”." },
        linkedElsewhere: { "This sign-in with \($0) is already connected to another account. Sign out and sign in with \($0) to use that account." },
        accountCreated: "Your account has been created and you are signed in.",
        emailNotConfirmed: { "\($0) did not tell us that your e-mail address is confirmed. Please confirm it there, or create an account with your e-mail address here and then connect \($0) under “My account”." },
        linked: { "Signing in with \($0) is now connected to your account." },
        unlinked: { "\($0) is no longer connected." },
        unlinkNeedsPassword: "Your account has no password yet. Set one first (through “Forgot your password?”) so that you can still sign in afterwards.",
        sectionHeading: "Ways to sign in and trust level",
        accountLevel: { "Trust level of your account: “\($0)” (\($1))." },
        sessionLevel: { "This sign-in has the trust level “\($0)”." },
        linkedIdentity: { "\($0): connected since \($1), last used \($2)" },
        unlinkButton: { "Disconnect \($0)" },
        connectHint: "Some applications need a higher trust level. Connect your account to a sign-in service for them.",
        gateHeading: "Please sign in",
        gateText: { "To apply for “\($0)” you need to sign in with at least the trust level “\($1)” (\($2)), so that we know for sure who applies." },
        gateTooLow: { "You are signed in with the trust level “\($0)”. That is not enough for this application." },
        caseGate: { "You filed the application \($0) with the trust level “\($1)” (\($2)). To open it, please sign in that way again." },
        caseNeedsAccount: { "You filed this application with your account and the trust level “\($0)”. You find it under “My account” when you sign in that way again." },
        exportGate: { "Your account holds applications filed with the trust level “\($0)” (\($1)). To download all your data, please sign in that way." },
        gatePasswordLogin: "Sign in with e-mail address and password",
        gateRegister: "No account yet? Create one",
        gateNoProvider: "No sign-in service for this trust level is set up here at the moment. Please contact the responsible office; the service page names it.",
        serviceRequirement: { "To apply online you need to sign in with at least the trust level “\($0)”." },
        noPassword: "Your account has no password; you sign in through a sign-in service. To change the e-mail address, set a password first (through “Forgot your password?”).",
        deleteConfirm: "Yes, delete my account.",
        deleteConfirmMissing: "Please tick the box to confirm that your account should be deleted.",
        setPasswordFirst: "Set a password",
        serviceLink: "To the description of the service",
        editorLabel: "Signing in for the online application",
        editorNone: "Not needed: possible without an account",
        editorLevel: { "At least trust level “\($0)” (\($1))" },
        editorInvalid: "Please choose one of the offered levels for signing in.",
        staffLabel: "Identification",
        staffLevel: { "Citizen account, trust level “\($0)”" },
        staffNoAccount: "Without an account (with access code)",
        staffAPI: "Received through the API"
    )
}
