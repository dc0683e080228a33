import PortalCore

extension AccountText {
    public static let german = AccountText(
        language: .german,
        register: "Konto anlegen",
        registerIntro: "Mit einem Konto finden Sie Ihre Anträge und deren Stand jederzeit unter „Meine Anträge“. Anträge stellen können Sie auch ohne Konto.",
        email: "E-Mail-Adresse", password: "Passwort",
        newPasswordHint: "Mindestens 10 Zeichen. Ein Satz aus mehreren Wörtern ist sicher und leicht zu merken.",
        createAccount: "Konto anlegen",
        checkYourMail: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        checkYourMailText: {
            "Wir haben eine E-Mail an \($0) geschickt. Öffnen Sie den Link darin innerhalb von 48 Stunden, um Ihr Konto zu nutzen. Schauen Sie auch im Spam-Ordner nach."
        },
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
        withdrawHint:
            "Wenn Sie den Antrag nicht mehr brauchen, können Sie ihn zurückziehen, solange nicht entschieden ist. Das lässt sich nicht rückgängig machen.",
        withdrawConfirm: "Ja, ich ziehe meinen Antrag zurück.", withdrawButton: "Antrag zurückziehen",
        withdrawMissing: "Bitte bestätigen Sie, dass Sie den Antrag zurückziehen möchten.", withdrawDone: "Ihr Antrag ist zurückgezogen.",
        prefilledNotice: "Einige Angaben sind aus Ihrem Konto schon eingetragen. Bitte prüfen Sie sie; Sie können sie hier ändern.",
        profileHeading: "Meine Angaben für Formulare",
        profileHint: "Was Sie hier eintragen, steht in neuen Anträgen schon in den passenden Feldern. Sie können es dort jederzeit ändern.",
        profileSave: "Angaben speichern",
        profileLabels: ["Vorname", "Nachname", "Straße und Hausnummer", "Postleitzahl", "Ort", "Telefonnummer"],
        profileSaved: "Ihre Angaben sind gespeichert.",
        exportHeading: "Meine Daten",
        exportText:
            "Laden Sie alles herunter, was das Portal zu Ihrem Konto speichert: Kontodaten, Anträge mit Ihren Angaben, Verlauf, Nachrichten und Dateien (ein ZIP-Archiv mit einer JSON-Datei und Ihren Dateien, Art. 15 und 20 DSGVO).",
        exportLink: "Meine Daten herunterladen (ZIP)",
        changeEmailHeading: "E-Mail-Adresse ändern", newEmail: "Neue E-Mail-Adresse", currentPassword: "Ihr Passwort",
        changeEmailButton: "Neue Adresse bestätigen lassen",
        changeEmailSent: { "Wir haben einen Link an \($0) geschickt. Erst wenn Sie ihn öffnen, gilt die neue Adresse." },
        emailChanged: "Ihre neue E-Mail-Adresse gilt jetzt. Bitte melden Sie sich damit an.",
        emailTaken: "Diese Adresse lässt sich nicht verwenden.",
        deleteHeading: "Konto löschen",
        deleteText:
            "Wenn Sie Ihr Konto löschen, bleiben Ihre Anträge bei der zuständigen Stelle, weil sie sie aufbewahren muss. Sie sind dann nicht mehr mit einem Konto verbunden; den Stand sehen Sie weiter mit Aktenzeichen und Zugangscode. Das Löschen lässt sich nicht rückgängig machen.",
        deleteButton: "Konto endgültig löschen", deleted: "Ihr Konto ist gelöscht.",
        wrongPassword: "Das Passwort ist nicht richtig.",
        changeMailSubject: "Bitte bestätigen Sie Ihre neue E-Mail-Adresse",
        changeMailBody: {
            "Guten Tag,\n\nSie möchten Ihr Konto beim Serviceportal auf diese Adresse umstellen. Bitte bestätigen Sie das über diesen Link (48 Stunden gültig):\n\n\($0)\n\nWenn Sie das nicht waren, müssen Sie nichts tun."
        },
        documentsHeading: "Fehlende Unterlagen",
        documentsIntro: { "Die zuständige Stelle bittet Sie bis zum \($0) um diese Unterlagen. Erlaubt sind PDF, JPEG und PNG bis 10 MB je Datei." },
        documentsSubmit: "Unterlagen hochladen",
        documentsDone: "Danke, Ihre Unterlagen sind eingegangen.",
        requestMailSubject: { "Bitte reichen Sie Unterlagen nach: Antrag \($0)" },
        requestMailBody: { reference, service, documents, deadline, link in
            "Guten Tag,\n\nfür Ihren Antrag \(reference) (\(service)) fehlen noch Unterlagen. Bitte laden Sie bis zum \(deadline) hoch:\n\n"
                + documents.map { "- \($0)" }.joined(separator: "\n") + "\n\nDas geht hier:\n\n\(link)"
        },
        reminderMailSubject: { "Erinnerung: Unterlagen zu Ihrem Antrag \($0)" },
        decision: "Bescheid", decisionOutcome: "Ergebnis", decisionDownload: "Bescheid herunterladen (PDF)", decisionFetch: "Bescheid abrufen (PDF)",
        decisionFetchHint:
            "Mit dem Abruf ist Ihnen der Bescheid zugestellt; er gilt am Tag nach dem Abruf als bekannt gegeben. Danach können Sie ihn jederzeit wieder herunterladen.",
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
        verifyMailBody: {
            "Guten Tag,\n\nSie haben beim Serviceportal ein Konto angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link (48 Stunden gültig):\n\n\($0)\n\nWenn Sie kein Konto angelegt haben, müssen Sie nichts tun."
        },
        existsMailSubject: "Ihr Konto beim Serviceportal",
        existsMailBody: {
            "Guten Tag,\n\njemand wollte mit Ihrer E-Mail-Adresse ein Konto anlegen. Sie haben schon eines. Wenn Sie Ihr Passwort vergessen haben, legen Sie hier ein neues fest:\n\n\($0)\n\nWenn das nicht von Ihnen kam, müssen Sie nichts tun."
        },
        resetMailSubject: "Neues Passwort für Ihr Konto",
        resetMailBody: {
            "Guten Tag,\n\nüber diesen Link legen Sie ein neues Passwort fest (eine Stunde gültig):\n\n\($0)\n\nWenn Sie kein neues Passwort angefordert haben, müssen Sie nichts tun; Ihr bisheriges bleibt gültig."
        },
        statusMailSubject: { "Neuer Stand zu Ihrem Antrag \($0)" },
        statusMailBody: { reference, service, status, link in
            "Guten Tag,\n\nIhr Antrag \(reference) (\(service)) hat einen neuen Stand: \(status).\n\nEinzelheiten sehen Sie nach der Anmeldung unter „Meine Anträge“:\n\n\(link)"
        },
        followAnotherCase: "Einen anderen Antrag verfolgen",
        redressHeading: "Wenn Sie mit dem Bescheid nicht einverstanden sind",
        documentsReceived: "Eingegangen",
        documentsUploadAgain: "Andere Datei hochladen (ersetzt die bisherige)",
        documentsFinish: "Ohne die übrigen Unterlagen abschließen",
        documentsFinishHint:
            "Sie können jede Unterlage einzeln hochladen, auch zu verschiedenen Zeiten. Haben Sie eine Unterlage nicht, schließen Sie die Nachforderung ab; schreiben Sie uns gern unten eine Nachricht dazu.",
        documentsChooseOne: "Bitte wählen Sie mindestens eine Datei aus, oder schließen Sie die Nachforderung ohne die übrigen Unterlagen ab.",
        documentsPartial: { received, pending in "Danke, eingegangen: \(received.joined(separator: ", ")). Es fehlt noch: \(pending.joined(separator: ", "))."
        },
        documentsKept: "Die übrigen ausgewählten Dateien sind eingegangen und oben als „Eingegangen“ aufgeführt.",
        documentsSentHeading: "Von Ihnen nachgereichte Unterlagen",
        documentsSentOn: { date in "eingereicht am \(date)" },
        followYourApplication: "Antrag verfolgen",
        enterTheReferenceAndThe:
            "Geben Sie das Aktenzeichen und den Zugangscode aus Ihrer Eingangsbestätigung ein. Mit einem Konto finden Sie Ihre Anträge auch unter „Mein Konto“.",
        reference: "Aktenzeichen",
        forExampleBru2026K7qm: "Zum Beispiel BRU-2026-K7QM-4XD2.",
        accessCode: "Zugangscode",
        t12CharactersForExampleK7qm: "12 Zeichen, zum Beispiel K7QM-4XD2-9ABC.",
        showStatus: "Stand anzeigen",
        signInWithAnAccount: "Anmelden mit Konto",
        referenceAndAccessCodeDo: "Aktenzeichen und Zugangscode passen nicht zusammen. Bitte prüfen Sie beide.",
        you: "Sie",
        noDocumentsAreStillRequested: "Zu diesem Antrag sind keine Unterlagen (mehr) angefordert.",
        theseDocumentsHaveArrivedAlready: "Diese Unterlagen sind schon eingegangen."
    )
}
