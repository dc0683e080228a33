import PortalCore

extension StatisticsText {
    static let monthNames = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]

    public static let german = StatisticsText(
        heading: "Statistik",
        intro:
            "Die Zahlen kommen aus dem Ereignisprotokoll ohne personenbezogene Daten. Sie bleiben erhalten, wenn Anträge nach ihrer Aufbewahrungsfrist gelöscht werden. Tage zählen nach deutscher Zeit.",
        commentsLink: "Kommentare zu Bewertungen prüfen und veröffentlichen",
        noServices: "Ihren Organisationseinheiten sind keine Leistungen zugeordnet.",
        periodLegend: "Zeitraum",
        kind: { kind in
            switch kind {
            case .month: "Monat"
            case .quarter: "Quartal"
            case .year: "Jahr"
            case .custom: "Frei gewählt (von – bis)"
            }
        },
        year: "Jahr",
        month: "Monat",
        monthName: { monthNames[max(0, min(11, $0 - 1))] },
        quarter: "Quartal",
        quarterName: { "\($0). Quartal" },
        from: "Von",
        to: "Bis",
        dateHint: "Nur für einen frei gewählten Zeitraum. Format TT.MM.JJJJ, z. B. 01.03.2026",
        service: "Leistung",
        allServices: "Alle Leistungen",
        show: "Anzeigen",
        problem: { problem in
            switch problem {
            case .unknownKind: "Wählen Sie als Zeitraum einen Monat, ein Quartal, ein Jahr oder einen frei gewählten Zeitraum."
            case .year: "Wählen Sie ein Jahr zwischen 2000 und dem laufenden Jahr."
            case .month: "Wählen Sie einen Monat von Januar bis Dezember."
            case .quarter: "Wählen Sie ein Quartal von 1 bis 4."
            case .from: "Geben Sie den Beginn als Datum im Format TT.MM.JJJJ an, frühestens den 01.01.2000."
            case .to: "Geben Sie das Ende als Datum im Format TT.MM.JJJJ an."
            case .endBeforeStart: "Das Ende darf nicht vor dem Beginn liegen."
            case .inFuture: "Der Zeitraum darf nicht nach dem heutigen Tag beginnen oder enden."
            case .tooLong: "Ein frei gewählter Zeitraum darf höchstens 1.096 Tage (drei Jahre) lang sein."
            }
        },
        unknownService: "Diese Leistung gibt es nicht, oder sie gehört zu keiner Ihrer Organisationseinheiten.",
        periodName: { period in
            let name: String
            switch period.kind {
            case .month: name = "\(monthNames[period.start.month - 1]) \(period.start.year)"
            case .quarter: name = "\((period.start.month - 1) / 3 + 1). Quartal \(period.start.year)"
            case .year: name = "\(period.start.year)"
            case .custom: name = "\(period.start.german) bis \(period.lastDay.german)"
            }
            return period.isRunning && period.kind != .custom ? "\(name) (\(period.start.german) bis \(period.lastDay.german))" : name
        },
        comparison: { "Zeitraum: \($0). Verglichen mit: \($1)." },
        keyFiguresHeading: "Kennzahlen",
        figure: "Kennzahl",
        thisPeriod: "Zeitraum",
        previousPeriod: "Vorzeitraum",
        change: "Veränderung",
        started: "Begonnene Online-Anträge",
        submitted: "Eingereichte Anträge",
        completionRate: "Abschlussquote (eingereicht je begonnen)",
        medianDays: "Bearbeitungszeit, Median (Eingang bis Entscheidung)",
        days90: "90 % entschieden innerhalb von",
        decided: "Entschiedene Vorgänge",
        averageStars: "Zufriedenheit (Durchschnitt)",
        ratings: "Bewertungen",
        contactPer100: "Kontaktanfragen je 100 Anträge",
        documentRequests: "Nachforderungen von Unterlagen",
        withdrawals: "Zurückgezogene Anträge",
        none: "–",
        days: {
            abs($0) == 1
                ? "\(decimal($0, places: 0, group: ".", point: ",")) Tag" : "\(decimal($0, places: $0.rounded() == $0 ? 0 : 1, group: ".", point: ",")) Tage"
        },
        starsOutOfFive: { "\(decimal($0, places: 1, group: ".", point: ",")) von 5 Sternen" },
        points: { "\(decimal($0, places: 1, group: ".", point: ",")) Prozentpunkte" },
        seriesHeading: "Anträge im Zeitverlauf",
        seriesUnit: { unit in
            switch unit {
            case .day: "je Tag"
            case .week: "je Kalenderwoche"
            case .month: "je Monat"
            }
        },
        bucket: { unit, day in
            switch unit {
            case .day: day.german
            case .week: "Woche ab \(day.german)"
            case .month: "\(monthNames[day.month - 1]) \(day.year)"
            }
        },
        seriesAlternative: { unit, total, highest, when in
            let per =
                switch unit {
                case .day: "je Tag"
                case .week: "je Woche"
                case .month: "je Monat"
                }
            return
                "Säulendiagramm der eingereichten Anträge \(per): insgesamt \(total), am meisten \(highest) (\(when)). Die Zahlen stehen in der Tabelle darunter."
        },
        funnelHeading: "Vom Beginn bis zum Einreichen",
        funnelAllServices: "Die einzelnen Schritte eines Online-Dienstes zeigt die Auswahl einer Leistung.",
        stage: { stage, title in
            switch stage {
            case .started: "Begonnen"
            case .step(let number): title.map { "Schritt \(number) abgeschlossen: \($0)" } ?? "Schritt \(number) abgeschlossen"
            case .submitted: "Eingereicht"
            }
        },
        stageColumn: "Stufe",
        count: "Anzahl",
        shareOfStarted: "Anteil an begonnenen",
        lostSincePrevious: "Abbruch seit der vorigen Stufe",
        funnelAlternative: {
            "Balkendiagramm vom Beginn bis zum Einreichen: \($0) begonnen, \($1) eingereicht, Abschlussquote \($2). Die Zahlen stehen in der Tabelle darunter."
        },
        ratingsHeading: "Bewertungen nach Sternen",
        starsLabel: { $0 == 1 ? "1 Stern" : "\($0) Sterne" },
        share: "Anteil",
        noRatings: "Im Zeitraum wurde nichts bewertet.",
        ratingsAlternative: {
            "Balkendiagramm der Bewertungen nach Sternen: \($0) Bewertungen, im Durchschnitt \($1). Die Zahlen stehen in der Tabelle darunter."
        },
        contactsHeading: "Kontaktanfragen nach Anliegen",
        contactCategory: "Anliegen",
        categoryName: { DomainText.german.contactCategory($0) },
        byServiceHeading: "Nach Leistung",
        csvDownload: { "\($0) als CSV herunterladen" },
        tableName: { table in
            switch table {
            case .keyFigures: "Kennzahlen"
            case .series: "Zeitverlauf"
            case .funnel: "Schritte"
            case .contacts: "Kontaktanfragen"
            case .ratings: "Bewertungen"
            case .services: "Leistungen"
            }
        },
        integer: { grouped($0, separator: ".") },
        decimal: { decimal($0, places: $1, group: ".", point: ",") },
        percent: { "\(decimal($0 * 100, places: 1, group: ".", point: ",")) %" }
    )
}
