import PortalCore

extension StaffAdminText {
    public static let german = StaffAdminText(
        language: .german,
        codeTitle: "Anmeldung bestätigen",
        codeIntro:
            "Geben Sie den sechsstelligen Code ein, den Ihre Authenticator-App jetzt anzeigt. Haben Sie Ihr Gerät nicht zur Hand, geben Sie stattdessen einen Ihrer Wiederherstellungscodes ein.",
        codeLabel: "Code oder Wiederherstellungscode",
        codeButton: "Bestätigen",
        codeWrong: "Der Code stimmt nicht oder wurde schon verwendet. Geben Sie den Code ein, den die App jetzt anzeigt.",
        signInExpired: "Die Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.",
        recoveryCodeUsed: { remaining in
            "Sie haben sich mit einem Wiederherstellungscode angemeldet; es bleiben \(remaining). Ist Ihr Gerät verloren, bitten Sie die Portalverwaltung, den zweiten Faktor zurückzusetzen."
        },
        cancel: "Abbrechen",
        enrolTitle: "Zweiten Faktor einrichten",
        enrolRequired: "Für Ihren Zugang ist ein zweiter Faktor vorgeschrieben. Richten Sie ihn jetzt ein; danach sind Sie angemeldet.",
        enrolInstall:
            "Installieren Sie eine Authenticator-App auf Ihrem Diensthandy, zum Beispiel FreeOTP, Aegis, Microsoft Authenticator oder Google Authenticator.",
        enrolScan: "Scannen Sie den QR-Code mit der App. Geht das nicht, geben Sie den Schlüssel von Hand ein (zeitbasiert, 6 Stellen, 30 Sekunden).",
        qrLabel: "QR-Code für die Authenticator-App",
        secretLabel: "Schlüssel zum Eingeben von Hand",
        enrolEnterCode: "Geben Sie zur Bestätigung den Code ein, den die App jetzt anzeigt.",
        appCode: "Code aus der App",
        enrolButton: "Einrichten",
        enrolCodeWrong: "Der Code passt nicht zum Schlüssel. Prüfen Sie, ob die Uhrzeit Ihres Geräts stimmt, und geben Sie den aktuellen Code ein.",
        codesTitle: "Zweiter Faktor eingerichtet",
        codesIntro:
            "Bewahren Sie diese zehn Wiederherstellungscodes sicher auf, zum Beispiel ausgedruckt in einem verschlossenen Schrank. Geht Ihr Gerät verloren, melden Sie sich mit einem davon an; jeder gilt einmal. Die Codes werden nur jetzt angezeigt.",
        continueLink: "Weiter",
        ownAccessTitle: "Mein Zugang",
        yourAccount: "Ihr Zugang",
        changePassword: "Passwort ändern",
        currentPassword: "Bisheriges Passwort",
        newPassword: "Neues Passwort",
        newPasswordHint: "Mindestens 10 Zeichen. Ein langer Satz ist sicherer als ein kurzes Wort mit Sonderzeichen.",
        changePasswordButton: "Passwort ändern",
        currentPasswordWrong: "Das bisherige Passwort stimmt nicht.",
        passwordChanged: "Ihr Passwort ist geändert.",
        secondFactor: "Zweiter Faktor",
        secondFactorActive: { since, unused in "Eingerichtet am \(since). Unbenutzte Wiederherstellungscodes: \(unused)." },
        secondFactorMissing: "Noch nicht eingerichtet. Mit einem zweiten Faktor nützt ein erratenes Passwort allein nichts.",
        secondFactorRequiredForYou: "Für Ihren Zugang ist der zweite Faktor vorgeschrieben.",
        setUpSecondFactor: "Zweiten Faktor einrichten",
        setPasswordTitle: "Passwort festlegen",
        setPasswordIntro: { name, username in
            "Guten Tag \(name), legen Sie ein Passwort für Ihren Zugang „\(username)“ fest. Danach melden Sie sich mit Benutzername und Passwort an."
        },
        setPasswordButton: "Passwort speichern",
        linkInvalid: "Dieser Link ist abgelaufen oder wurde schon verwendet. Bitten Sie die Portalverwaltung um einen neuen.",
        passwordSaved: "Ihr Passwort ist gespeichert. Bitte melden Sie sich an.",
        administration: "Verwaltung",
        administrationIntro: "Hier verwalten Sie die Zugänge der Mitarbeitenden und die Seiten des Portals. Jede Änderung wird protokolliert.",
        staffAccounts: "Mitarbeitende",
        staffAccountsDescription: "Zugänge einladen, Rollen und Organisationseinheiten ändern, Zugänge sperren, Passwörter und zweiten Faktor zurücksetzen.",
        portalPagesDescription: "Impressum, Datenschutz, Barrierefreiheit, Hilfe und Gebärdensprache.",
        statisticsDescription: "Nutzung, Abbrüche, Bearbeitungszeiten und Zufriedenheit je Leistung und Zeitraum, mit Vergleich und CSV.",
        auditDescription: "wer wann welchen Vorgang geöffnet oder geändert und wer Zugänge verwaltet hat; als CSV für einen Zeitraum.",
        apiKeys: "API-Schlüssel",
        apiKeysDescription: "Schlüssel für Fachverfahren und DMS anlegen, ihre letzte Nutzung sehen, widerrufen.",
        keyName: "Bezeichnung",
        keyNameHint: "Wofür der Schlüssel ist, zum Beispiel „Fachverfahren Wasserrecht“.",
        keyOrgUnit: "Organisationseinheit",
        keyOrgUnitHint: "Der Schlüssel sieht nur die Anträge dieser Organisationseinheit.",
        keyScopes: "Darf",
        scope: { scope in
            switch scope {
            case .readSubmissions: "Anträge abrufen und lesen"
            case .acknowledgeSubmissions: "Empfang von Anträgen quittieren"
            case .writeBack: "Status setzen und Nachrichten an Antragstellende senden"
            }
        },
        keyCreated: "Angelegt",
        keyLastUsed: "Zuletzt benutzt",
        keyRevoked: "widerrufen",
        revoke: "Widerrufen",
        createKey: "Schlüssel anlegen",
        newKeyHeading: "Neuen Schlüssel anlegen",
        secretShownOnce: { name in
            "Der Schlüssel „\(name)“ ist angelegt. Tragen Sie ihn jetzt im Fachverfahren ein: Er wird nur dieses eine Mal angezeigt und nirgends gespeichert."
        },
        revokedNotice: { name in "Der Schlüssel „\(name)“ ist widerrufen; spätestens nach 10 Sekunden wird er nirgends mehr angenommen." },
        noKeys: "Noch keine Schlüssel.",
        keyProblem: { problem in
            switch problem {
            case .nameMissing: "Geben Sie eine Bezeichnung ein."
            case .nameTooLong: "Die Bezeichnung darf höchstens 100 Zeichen lang sein."
            case .noScope: "Wählen Sie mindestens eine Berechtigung."
            case .unknownOrgUnit: "Wählen Sie eine Organisationseinheit."
            }
        },
        orgUnitsTitle: "Organisationseinheiten",
        orgUnitsDescription:
            "Landkreis, Fachbereiche und Sachgebiete mit Funktionspostfach und Freigabepflicht; wer dazugehört und welche Leistungen sie verantworten.",
        unitName: "Name",
        unitSlug: "Kurzname",
        unitSlugHint: "Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel untere-wasserbehoerde.",
        unitParent: "Gehört zu",
        unitTop: "– oberste Ebene –",
        unitMailbox: "Funktionspostfach",
        unitMailboxHint: "Dorthin gehen Hinweise zu Vorgängen, die noch niemand übernommen hat. Leer: an alle Sachbearbeitenden der Einheit.",
        unitApproval: "Entwürfe ihrer Leistungen brauchen die Freigabe der Fachabteilung",
        unitServices: "Verantwortete Leistungen",
        unitMembers: "Mitarbeitende",
        noServices: "keine",
        newUnitHeading: "Neue Organisationseinheit",
        createUnit: "Anlegen",
        unitCreated: { name in "Die Organisationseinheit „\(name)“ ist angelegt." },
        unitOf: { name in "Organisationseinheit „\(name)“" },
        unitProblem: { problem in
            switch problem {
            case .nameMissing: "Geben Sie den Namen ein."
            case .slugInvalid: "Der Kurzname darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten (2 bis 60 Zeichen)."
            case .slugTaken: "Diesen Kurznamen hat schon eine Organisationseinheit."
            case .unknownParent: "Diese übergeordnete Einheit gibt es nicht."
            case .parentBelowItself: "Eine Einheit kann nicht zu sich selbst oder zu einer ihr untergeordneten Einheit gehören."
            case .mailboxInvalid: "Geben Sie das Funktionspostfach in der Form name@beispiel.de ein."
            }
        },
        approvalYes: "Freigabe nötig",
        approvalNo: "ohne Freigabe",
        changeEmail: "E-Mail-Adresse ändern",
        newEmail: "Neue E-Mail-Adresse",
        passwordToConfirm: "Ihr Passwort zur Bestätigung",
        sendConfirmation: "Bestätigungslink senden",
        emailLinkSent: { email in "Wir haben einen Link an \(email) gesendet. Die Adresse gilt, sobald Sie ihn dort bestätigen (48 Stunden)." },
        confirmEmailTitle: "Neue E-Mail-Adresse bestätigen",
        confirmEmailText: { email in "Bestätigen Sie, dass \(email) künftig die Adresse Ihres Zugangs ist." },
        confirmEmailButton: "Adresse bestätigen",
        emailChanged: { email in "Ihre E-Mail-Adresse ist jetzt \(email)." },
        emailConfirmSubject: { portal in "Neue E-Mail-Adresse für das \(portal) bestätigen" },
        emailConfirmBody: { name, portal, link in
            """
            Guten Tag \(name),

            bitte bestätigen Sie diese Adresse für Ihren Zugang zum \(portal) (der Link gilt 48 Stunden und nur einmal):
            \(link)

            Haben Sie das nicht veranlasst, löschen Sie diese Nachricht bitte.
            """
        },
        emailChangedSubject: { portal in "Ihre E-Mail-Adresse im \(portal) wurde geändert" },
        emailChangedBody: { name, portal, email in
            """
            Guten Tag \(name),

            die E-Mail-Adresse Ihres Zugangs zum \(portal) ist jetzt \(email).
            Haben Sie das nicht selbst veranlasst, wenden Sie sich bitte sofort an die Portalverwaltung.
            """
        },
        name: "Name",
        username: "Benutzername",
        usernameHint: "Kleinbuchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich, zum Beispiel m.mueller.",
        email: "Dienstliche E-Mail-Adresse",
        emailHint: "Dorthin geht der Link zum Festlegen des Passworts; er gilt 72 Stunden.",
        roles: "Rollen",
        orgUnits: "Organisationseinheiten",
        noOrgUnit: "keine",
        lastSignIn: "Letzte Anmeldung",
        never: "noch nie",
        status: "Status",
        active: "aktiv",
        invited: "eingeladen",
        deactivated: "gesperrt",
        inviteHeading: "Neuen Zugang einladen",
        inviteButton: "Einladen",
        invitedNotice: { name, email in "\(name) ist eingeladen. Der Link zum Festlegen des Passworts ging an \(email)." },
        accountOf: { name in "Zugang von \(name)" },
        save: "Speichern",
        saved: "Die Änderungen sind gespeichert.",
        accessHeading: "Zugang",
        deactivate: "Zugang sperren",
        deactivatedNotice: "Der Zugang ist gesperrt; offene Sitzungen sind beendet.",
        reactivate: "Zugang wieder freigeben",
        reactivatedNotice: "Der Zugang ist wieder freigegeben.",
        sendPasswordLink: "Link zum Festlegen eines neuen Passworts senden",
        passwordLinkSent: { email in "Ein Link zum Festlegen eines neuen Passworts ging an \(email); er gilt 24 Stunden." },
        removeSecondFactor: "Zweiten Faktor zurücksetzen",
        secondFactorRemoved: "Der zweite Faktor ist zurückgesetzt. Bei der nächsten Anmeldung wird er neu eingerichtet.",
        secondFactorOfAccount: { enrolled in enrolled ? "eingerichtet" : "nicht eingerichtet" },
        history: "Verlauf",
        noHistory: "Noch keine Einträge.",
        when: "Zeitpunkt",
        who: "Von",
        what: "Was",
        errorTitle: "Bitte prüfen Sie Ihre Angaben",
        role: { role in
            switch role {
            case .caseWorker: "Sachbearbeitung"
            case .editor: "Onlineredaktion"
            case .reviewer: "Fachliche Prüfung"
            case .privacyOfficer: "Datenschutz"
            case .statistics: "Statistik"
            case .treasury: "Kasse"
            case .admin: "Verwaltung"
            }
        },
        action: { action in
            switch action {
            case .submissionRead: "Antrag geöffnet"
            case .staffInvited: "eingeladen"
            case .staffChanged: "Name, Adresse, Rollen oder Organisationseinheiten geändert"
            case .staffDeactivated: "Zugang gesperrt"
            case .staffReactivated: "Zugang wieder freigegeben"
            case .staffPasswordResetSent: "Link für ein neues Passwort gesendet"
            case .staffSecondFactorRemoved: "zweiten Faktor zurückgesetzt"
            case .staffPasswordSet: "Passwort festgelegt"
            case .staffSecondFactorEnrolled: "zweiten Faktor eingerichtet"
            case .staffRecoveryCodeUsed: "mit Wiederherstellungscode angemeldet"
            case .caseAssigned: "Zuständigkeit geändert"
            case .statusChanged: "Status geändert"
            case .decisionDelivered: "Bescheid zugestellt"
            case .messageSent: "Nachricht geschrieben"
            case .trailExported: "Protokoll heruntergeladen"
            case .apiKeyCreated: "API-Schlüssel angelegt"
            case .apiKeyRevoked: "API-Schlüssel widerrufen"
            case .orgUnitCreated: "Organisationseinheit angelegt"
            case .orgUnitChanged: "Organisationseinheit geändert"
            case .staffEmailChanged: "E-Mail-Adresse bestätigt und geändert"
            case .staffDirectoryLinked: "vom Verzeichnis verbunden"
            case .staffDirectoryUnlinked: "Verbindung zum Verzeichnis gelöst"
            case .portalSettingsChanged: "Einstellungen des Portals geändert"
            case .handoverRetried: "Übergabe erneut angestoßen"
            case .handoverChannelAdded: "Übergabeweg eingerichtet"
            case .handoverChannelRemoved: "Übergabeweg entfernt"
            case .handoverSecretRotated: "Webhook-Geheimnis gewechselt"
            case .handoverAcknowledged: "Empfang durch das Fachverfahren quittiert"
            case .decisionPrinted: "Bescheid an den Druckdienst übergeben"
            case .legalHoldSet: "Löschsperre gesetzt"
            case .legalHoldLifted: "Löschsperre aufgehoben"
            }
        },
        error: { error in
            switch error {
            case .directoryOnly: "Dieses Konto meldet sich nur über das Verzeichnis an; ein Passwort-Link wird dafür nicht verschickt."
            case .nameMissing: "Geben Sie den Namen ein."
            case .usernameInvalid: "Der Benutzername darf nur Kleinbuchstaben, Ziffern, Punkt, Bindestrich und Unterstrich enthalten (2 bis 50 Zeichen)."
            case .usernameTaken: "Diesen Benutzernamen hat schon ein Zugang. Wählen Sie einen anderen."
            case .emailInvalid: "Geben Sie eine E-Mail-Adresse in der Form name@beispiel.de ein."
            case .emailTaken: "Mit dieser E-Mail-Adresse gibt es schon einen Zugang."
            case .noRole: "Wählen Sie mindestens eine Rolle."
            case .unknownOrgUnit: "Diese Organisationseinheit gibt es nicht."
            case .deactivateSelf: "Ihren eigenen Zugang können Sie nicht sperren."
            case .lastAdmin: "Das ist der letzte aktive Zugang mit der Rolle Verwaltung. Geben Sie die Rolle zuerst einem anderen Zugang."
            case .noEmail: "Der Zugang hat keine E-Mail-Adresse. Tragen Sie zuerst eine ein und speichern Sie."
            }
        },
        invitationSubject: { portal in "Ihr Zugang zum \(portal)" },
        invitationBody: { name, portal, username, link in
            """
            Guten Tag \(name),

            für Sie wurde ein Zugang zum \(portal) angelegt. Ihr Benutzername: \(username)

            Legen Sie Ihr Passwort über diesen Link fest (er gilt 72 Stunden und nur einmal):
            \(link)

            Haben Sie keinen Zugang erwartet, löschen Sie diese Nachricht bitte.
            """
        },
        resetSubject: { portal in "Neues Passwort für das \(portal)" },
        resetBody: { name, portal, username, link in
            """
            Guten Tag \(name),

            die Portalverwaltung hat für Ihren Zugang „\(username)“ zum \(portal) ein neues Passwort angestoßen.
            Legen Sie es über diesen Link fest (er gilt 24 Stunden und nur einmal):
            \(link)

            Ihr bisheriges Passwort gilt, bis Sie ein neues festlegen.
            """
        }
    )
}
