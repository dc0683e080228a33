import Foundation
import PortalCore

extension RetentionText {
    public static let german = RetentionText(
        periodsLegend: "Speicherfristen (das Portal löscht danach selbst)",
        periodsHint:
            "Je Stufe eine ganze Zahl mit Einheit, z. B. 10 Jahre. Abgeschlossen ist ein Antrag mit Bescheid, Ablehnung oder Rücknahme; ab dann zählt die Frist. Nicht abgeschickte Entwürfe löscht das Portal spätestens nach einem Tag mit der Sitzung.",
        stage: { stage in
            switch stage {
            case .abandonedDrafts: "Nicht abgeschickte Entwürfe"
            case .savedDrafts: "Gespeicherte Entwürfe"
            case .closedCases: "Abgeschlossene Anträge (ab Abschluss)"
            case .messages: "Nachrichten zu abgeschlossenen Anträgen (ab Abschluss)"
            case .deliveredCopies: "Kopien im Übergabeordner (ab Übergabe)"
            case .auditRecords: "Protokolleinträge zu Anträgen"
            }
        },
        count: "Anzahl", unit: "Einheit",
        unitName: { unit in
            switch unit {
            case .days: "Tage"
            case .months: "Monate"
            case .years: "Jahre"
            }
        },
        period: germanPeriod,
        closedCaseAction: "Nach Ablauf der Frist werden abgeschlossene Anträge",
        action: { action in
            switch action {
            case .delete: "gelöscht"
            case .anonymise: "anonymisiert (Aktenzeichen, Leistung, Daten und Ergebnis bleiben für die Statistik)"
            }
        },
        kept: { period, action in
            let after =
                action == .delete
                ? "gelöscht" : "anonymisiert: Angaben, Dateien und Namen werden gelöscht, für die Statistik bleiben Aktenzeichen, Leistung, Daten und Ergebnis"
            return "\(germanPeriod(period)), danach \(after)"
        },
        notANumber: { stage in "Bitte geben Sie die Frist für „\(stage)“ als ganze Zahl von 1 bis 36.500 an, z. B. 10." },
        periodsHeading: "Speicherfristen im Einzelnen",
        deletionLog: "Löschprotokoll",
        deletionLogIntro:
            "Was die tägliche Löschung nach den Speicherfristen der Leistungen gelöscht oder anonymisiert hat, als Anzahl je Leistung und Stufe. Inhalte und Aktenzeichen stehen hier nicht. Vorgänge mit Löschsperre bleiben unberührt.",
        when: "Zeitpunkt", service: "Leistung", stageColumn: "Stufe", actionColumn: "Aktion", number: "Anzahl",
        administration: "Verwaltung (ohne Antrag)",
        noDeletions: "Bisher wurde nichts gelöscht.",
        lastRun: { date in "Letzter Lauf: \(date)." },
        neverRun: "Die tägliche Löschung ist noch nicht gelaufen.",
        downloadCSV: "Löschprotokoll als CSV herunterladen",
        legalHold: "Löschsperre",
        legalHoldHint:
            "Eine Löschsperre hält den Vorgang über die Speicherfrist hinaus zurück, etwa für ein Gerichtsverfahren oder eine Prüfung. Sie wird protokolliert.",
        legalHoldReason: "Grund der Löschsperre",
        setLegalHold: "Löschsperre setzen",
        liftLegalHold: "Löschsperre aufheben",
        heldSince: { date, by, reason in "Gesperrt seit \(date) von \(by). Grund: \(reason)" },
        reasonMissing: "Bitte geben Sie einen Grund für die Löschsperre an (höchstens 500 Zeichen).",
        alreadyAnonymised: "Dieser Vorgang ist bereits anonymisiert; seine Angaben und Dateien sind gelöscht. Eine Löschsperre ist nicht mehr möglich.",
        anonymisedNotice: "Dieser Vorgang ist nach Ablauf der Speicherfrist anonymisiert: Angaben, Dateien, Nachrichten und Namen sind gelöscht.",
        holdSet: "Die Löschsperre ist gesetzt.",
        holdLifted: "Die Löschsperre ist aufgehoben.",
        countText: { count in count.formatted(.number.locale(Locale(identifier: "de_DE"))) }
    )

    private static func germanPeriod(_ period: RetentionPeriod) -> String {
        switch period.unit {
        case .days: period.count == 1 ? "1 Tag" : "\(period.count.formatted(.number.locale(Locale(identifier: "de_DE")))) Tage"
        case .months: period.count == 1 ? "1 Monat" : "\(period.count.formatted(.number.locale(Locale(identifier: "de_DE")))) Monate"
        case .years: period.count == 1 ? "1 Jahr" : "\(period.count.formatted(.number.locale(Locale(identifier: "de_DE")))) Jahre"
        }
    }
}
