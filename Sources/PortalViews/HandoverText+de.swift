import PortalCore

extension HandoverText {
    static let german = HandoverText(
        heading: "Übergabe an Fachverfahren und DMS",
        none: "Für diese Leistung ist keine Übergabe eingerichtet; der Antrag liegt nur im Posteingang.",
        columnChannel: "Weg",
        columnState: "Stand",
        columnDetail: "Einzelheiten",
        kind: { kind in
            switch kind {
            case .hotFolder: "Übergabeordner (DMS)"
            case .webhook: "Webhook"
            case .officeMail: "E-Mail an das Funktionspostfach"
            case .pull: "Abruf durch das Fachverfahren"
            case .fitConnect: "FIT-Connect"
            }
        },
        pending: "ausstehend",
        delivered: "übergeben",
        failed: "fehlgeschlagen",
        deliveredAt: { "am \($0)" },
        attempts: { $0 == 1 ? "1 Versuch" : "\($0) Versuche" },
        retriedByHand: { "von Hand erneut angestoßen am \($0)" },
        retry: "Erneut übergeben",
        retried: "Die Übergabe wird erneut versucht.",
        notFailed: "Diese Übergabe ist nicht fehlgeschlagen und wird nicht erneut angestoßen.",
        failure: { failure in
            switch failure {
            case .folderMissing(let path): "Der Übergabeordner \(path) fehlt."
            case .folderNotWritable(let path): "In den Übergabeordner \(path) darf das Portal nicht schreiben."
            case .diskFull(let path): "Der Datenträger des Übergabeordners \(path) ist voll."
            case .receiverStatus(let status): "Der Empfänger antwortete mit dem Status \(status)."
            case .receiverRedirected(let status): "Der Empfänger leitete um (Status \(status)); Umleitungen folgt das Portal nicht."
            case .timeout: "Der Empfänger antwortete nicht rechtzeitig."
            case .connectionFailed(let detail): "Keine Verbindung zum Empfänger (\(detail))."
            case .tlsFailed(let detail): "Die verschlüsselte Verbindung zum Empfänger scheiterte (\(detail))."
            case .noMailbox: "Die Organisationseinheit hat kein Funktionspostfach."
            case .channelRemoved: "Der Übergabeweg wurde entfernt."
            case .receiptMissing: "Die Eingangsbestätigung ließ sich nicht erstellen."
            case .fileMissing(let id): "Eine Anlage (\(id)) fehlt im Speicher."
            case .fileChanged(let id): "Eine Anlage (\(id)) stimmt nicht mehr mit ihrer Prüfsumme überein."
            case .fitConnectNotConfigured:
                "FIT-Connect ist im Portal nicht eingerichtet (FITCONNECT_TOKEN_URL, FITCONNECT_SUBMISSION_API, FITCONNECT_CLIENT_ID, FITCONNECT_CLIENT_SECRET)."
            case .noLeikaKey: "Die Leistung hat keinen LeiKa-Schlüssel; FIT-Connect kann sie nicht zustellen."
            case .noDestination(let detail): "Der Routingdienst kennt keinen Zustellpunkt für diese Leistung und Region (\(detail))."
            case .destinationUnusable(let detail): "Der Zustellpunkt kann den Antrag nicht annehmen (\(detail))."
            case .fitConnectRefused(let detail): "Der Zustelldienst lehnte ab: \(detail)"
            case .other(let detail): "Fehler: \(detail)"
            }
        },
        problem: { problem in
            switch problem {
            case .unknownService(let slug): "Die Leistung „\(slug)“ gibt es nicht."
            case .folderNotAbsolute: "Der Ordner muss als absoluter Pfad ohne „..“ angegeben werden, z. B. /srv/dms/eingang."
            case .folderMissing(let path): "Den Ordner \(path) gibt es nicht."
            case .webhookAddressInvalid:
                "Die Adresse des Webhooks muss mit https:// beginnen (http:// nur für einen Empfänger auf demselben Rechner, 127.0.0.1) und darf keine Zugangsdaten enthalten."
            case .secretInvalid: "Das Geheimnis muss mit whsec_ beginnen und 24 bis 64 Byte in Base64 enthalten."
            case .noMailbox: "Die Organisationseinheit der Leistung hat kein Funktionspostfach; tragen Sie es zuerst in der Verwaltung ein."
            case .pullAlreadyConfigured: "Für diese Leistung ist der Abruf durch ein Fachverfahren schon eingerichtet."
            case .notAChannelID(let text): "„\(text)“ ist keine Kennung eines Übergabewegs."
            case .channelNotFound(let id): "Einen Übergabeweg \(id) gibt es nicht (mehr)."
            case .webhookNotFound(let id): "Einen Webhook \(id) gibt es nicht (mehr)."
            case .destinationInvalid(let text):
                "„\(text)“ ist keine Zustellpunkt-ID; FIT-Connect vergibt sie als UUID, z. B. 9c2e0d35-0f5e-4d3a-a1b4-2c6f2f1e7a10."
            case .regionalKeyInvalid(let text): "„\(text)“ ist kein Regionalschlüssel (ARS): 12 Ziffern für eine Gemeinde, 5 für einen Kreis."
            case .noLeikaKey:
                "Die Leistung hat keinen LeiKa-Schlüssel. FIT-Connect stellt nur Leistungen mit LeiKa-Schlüssel zu; tragen Sie ihn zuerst im Leistungskatalog ein."
            case .fitConnectNotConfigured:
                "FIT-Connect ist im Portal nicht eingerichtet. Setzen Sie FITCONNECT_TOKEN_URL, FITCONNECT_SUBMISSION_API, FITCONNECT_CLIENT_ID und FITCONNECT_CLIENT_SECRET und starten Sie das Portal neu."
            }
        },
        channelsTitle: "Übergabewege",
        channelsDescription: "wohin die Anträge einer Leistung gehen: DMS-Ordner, Webhook, Funktionspostfach, Abruf durch ein Fachverfahren",
        channelsIntro:
            "Jeder neue Antrag einer Leistung geht über jeden ihrer Übergabewege; der Stand jeder Übergabe steht auf der Vorgangsseite. Ohne Übergabeweg bleibt ein Antrag im Posteingang des Portals.",
        noChannels: "Noch keine Übergabewege eingerichtet.",
        columnService: "Leistung",
        columnTarget: "Ziel",
        columnAdded: "Eingerichtet",
        remove: "Entfernen",
        rotateSecret: "Geheimnis wechseln",
        newChannel: "Übergabeweg einrichten",
        fieldService: "Leistung",
        fieldKind: "Weg",
        kindHint: { kind in
            switch kind {
            case .hotFolder: "ein Ordner je Antrag mit antrag.xml, Eingangsbestätigung und Anlagen"
            case .webhook: "signierte Nachricht an ein Fachverfahren (Standard Webhooks)"
            case .officeMail: "Hinweis an das Funktionspostfach, ohne personenbezogene Daten"
            case .pull: "das Fachverfahren holt die Anträge mit seinem API-Schlüssel ab und quittiert sie"
            case .fitConnect: "Ende-zu-Ende-verschlüsselt an den Zustellpunkt einer Behörde; deren Annahme oder Ablehnung erscheint beim Vorgang"
            }
        },
        fieldFolder: "Ordner (nur für den Übergabeordner)",
        folderHint: "Absoluter Pfad auf dem Server, z. B. /srv/dms/eingang. Der Ordner muss vorhanden sein.",
        fieldURL: "Adresse (nur für Webhook)",
        urlHint: "https://…; http:// nur für einen Empfänger auf demselben Rechner.",
        fieldSecret: "Geheimnis (nur für Webhook, freiwillig)",
        secretHint: "whsec_…; ohne Angabe erzeugt das Portal eines und zeigt es einmal an.",
        attachReceipt: "Eingangsbestätigung als PDF anhängen (nur für Funktionspostfach)",
        attachReceiptHint: "Sie enthält alle Angaben des Antrags, also personenbezogene Daten.",
        add: "Einrichten",
        officeMailTarget: "Funktionspostfach der Organisationseinheit",
        withReceipt: "mit Eingangsbestätigung",
        pullTarget: "Abruf über die API",
        twoSecrets: "zwei Geheimnisse gültig",
        chooseService: "Bitte wählen Sie die Leistung.",
        chooseKind: "Bitte wählen Sie den Weg.",
        added: "Der Übergabeweg ist eingerichtet. Er gilt für Anträge, die von jetzt an eingehen.",
        removed: "Der Übergabeweg ist entfernt. Neue Anträge gehen nicht mehr darüber; ausstehende Übergaben schlagen fehl.",
        secretShownOnce: { url in
            "Das Geheimnis für \(url) wird nur jetzt angezeigt. Tragen Sie es beim Empfänger ein; das bisherige gilt bis zum nächsten Wechsel weiter."
        },
        acceptedNote: "Von der zuständigen Behörde über FIT-Connect angenommen.",
        rejectedNote: { problems in
            problems.isEmpty
                ? "Von der zuständigen Behörde über FIT-Connect abgelehnt."
                : "Von der zuständigen Behörde über FIT-Connect abgelehnt: \(problems.joined(separator: "; "))"
        },
        authorityAccepted: { "Die zuständige Behörde hat Ihren Antrag am \($0) angenommen." },
        authorityRejected: { "Die zuständige Behörde hat Ihren Antrag am \($0) abgelehnt." },
        authorityReason: "Begründung",
        eventsHeading: "Ereignisse bei FIT-Connect",
        event: { kind in
            switch kind {
            case .createSubmission: "beim Zustelldienst angelegt"
            case .submitSubmission: "vollständig übermittelt"
            case .notifySubmission: "Empfänger benachrichtigt"
            case .forwardSubmission: "weitergeleitet"
            case .acceptSubmission: "von der Behörde angenommen"
            case .rejectSubmission: "von der Behörde abgelehnt"
            case .deleteSubmission: "beim Zustelldienst gelöscht"
            }
        },
        fieldDestination: "Zustellpunkt-ID (nur für FIT-Connect)",
        destinationHint: "Die UUID, die die empfangende Behörde für diese Leistung nennt.",
        fieldRegionalKey: "oder Regionalschlüssel für den Routingdienst (nur für FIT-Connect)",
        regionalKeyHint: "12 Ziffern (ARS); der Zustellpunkt wird dann je Antrag über den LeiKa-Schlüssel gesucht.",
        fieldDataFormat: "Fachdaten (nur für FIT-Connect)",
        dataFormat: { $0 == .json ? "JSON nach dem Schema des Formulars" : "antrag.xml (XML)" },
        destinationTarget: { "Zustellpunkt \($0)" },
        routingTarget: { "Routingdienst, Regionalschlüssel \($0)" },
        receivedHeading: "Eingang",
        receivedChannel: "Eingegangen über",
        senderReference: "Zeichen des absendenden Onlinedienstes",
        replyAddress: "Antworten an (E-Mail)",
        receivedData: "Fachdaten",
        receivedFiles: "Anlagen"
    )
}
