import PortalCore

/// The texts of the citizen account (pages and mails), German first, English second.
public struct AccountText: Sendable {
    public let language: Language
    public let register: String
    public let registerIntro: String
    public let email: String
    public let password: String
    public let newPasswordHint: String
    public let createAccount: String
    public let checkYourMail: String
    public let checkYourMailText: @Sendable (String) -> String
    public let confirmHeading: String
    public let confirmIntro: String
    public let confirmButton: String
    public let confirmed: String
    public let linkInvalid: String
    public let linkInvalidText: String
    public let login: String
    public let loginIntro: String
    public let loginButton: String
    public let loginFailed: String
    public let notVerified: String
    public let forgotLink: String
    public let registerLink: String
    public let loginLink: String
    public let forgotHeading: String
    public let forgotIntro: String
    public let forgotButton: String
    public let forgotSent: String
    public let resetHeading: String
    public let resetButton: String
    public let passwordChanged: String
    public let myAccount: String
    public let signedInAs: @Sendable (String) -> String
    public let myApplications: String
    public let noApplications: String
    public let logout: String
    public let loggedOut: String
    public let timeline: String
    public let whatNext: String
    public let processingTime: @Sendable (String) -> String
    public let mailbox: String
    public let mailboxEmpty: String
    public let mailboxLabel: String
    public let mailboxStaffLabel: String
    public let mailboxSend: String
    public let attachments: String
    public let attachmentsHint: String
    public let mailboxClosed: String
    public let newMarker: String
    public let messageSent: String
    public let messageMailSubject: @Sendable (String) -> String
    public let messageMailBody: @Sendable (_ reference: String, _ service: String, _ link: String) -> String
    public let withdrawHeading: String
    public let withdrawHint: String
    public let withdrawConfirm: String
    public let withdrawButton: String
    public let withdrawMissing: String
    public let withdrawDone: String
    public let prefilledNotice: String
    public let profileHeading: String
    public let profileHint: String
    public let profileSave: String
    /// Given name, family name, street and number, postal code, town, phone.
    public let profileLabels: [String]
    public let profileSaved: String
    public let exportHeading: String
    public let exportText: String
    public let exportLink: String
    public let changeEmailHeading: String
    public let newEmail: String
    public let currentPassword: String
    public let changeEmailButton: String
    public let changeEmailSent: @Sendable (String) -> String
    public let emailChanged: String
    public let emailTaken: String
    public let deleteHeading: String
    public let deleteText: String
    public let deleteButton: String
    public let deleted: String
    public let wrongPassword: String
    public let changeMailSubject: String
    public let changeMailBody: @Sendable (String) -> String
    public let documentsHeading: String
    public let documentsIntro: @Sendable (String) -> String
    public let documentsSubmit: String
    public let documentsDone: String
    public let requestMailSubject: @Sendable (String) -> String
    public let requestMailBody: @Sendable (_ reference: String, _ service: String, _ documents: [String], _ deadline: String, _ link: String) -> String
    public let reminderMailSubject: @Sendable (String) -> String
    public let decision: String
    public let decisionOutcome: String
    public let decisionDownload: String
    /// The button that fetches the decision the first time (delivery by retrieval), and what it means.
    public let decisionFetch: String
    public let decisionFetchHint: String
    public let decisionDeliveredOn: @Sendable (String) -> String
    public let decisionMailSubject: @Sendable (String) -> String
    public let decisionMailBody: @Sendable (_ reference: String, _ service: String, _ link: String) -> String
    public let receipt: String
    public let receiptDownload: String
    public let receiptPending: String
    public let emailMissing: String
    public let emailInvalid: String
    public let verifyMailSubject: String
    public let verifyMailBody: @Sendable (String) -> String
    public let existsMailSubject: String
    public let existsMailBody: @Sendable (String) -> String
    public let resetMailSubject: String
    public let resetMailBody: @Sendable (String) -> String
    public let statusMailSubject: @Sendable (String) -> String
    public let statusMailBody: @Sendable (_ reference: String, _ service: String, _ status: String, _ link: String) -> String

    private var german: Bool { language == .german }
    public var followAnotherCase: String { german ? "Einen anderen Antrag verfolgen" : "Follow another application" }
    public var redressHeading: String { german ? "Wenn Sie mit dem Bescheid nicht einverstanden sind" : "If you disagree with the decision" }
    public var documentsReceived: String { german ? "Eingegangen" : "Received" }
    public var documentsUploadAgain: String { german ? "Andere Datei hochladen (ersetzt die bisherige)" : "Upload another file (replaces the earlier one)" }
    public var documentsFinish: String { german ? "Ohne die übrigen Unterlagen abschließen" : "Finish without the other documents" }
    public var documentsFinishHint: String {
        german ? "Sie können jede Unterlage einzeln hochladen, auch zu verschiedenen Zeiten. Haben Sie eine Unterlage nicht, schließen Sie die Nachforderung ab; schreiben Sie uns gern unten eine Nachricht dazu."
            : "You can upload each document on its own, also at different times. If you do not have a document, finish the request; you are welcome to write us a message below."
    }
    public var documentsChooseOne: String {
        german ? "Bitte wählen Sie mindestens eine Datei aus, oder schließen Sie die Nachforderung ohne die übrigen Unterlagen ab."
            : "Please choose at least one file, or finish the request without the other documents."
    }
    public func documentsPartial(_ received: [String], _ pending: [String]) -> String {
        german ? "Danke, eingegangen: \(received.joined(separator: ", ")). Es fehlt noch: \(pending.joined(separator: ", "))."
            : "Thank you, received: \(received.joined(separator: ", ")). Still missing: \(pending.joined(separator: ", "))."
    }
    public var documentsKept: String {
        german ? "Die übrigen ausgewählten Dateien sind eingegangen und oben als „Eingegangen“ aufgeführt."
            : "The other files you chose have arrived and are listed above as “Received”."
    }
    public var documentsSentHeading: String { german ? "Von Ihnen nachgereichte Unterlagen" : "Documents you sent later" }
    public func documentsSentOn(_ date: String) -> String { german ? "eingereicht am \(date)" : "sent on \(date)" }

    public static let german = AccountText(
        language: .german,
        register: "Konto anlegen",
        registerIntro: "Mit einem Konto finden Sie Ihre Anträge und deren Stand jederzeit unter „Meine Anträge“. Anträge stellen können Sie auch ohne Konto.",
        email: "E-Mail-Adresse", password: "Passwort",
        newPasswordHint: "Mindestens 10 Zeichen. Ein Satz aus mehreren Wörtern ist sicher und leicht zu merken.",
        createAccount: "Konto anlegen",
        checkYourMail: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        checkYourMailText: { "Wir haben eine E-Mail an \($0) geschickt. Öffnen Sie den Link darin innerhalb von 48 Stunden, um Ihr Konto zu nutzen. Schauen Sie auch im Spam-Ordner nach." },
        confirmHeading: "E-Mail-Adresse bestätigen",
        confirmIntro: "Bestätigen Sie hier Ihre E-Mail-Adresse. Danach können Sie sich anmelden.",
        confirmButton: "Adresse bestätigen",
        confirmed: "Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.",
        linkInvalid: "Dieser Link gilt nicht mehr",
        linkInvalidText: "Der Link ist abgelaufen oder wurde schon benutzt. Fordern Sie bei Bedarf einen neuen an.",
        login: "Anmelden",
        loginIntro: "Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.",
        loginButton: "Anmelden",
        loginFailed: "E-Mail-Adresse oder Passwort sind nicht richtig.",
        notVerified: "Ihre E-Mail-Adresse ist noch nicht bestätigt. Bitte öffnen Sie den Link aus unserer E-Mail.",
        forgotLink: "Passwort vergessen?", registerLink: "Noch kein Konto? Konto anlegen", loginLink: "Zur Anmeldung",
        forgotHeading: "Passwort vergessen",
        forgotIntro: "Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.",
        forgotButton: "Link anfordern",
        forgotSent: "Wenn es ein Konto mit dieser Adresse gibt, haben wir einen Link geschickt. Er gilt eine Stunde.",
        resetHeading: "Neues Passwort festlegen", resetButton: "Passwort speichern",
        passwordChanged: "Ihr Passwort ist geändert. Bitte melden Sie sich an.",
        myAccount: "Mein Konto", signedInAs: { "Angemeldet als \($0)" }, myApplications: "Meine Anträge",
        noApplications: "Sie haben mit diesem Konto noch keinen Antrag gestellt.", logout: "Abmelden", loggedOut: "Sie sind abgemeldet.",
        timeline: "Verlauf", whatNext: "Wie geht es weiter?", processingTime: { "Übliche Bearbeitungsdauer: \($0)" },
        mailbox: "Nachrichten", mailboxEmpty: "Zu diesem Antrag gibt es noch keine Nachrichten.",
        mailboxLabel: "Ihre Nachricht an die zuständige Stelle", mailboxStaffLabel: "Nachricht an die antragstellende Person",
        mailboxSend: "Nachricht senden", attachments: "Anhänge (freiwillig)",
        attachmentsHint: "PDF, JPEG oder PNG, bis 10 MB je Datei, höchstens drei Dateien.",
        mailboxClosed: "Der Vorgang ist abgeschlossen; neue Nachrichten sind nicht mehr möglich.",
        newMarker: "Neu", messageSent: "Ihre Nachricht ist gesendet.",
        messageMailSubject: { "Neue Nachricht zu Ihrem Antrag \($0)" },
        messageMailBody: { reference, service, link in
            "Guten Tag,\n\nzu Ihrem Antrag \(reference) (\(service)) gibt es eine neue Nachricht der zuständigen Stelle. Aus Datenschutzgründen steht sie nicht in dieser E-Mail; Sie lesen sie hier:\n\n\(link)"
        },
        withdrawHeading: "Antrag zurückziehen",
        withdrawHint: "Wenn Sie den Antrag nicht mehr brauchen, können Sie ihn zurückziehen, solange nicht entschieden ist. Das lässt sich nicht rückgängig machen.",
        withdrawConfirm: "Ja, ich ziehe meinen Antrag zurück.", withdrawButton: "Antrag zurückziehen",
        withdrawMissing: "Bitte bestätigen Sie, dass Sie den Antrag zurückziehen möchten.", withdrawDone: "Ihr Antrag ist zurückgezogen.",
        prefilledNotice: "Einige Angaben sind aus Ihrem Konto schon eingetragen. Bitte prüfen Sie sie; Sie können sie hier ändern.",
        profileHeading: "Meine Angaben für Formulare",
        profileHint: "Was Sie hier eintragen, steht in neuen Anträgen schon in den passenden Feldern. Sie können es dort jederzeit ändern.",
        profileSave: "Angaben speichern",
        profileLabels: ["Vorname", "Nachname", "Straße und Hausnummer", "Postleitzahl", "Ort", "Telefonnummer"],
        profileSaved: "Ihre Angaben sind gespeichert.",
        exportHeading: "Meine Daten",
        exportText: "Laden Sie alles herunter, was das Portal zu Ihrem Konto speichert: Kontodaten, Anträge mit Ihren Angaben, Verlauf, Nachrichten und Dateien (ein ZIP-Archiv mit einer JSON-Datei und Ihren Dateien, Art. 15 und 20 DSGVO).",
        exportLink: "Meine Daten herunterladen (ZIP)",
        changeEmailHeading: "E-Mail-Adresse ändern", newEmail: "Neue E-Mail-Adresse", currentPassword: "Ihr Passwort",
        changeEmailButton: "Neue Adresse bestätigen lassen",
        changeEmailSent: { "Wir haben einen Link an \($0) geschickt. Erst wenn Sie ihn öffnen, gilt die neue Adresse." },
        emailChanged: "Ihre neue E-Mail-Adresse gilt jetzt. Bitte melden Sie sich damit an.",
        emailTaken: "Diese Adresse lässt sich nicht verwenden.",
        deleteHeading: "Konto löschen",
        deleteText: "Wenn Sie Ihr Konto löschen, bleiben Ihre Anträge bei der zuständigen Stelle, weil sie sie aufbewahren muss. Sie sind dann nicht mehr mit einem Konto verbunden; den Stand sehen Sie weiter mit Aktenzeichen und Zugangscode. Das Löschen lässt sich nicht rückgängig machen.",
        deleteButton: "Konto endgültig löschen", deleted: "Ihr Konto ist gelöscht.",
        wrongPassword: "Das Passwort ist nicht richtig.",
        changeMailSubject: "Bitte bestätigen Sie Ihre neue E-Mail-Adresse",
        changeMailBody: { "Guten Tag,\n\nSie möchten Ihr Konto beim Serviceportal auf diese Adresse umstellen. Bitte bestätigen Sie das über diesen Link (48 Stunden gültig):\n\n\($0)\n\nWenn Sie das nicht waren, müssen Sie nichts tun." },
        documentsHeading: "Fehlende Unterlagen",
        documentsIntro: { "Die zuständige Stelle bittet Sie bis zum \($0) um diese Unterlagen. Erlaubt sind PDF, JPEG und PNG bis 10 MB je Datei." },
        documentsSubmit: "Unterlagen hochladen",
        documentsDone: "Danke, Ihre Unterlagen sind eingegangen.",
        requestMailSubject: { "Bitte reichen Sie Unterlagen nach: Antrag \($0)" },
        requestMailBody: { reference, service, documents, deadline, link in
            "Guten Tag,\n\nfür Ihren Antrag \(reference) (\(service)) fehlen noch Unterlagen. Bitte laden Sie bis zum \(deadline) hoch:\n\n" + documents.map { "- \($0)" }.joined(separator: "\n") + "\n\nDas geht hier:\n\n\(link)"
        },
        reminderMailSubject: { "Erinnerung: Unterlagen zu Ihrem Antrag \($0)" },
        decision: "Bescheid", decisionOutcome: "Ergebnis", decisionDownload: "Bescheid herunterladen (PDF)", decisionFetch: "Bescheid abrufen (PDF)",
        decisionFetchHint: "Mit dem Abruf ist Ihnen der Bescheid zugestellt; er gilt am Tag nach dem Abruf als bekannt gegeben. Danach können Sie ihn jederzeit wieder herunterladen.",
        decisionDeliveredOn: { "Zugestellt am \($0)" },
        decisionMailSubject: { "Bescheid zu Ihrem Antrag \($0)" },
        decisionMailBody: { reference, service, link in
            "Guten Tag,\n\nüber Ihren Antrag \(reference) (\(service)) ist entschieden. Den Bescheid können Sie hier abrufen:\n\n\(link)\n\nAus Datenschutzgründen hängt er nicht an dieser E-Mail."
        },
        receipt: "Eingangsbestätigung", receiptDownload: "Eingangsbestätigung herunterladen (PDF)",
        receiptPending: "Die Eingangsbestätigung wird gerade erstellt. Bitte laden Sie die Seite gleich noch einmal.",
        emailMissing: "Bitte geben Sie Ihre E-Mail-Adresse an.",
        emailInvalid: "Bitte geben Sie eine E-Mail-Adresse in der Form name@beispiel.de an.",
        verifyMailSubject: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        verifyMailBody: { "Guten Tag,\n\nSie haben beim Serviceportal ein Konto angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link (48 Stunden gültig):\n\n\($0)\n\nWenn Sie kein Konto angelegt haben, müssen Sie nichts tun." },
        existsMailSubject: "Ihr Konto beim Serviceportal",
        existsMailBody: { "Guten Tag,\n\njemand wollte mit Ihrer E-Mail-Adresse ein Konto anlegen. Sie haben schon eines. Wenn Sie Ihr Passwort vergessen haben, legen Sie hier ein neues fest:\n\n\($0)\n\nWenn das nicht von Ihnen kam, müssen Sie nichts tun." },
        resetMailSubject: "Neues Passwort für Ihr Konto",
        resetMailBody: { "Guten Tag,\n\nüber diesen Link legen Sie ein neues Passwort fest (eine Stunde gültig):\n\n\($0)\n\nWenn Sie kein neues Passwort angefordert haben, müssen Sie nichts tun; Ihr bisheriges bleibt gültig." },
        statusMailSubject: { "Neuer Stand zu Ihrem Antrag \($0)" },
        statusMailBody: { reference, service, status, link in
            "Guten Tag,\n\nIhr Antrag \(reference) (\(service)) hat einen neuen Stand: \(status).\n\nEinzelheiten sehen Sie nach der Anmeldung unter „Meine Anträge“:\n\n\(link)"
        }
    )

    public static let english = AccountText(
        language: .english,
        register: "Create an account",
        registerIntro: "With an account you find your applications and their status at any time under “My applications”. You can apply without an account too.",
        email: "E-mail address", password: "Password",
        newPasswordHint: "At least 10 characters. A sentence of several words is safe and easy to remember.",
        createAccount: "Create account",
        checkYourMail: "Please confirm your e-mail address",
        checkYourMailText: { "We have sent an e-mail to \($0). Open the link in it within 48 hours to use your account. Please check your spam folder too." },
        confirmHeading: "Confirm your e-mail address",
        confirmIntro: "Confirm your e-mail address here. Then you can sign in.",
        confirmButton: "Confirm address",
        confirmed: "Your e-mail address is confirmed. You can sign in now.",
        linkInvalid: "This link no longer works",
        linkInvalidText: "The link has expired or was used already. Request a new one if you need it.",
        login: "Sign in",
        loginIntro: "Sign in with your e-mail address and your password.",
        loginButton: "Sign in",
        loginFailed: "The e-mail address or password is not correct.",
        notVerified: "Your e-mail address is not confirmed yet. Please open the link in our e-mail.",
        forgotLink: "Forgotten your password?", registerLink: "No account yet? Create one", loginLink: "To sign-in",
        forgotHeading: "Forgotten password",
        forgotIntro: "Enter your account's e-mail address. We send you a link to set a new password.",
        forgotButton: "Request link",
        forgotSent: "If there is an account with this address, we have sent a link. It works for one hour.",
        resetHeading: "Set a new password", resetButton: "Save password",
        passwordChanged: "Your password is changed. Please sign in.",
        myAccount: "My account", signedInAs: { "Signed in as \($0)" }, myApplications: "My applications",
        noApplications: "You have not filed an application with this account yet.", logout: "Sign out", loggedOut: "You are signed out.",
        timeline: "History", whatNext: "What happens next?", processingTime: { "Usual processing time: \($0)" },
        mailbox: "Messages", mailboxEmpty: "There are no messages about this application yet.",
        mailboxLabel: "Your message to the office", mailboxStaffLabel: "Message to the applicant",
        mailboxSend: "Send message", attachments: "Attachments (optional)",
        attachmentsHint: "PDF, JPEG or PNG, up to 10 MB per file, three files at most.",
        mailboxClosed: "The case is closed; no new messages are possible.",
        newMarker: "New", messageSent: "Your message is sent.",
        messageMailSubject: { "New message about your application \($0)" },
        messageMailBody: { reference, service, link in
            "Hello,\n\nthere is a new message from the office about your application \(reference) (\(service)). For data protection it is not in this e-mail; read it here:\n\n\(link)"
        },
        withdrawHeading: "Withdraw the application",
        withdrawHint: "If you no longer need it, you can withdraw the application as long as it is not decided. This cannot be undone.",
        withdrawConfirm: "Yes, I withdraw my application.", withdrawButton: "Withdraw application",
        withdrawMissing: "Please confirm that you want to withdraw the application.", withdrawDone: "Your application is withdrawn.",
        prefilledNotice: "Some answers are filled in from your account already. Please check them; you can change them here.",
        profileHeading: "My details for forms",
        profileHint: "What you enter here is filled into the matching fields of new applications. You can change it there at any time.",
        profileSave: "Save details",
        profileLabels: ["Given name", "Family name", "Street and number", "Postal code", "Town", "Phone number"],
        profileSaved: "Your details are saved.",
        exportHeading: "My data",
        exportText: "Download everything the portal keeps about your account: account data, applications with your answers, history, messages and files (a ZIP archive with a JSON file and your files, Art. 15 and 20 GDPR).",
        exportLink: "Download my data (ZIP)",
        changeEmailHeading: "Change e-mail address", newEmail: "New e-mail address", currentPassword: "Your password",
        changeEmailButton: "Confirm the new address",
        changeEmailSent: { "We have sent a link to \($0). The new address counts only once you open it." },
        emailChanged: "Your new e-mail address is in use now. Please sign in with it.",
        emailTaken: "This address cannot be used.",
        deleteHeading: "Delete account",
        deleteText: "If you delete your account, your applications stay with the office, which must keep them. They are no longer linked to an account; you can still follow them with reference and access code. Deleting cannot be undone.",
        deleteButton: "Delete account for good", deleted: "Your account is deleted.",
        wrongPassword: "The password is not correct.",
        changeMailSubject: "Please confirm your new e-mail address",
        changeMailBody: { "Hello,\n\nyou want to move your account at the service portal to this address. Please confirm with this link (valid for 48 hours):\n\n\($0)\n\nIf this was not you, you need not do anything." },
        documentsHeading: "Missing documents",
        documentsIntro: { "The office asks you for these documents by \($0). PDF, JPEG and PNG up to 10 MB per file are accepted." },
        documentsSubmit: "Upload documents",
        documentsDone: "Thank you, your documents have arrived.",
        requestMailSubject: { "Please send documents: application \($0)" },
        requestMailBody: { reference, service, documents, deadline, link in
            "Hello,\n\nyour application \(reference) (\(service)) still lacks documents. Please upload by \(deadline):\n\n" + documents.map { "- \($0)" }.joined(separator: "\n") + "\n\nYou can do so here:\n\n\(link)"
        },
        reminderMailSubject: { "Reminder: documents for your application \($0)" },
        decision: "Decision", decisionOutcome: "Outcome", decisionDownload: "Download the decision (PDF)", decisionFetch: "Fetch the decision (PDF)",
        decisionFetchHint: "Fetching the decision delivers it to you; it counts as announced on the day after. Afterwards you can download it again at any time.",
        decisionDeliveredOn: { "Delivered on \($0)" },
        decisionMailSubject: { "Decision on your application \($0)" },
        decisionMailBody: { reference, service, link in
            "Hello,\n\nyour application \(reference) (\(service)) is decided. You can fetch the decision here:\n\n\(link)\n\nFor data protection it is not attached to this e-mail."
        },
        receipt: "Acknowledgement of receipt", receiptDownload: "Download the acknowledgement of receipt (PDF)",
        receiptPending: "The acknowledgement of receipt is being made. Please reload the page in a moment.",
        emailMissing: "Please enter your e-mail address.",
        emailInvalid: "Please enter an e-mail address like name@example.com.",
        verifyMailSubject: "Please confirm your e-mail address",
        verifyMailBody: { "Hello,\n\nyou created an account at the service portal. Please confirm your e-mail address with this link (valid for 48 hours):\n\n\($0)\n\nIf you did not create an account, you need not do anything." },
        existsMailSubject: "Your account at the service portal",
        existsMailBody: { "Hello,\n\nsomeone tried to create an account with your e-mail address. You have one already. If you forgot your password, set a new one here:\n\n\($0)\n\nIf this was not you, you need not do anything." },
        resetMailSubject: "New password for your account",
        resetMailBody: { "Hello,\n\nset a new password with this link (valid for one hour):\n\n\($0)\n\nIf you did not ask for a new password, you need not do anything; your password stays as it is." },
        statusMailSubject: { "New status of your application \($0)" },
        statusMailBody: { reference, service, status, link in
            "Hello,\n\nyour application \(reference) (\(service)) has a new status: \(status).\n\nSign in and see the details under “My applications”:\n\n\(link)"
        }
    )

    public static func `for`(_ language: Language) -> AccountText {
        language == .german ? german : english
    }
}
