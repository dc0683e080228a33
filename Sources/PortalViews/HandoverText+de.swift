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
            case .other(let detail): "Fehler: \(detail)"
            }
        }
    )
}
