import PortalCore

extension PaymentText {
    public static let german = PaymentText(
        language: .german,
        base: "Grundgebühr",
        perUnit: { question, count, price in "\(question): \(count) × \(price)" },
        depending: { "Gebühr nach Ihrer Angabe „\($0)“" },
        fee: "Gebühr",
        total: "Gesamt",
        taxIncluded: { rate, amount in "darin \(rate) % Umsatzsteuer: \(amount)" },
        checkHint:
            "Die Gebühr bezahlen Sie jetzt online bei der Zahlungsplattform. Ihr Antrag wird eingereicht, sobald die Zahlung bestätigt ist; bis dahin bleiben Ihre Angaben gespeichert.",
        payAndSubmit: "Weiter zur Bezahlung",
        unavailable:
            "Die Online-Bezahlung ist zurzeit nicht eingerichtet. Dieser Antrag kann deshalb nicht online eingereicht werden; bitte wenden Sie sich an die zuständige Stelle. Ihre Angaben bleiben gespeichert.",
        testPayment: "Testzahlung: Hier wird kein Geld bewegt.",
        pageTitle: "Bezahlung",
        amountLabel: "Betrag",
        purposeLabel: "Verwendungszweck",
        referenceLabel: "Aktenzeichen",
        openText:
            "Ihr Antrag ist vorbereitet und wird eingereicht, sobald die Zahlung bestätigt ist. Sie bezahlen auf der Seite der Zahlungsplattform und kommen danach hierher zurück.",
        payNow: "Jetzt bezahlen",
        checkAgain: "Zahlungsstand prüfen",
        notSent:
            "Die Zahlungsplattform hat gerade nicht geantwortet. Es wurde nichts abgebucht, und Ihr Antrag ist noch nicht eingereicht. Bitte versuchen Sie es in einigen Minuten noch einmal.",
        sendAgain: "Noch einmal versuchen",
        refused: {
            "Die Zahlungsplattform hat die Zahlung nicht angenommen (\($0)). Es wurde nichts abgebucht, und Ihr Antrag ist noch nicht eingereicht. Bitte wenden Sie sich an die zuständige Stelle."
        },
        canceledText: "Sie haben die Zahlung abgebrochen. Es wurde nichts abgebucht, und Ihr Antrag ist noch nicht eingereicht.",
        failedText: "Die Zahlung ist nicht gelungen. Es wurde nichts abgebucht, und Ihr Antrag ist noch nicht eingereicht.",
        payAgain: "Erneut bezahlen",
        giveUp: "Nicht bezahlen und zurück zum Antrag",
        gaveUp: "Der Antrag wurde nicht eingereicht. Ihre Angaben sind noch da; Sie können sie ändern und den Antrag erneut absenden.",
        paidElsewhere:
            "Ihre Zahlung ist eingegangen, und Ihr Antrag wird eingereicht. Die Eingangsbestätigung erhalten Sie per E-Mail oder in Ihrem Bürgerkonto.",
        stillOpenAfterRetry:
            "Die Zahlungsplattform meldet die letzte Zahlung noch als offen. Eine neue Zahlung ist erst möglich, wenn sie abgeschlossen oder abgebrochen ist; so wird nichts doppelt abgebucht.",
        paidNotice: { "Ihre Zahlung über \($0) ist eingegangen." },
        onlinePayment: "Online-Zahlung",
        settledOn: "am",
        transactionWord: "Transaktion",
        dueHeading: "Offene Gebühr",
        dueText: { "Für Ihren Antrag ist eine Gebühr von \($0) zu bezahlen. Sie können sie hier online bezahlen." },
        backToCase: "Zurück zu Ihrem Antrag",
        paidFee: "Ihre Zahlung ist eingegangen. Vielen Dank.",
        feeUnpaidText:
            "Die Zahlung wurde abgebrochen oder ist nicht gelungen; es wurde nichts abgebucht. Sie können die Gebühr auf der Seite Ihres Antrags erneut bezahlen.",
        requestHeading: "Gebühr anfordern",
        requestHint: "Die Antragstellenden erhalten eine Nachricht und bezahlen online auf der Seite ihres Antrags.",
        requestAmount: "Betrag in Euro",
        requestButton: "Zahlung anfordern",
        withdrawRequest: "Anforderung zurückziehen",
        requested: "Die Zahlung ist angefordert; die Antragstellenden haben eine Nachricht erhalten.",
        requestWithdrawn: "Die Anforderung ist zurückgezogen.",
        amountInvalid: "Bitte geben Sie einen Betrag von 0,01 bis 100.000,00 Euro an, zum Beispiel 60,00.",
        alreadyRequested: "Für diesen Antrag ist schon eine Zahlung angefordert oder bezahlt.",
        cannotWithdraw: "Die Antragstellenden bezahlen gerade bei der Zahlungsplattform; die Anforderung kann jetzt nicht zurückgezogen werden.",
        notDeferred:
            "Für diese Leistung ist das spätere Bezahlen nicht eingerichtet (Online-Bezahlung in der Redaktion), oder es gibt keine Zahlungsplattform.",
        requestMessage: {
            "Für Ihren Antrag ist eine Gebühr von \($0) zu bezahlen. Sie können sie auf der Seite Ihres Antrags unter „Offene Gebühr“ online bezahlen."
        },
        status: { status in
            switch status {
            case .initial: "offen"
            case .payed: "bezahlt"
            case .failed: "fehlgeschlagen"
            case .canceled: "abgebrochen"
            }
        },
        method: { method in
            switch method {
            case .giropay: "giropay"
            case .paydirect: "paydirekt"
            case .creditCard: "Kreditkarte"
            case .paypal: "PayPal"
            case .other: "andere Zahlart"
            }
        },
        editorTitle: { "Online-Bezahlung: \($0)" },
        editorIntro:
            "Hier legen Sie fest, ob die Gebühr dieser Leistung beim Absenden online bezahlt wird. Die Gebühr selbst berechnet das Formular (Regeln und Gebühr im Entwurf); hier stehen die Angaben für die Zahlungsplattform und die Kasse.",
        editorSection: "Online-Bezahlung",
        editorLink: "Online-Bezahlung einstellen",
        policyLegend: "Wird die Gebühr online bezahlt?",
        policyName: { policy in
            switch policy {
            case .none: "Nicht online"
            case .required: "Ja, vor dem Einreichen"
            case .deferred: "Später, nach Festsetzung durch die Sachbearbeitung"
            }
        },
        policyHint: { policy in
            switch policy {
            case .none: "Die Gebühr wird auf anderem Weg bezahlt, etwa nach dem Bescheid."
            case .required: "Der Antrag wird erst eingereicht, wenn die Zahlungsplattform die Zahlung bestätigt hat."
            case .deferred: "Die Antragstellenden bezahlen später auf der Vorgangsseite."
            }
        },
        originatorLabel: "Bewirtschafter-Kennung (originatorId)",
        endpointLabel: "Endpunkt (endpointId)",
        platformIDHint: "Nur ausfüllen, wenn diese Leistung bei der Zahlungsplattform anders gebucht wird als die übrigen.",
        bookingLabel: "Buchungsdaten für die Kasse",
        bookingHint: "Eine Angabe je Zeile in der Form „Name: Wert“, zum Beispiel „Haushaltsstelle: 1.1100.4310“.",
        purposeTemplateHint:
            "Höchstens 27 Zeichen auf dem Kontoauszug. {aktenzeichen} wird durch das Aktenzeichen ersetzt, {leistung} durch den Namen der Leistung; fehlt {aktenzeichen}, steht das Aktenzeichen vorn.",
        taxLabel: "Umsatzsteuersatz in Prozent",
        taxHint: "Verwaltungsgebühren sind meist umsatzsteuerfrei (0).",
        saveSettings: "Einstellungen speichern",
        settingsSaved: "Die Einstellungen zur Online-Bezahlung sind gespeichert.",
        noFeeNotice: "Das veröffentlichte Formular berechnet keine Gebühr. Ohne Gebühr wird nichts bezahlt, und der Antrag wird direkt eingereicht.",
        noPlatformNotice:
            "Im Portal ist keine Zahlungsplattform eingerichtet (PAYMENT_PROVIDER_URL). Solange sie fehlt, kann ein Antrag mit Online-Bezahlung nicht eingereicht werden.",
        problem: { problem in
            switch problem {
            case .platformID: "Bewirtschafter-Kennung und Endpunkt dürfen höchstens 64 Zeichen ohne Leerzeichen und Schrägstrich haben."
            case .bookingData: "Jede Buchungsangabe braucht einen Namen (höchstens 60 Zeichen) und einen Wert (höchstens 200 Zeichen)."
            case .bookingDataTwice: "Jeder Name darf in den Buchungsdaten nur einmal vorkommen."
            case .purposeTemplate: "Der Verwendungszweck muss Buchstaben oder Ziffern enthalten und darf höchstens 200 Zeichen lang sein."
            case .taxRate: "Der Umsatzsteuersatz muss eine ganze Zahl von 0 bis 100 sein."
            }
        },
        bookingLineInvalid: { "Zeile \($0) der Buchungsdaten hat nicht die Form „Name: Wert“." },
        taxNotNumber: "Der Umsatzsteuersatz muss eine ganze Zahl von 0 bis 100 sein.",
        paymentsTitle: "Zahlungen",
        paymentsIntro: "Die Online-Zahlungen der Leistungen Ihrer Stellen, zum Abgleich mit den Buchungen der Kasse.",
        from: "Von",
        to: "Bis",
        dateHint: "TT.MM.JJJJ",
        statusFilter: "Stand",
        allStatuses: "Alle",
        serviceFilter: "Leistung",
        allServices: "Alle Leistungen",
        show: "Anzeigen",
        download: "Als CSV herunterladen",
        noPayments: "In diesem Zeitraum gibt es keine Zahlungen.",
        columnTime: "Zeitpunkt",
        columnService: "Leistung",
        columnStatus: "Stand",
        columnMethod: "Zahlart",
        columnTransaction: "Transaktion",
        columnBooking: "Buchungsdaten",
        sum: { count, paid in "\(count) Zahlungen, davon bezahlt: \(paid)" },
        dateInvalid: { "„\($0)“ ist kein Datum in der Form TT.MM.JJJJ." },
        rangeInvalid: "Das Ende des Zeitraums liegt vor seinem Anfang, oder der Zeitraum ist länger als ein Jahr.",
        platformTitle: "Zahlungsplattform",
        platformDescription: "Die Anbindung an die Zahlungsplattform (XBezahldienste) ansehen und die Verbindung testen.",
        paymentsDescription: "Die Online-Zahlungen eines Zeitraums für den Abgleich mit der Kasse, auch als CSV.",
        platformIntro:
            "Über die Zahlungsplattform werden Gebühren online bezahlt. Eingerichtet wird sie in den Einstellungen des Servers (PAYMENT_…); hier sehen Sie, was gilt, und können die Verbindung prüfen.",
        notConfigured: "Es ist keine Zahlungsplattform eingerichtet (PAYMENT_PROVIDER_URL). Anträge mit Online-Bezahlung können nicht eingereicht werden.",
        addressLabel: "Adresse",
        authenticationLabel: "Anmeldung",
        authentication: { kind in
            switch kind {
            case .basic: "Benutzername und Passwort (HTTP Basic)"
            case .oauth2: "OAuth 2 (Client Credentials)"
            case .mutualTLS: "Client-Zertifikat (mutual TLS)"
            case .none: "keine (Testplattform im Portal)"
            }
        },
        testPlatformNote: "Das ist die Testplattform der Demo: Es wird kein Geld bewegt. Für den Betrieb richten Sie PAYMENT_PROVIDER_URL ein.",
        testConnection: "Verbindung testen",
        connection: { result in
            switch result {
            case .works: "Die Verbindung funktioniert: Die Zahlungsplattform antwortet und nimmt die Zugangsdaten an."
            case .credentialsRefused: "Die Zahlungsplattform lehnt die Zugangsdaten ab. Bitte prüfen Sie Client-ID, Secret oder Zertifikat."
            case .unreachable:
                "Die Zahlungsplattform ist nicht erreichbar (keine Antwort oder keine sichere Verbindung). Bitte prüfen Sie Adresse, Netz und Zertifikate."
            case .unexpected(let status): "Die Zahlungsplattform antwortet unerwartet (HTTP \(status)). Bitte prüfen Sie die Adresse."
            case .refused(let code):
                "Die Zahlungsplattform antwortet, lehnt die Anfrage aber ab (\(code)). Bitte prüfen Sie Bewirtschafter-Kennung und Endpunkt."
            }
        },
        testPageTitle: "Testzahlung",
        testPageIntro: "Dies ist die Testplattform des Portals. Hier wird kein Geld bewegt; wählen Sie, wie die Zahlung ausgehen soll.",
        testPay: "Bezahlen",
        testCancel: "Abbrechen",
        testFail: "Fehlschlagen"
    )
}
