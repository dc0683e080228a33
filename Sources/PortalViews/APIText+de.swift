import PortalCore

extension APIText {
    public static let german = APIText(
        language: .german,
        notFound: "Die angeforderte Ressource gibt es nicht.",
        unauthorized: "Ein gültiger API-Schlüssel wird benötigt (Kopfzeile „Authorization: Bearer …“).",
        callbackRefused:
            "Der Rückruf ist nicht authentisch: Kopfzeilen callback-timestamp und callback-authentication (HMAC-SHA512) fehlen, stimmen nicht oder sind älter als fünf Minuten.",
        missingScope: "Dieser API-Schlüssel darf das nicht. Die Portalverwaltung legt fest, was ein Schlüssel darf.",
        invalidAnswers: "Die Angaben sind unvollständig oder fehlerhaft.",
        internalError: "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.",
        serviceNotFound: "Diese Leistung gibt es nicht oder sie kann nicht online beantragt werden.",
        notJSON: "Bitte senden Sie die Angaben als JSON (Content-Type: application/json).",
        duplicateMember: { "Ein Feld kommt im JSON mehrfach vor (Zeichen \($0))." },
        nestedTooDeeply: "Das JSON ist zu tief verschachtelt.",
        invalidJSON: "Der Inhalt ist kein gültiges JSON in UTF-8.",
        expectedAnswersObject: "Erwartet wird ein JSON-Objekt der Form {\"answers\": {…}}.",
        unknownMember: { "Das Feld „\($0)“ ist unbekannt; erlaubt ist nur „answers“." },
        answersMissing: "„answers“ fehlt oder ist kein JSON-Objekt.",
        tooManyAnswers: { "Die Anfrage enthält zu viele Angaben (höchstens \($0))." },
        invalidCursor: "Der Parameter „after“ ist kein gültiger Cursor. Verwenden Sie den Wert von „next“ der vorigen Seite.",
        invalidUndelivered: "Der Parameter „undelivered“ muss true oder false sein.",
        noPullChannel: "Für die Leistung dieses Antrags ist kein Abruf durch ein Fachverfahren eingerichtet; es gibt nichts zu quittieren.",
        invalidStatus: { "„status“ muss einer dieser Werte sein: \($0)." },
        invalidNote: "„note“ muss ein Text sein.",
        messageTextMissing: "„text“ fehlt: der Text der Nachricht an die antragstellende Person.",
        documentsMissing: "„documents“ muss eine Liste von Texten sein: die nachgeforderten Unterlagen.",
        invalidDeadline: "„deadline“ muss ein Tag in der Form JJJJ-MM-TT sein, z. B. 2026-12-20.",
        invalidOutcome: { "Der Parameter „outcome“ muss einer dieser Werte sein: \($0)." },
        invalidByPost: "Der Parameter „byPost“ muss true oder false sein.",
        decisionMustBePDF: "Der Bescheid wird als PDF im Rumpf der Anfrage gesendet, mit Content-Type: application/pdf.",
        invalidLimit: { "Der Parameter „limit“ muss eine ganze Zahl von 1 bis \($0) sein." },
        submissionNotFound: "Einen Antrag mit diesem Aktenzeichen gibt es für Ihre Organisationseinheit nicht.",
        fileNotFound: "Diese Datei gehört zu keinem Antrag Ihrer Organisationseinheit mit diesem Aktenzeichen.",
        trustLevelTooLow: {
            "Diese Leistung verlangt eine Anmeldung mindestens mit dem Vertrauensniveau „\($0)“; stellen Sie den Antrag bitte über das Portal."
        },
        tooManyApplications:
            "Von dieser Adresse wurden in der letzten Stunde zu viele Anträge gestellt. Bitte versuchen Sie es später erneut oder senden Sie einen API-Schlüssel mit.",
        attachmentMissing: "Eine Datei des Antrags ist nicht mehr vorhanden.",
        noFreeReference: "Es konnte kein freies Aktenzeichen vergeben werden. Bitte versuchen Sie es erneut.",
        paymentRequired:
            "Die Gebühr dieser Leistung wird vor dem Einreichen online bezahlt (payment.policy required). Über die Schnittstelle kann sie nicht eingereicht werden.",
        status: { code in
            switch code {
            case 400: "Die Anfrage ist fehlerhaft."
            case 401: "Ein gültiger API-Schlüssel wird benötigt (Kopfzeile „Authorization: Bearer …“)."
            case 403: "Sie haben keinen Zugriff auf diese Ressource."
            case 404: "Die angeforderte Adresse gibt es nicht."
            case 405: "Diese Methode ist für diese Adresse nicht erlaubt."
            case 408: "Die Anfrage hat zu lange gedauert."
            case 411: "Die Länge der Anfrage fehlt."
            case 413: "Die Anfrage ist zu groß."
            case 415: "Dieses Datenformat wird nicht unterstützt."
            case 429: "Zu viele Anfragen. Bitte warten Sie kurz und versuchen Sie es erneut."
            case 500..<600: "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut."
            default: "Die Anfrage konnte nicht bearbeitet werden."
            }
        }
    )
}
