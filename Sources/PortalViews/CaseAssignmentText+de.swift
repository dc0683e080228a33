import PortalCore

extension CaseAssignmentText {
    public static let german = CaseAssignmentText(
        assignment: "Zuständigkeit",
        assignedTo: { name in "Bearbeitet von \(name)." },
        unassigned: "Noch niemandem zugewiesen; der Vorgang liegt bei der Organisationseinheit.",
        takeIt: "Mir zuweisen",
        colleague: "Kollegin oder Kollege",
        chooseColleague: "Wählen Sie eine Kollegin oder einen Kollegen.",
        assign: "Zuweisen",
        returnToUnit: "An die Organisationseinheit zurückgeben",
        assignedEvent: { name in "Zugewiesen an \(name)" },
        returnedEvent: "An die Organisationseinheit zurückgegeben",
        assignedFlash: { name in "Der Vorgang ist \(name) zugewiesen." },
        returnedFlash: "Der Vorgang liegt wieder bei der Organisationseinheit.",
        notACaseWorker: "Diese Person bearbeitet keine Vorgänge dieser Organisationseinheit.",
        internalNotes: "Interne Notizen",
        internalNotesHint: "Nur für Mitarbeitende sichtbar: nie für Antragstellende und nicht in Übergaben an andere Systeme.",
        noNotes: "Noch keine Notizen.",
        newNote: "Neue Notiz",
        addNote: "Notiz speichern",
        noteSaved: "Die Notiz ist gespeichert.",
        noteProblem: { problem in
            switch problem {
            case .empty: "Schreiben Sie die Notiz in das Feld."
            case .tooLong: "Eine Notiz darf höchstens 5.000 Zeichen lang sein."
            }
        },
        view: "Ansicht",
        allCases: "Alle Vorgänge",
        myCases: "Meine Fälle",
        unassignedCases: "Nicht zugewiesen",
        columnAssignee: "Zuständig",
        selectCase: { reference in "Vorgang \(reference) auswählen" },
        bulkHeading: "Status der ausgewählten Vorgänge ändern",
        bulkStatus: "Neuer Status",
        bulkNote: "Vermerk (wird zu jedem Vorgang geschrieben)",
        bulkButton: "Status ändern",
        bulkNoneSelected: "Wählen Sie in der Tabelle mindestens einen Vorgang aus.",
        bulkNoStatus: "Wählen Sie den neuen Status.",
        bulkTooMany: "Ändern Sie höchstens 200 Vorgänge auf einmal.",
        bulkNotYours: { references in "Diese Vorgänge gehören nicht zu Ihren Organisationseinheiten: \(references). Es wurde nichts geändert." },
        bulkNotAllowed: { references, status in
            "Diese Vorgänge können nicht auf „\(status)“ wechseln: \(references). Es wurde nichts geändert."
        },
        bulkDone: { count, status in count == 1 ? "1 Vorgang steht jetzt auf „\(status)“." : "\(count) Vorgänge stehen jetzt auf „\(status)“." },
        deadline: "Frist",
        allDeadlines: "Alle",
        order: "Sortierung",
        orderNewest: "Neueste zuerst",
        orderDueDate: "Frist, früheste zuerst",
        orderStatus: "Status",
        dueToday: "Fällig bis heute",
        overdue: "Überfällig",
        followUpDue: "Wiedervorlage fällig",
        columnDue: "Fällig am",
        overdueTag: "überfällig",
        followUpTag: { day in "Wiedervorlage \(day)" },
        dueOn: "Fällig am",
        noProcessingDays: "keine Bearbeitungsdauer in Arbeitstagen hinterlegt",
        followUp: "Wiedervorlage",
        followUpHint: "TT.MM.JJJJ; leer lassen, um die Wiedervorlage zu löschen.",
        setFollowUp: "Wiedervorlage speichern",
        followUpSaved: { day in "Die Wiedervorlage ist für den \(day) gesetzt." },
        followUpCleared: "Die Wiedervorlage ist gelöscht.",
        followUpInvalid: "Geben Sie das Datum in der Form TT.MM.JJJJ ein, zum Beispiel 15.01.2027.",
        followUpPast: "Die Wiedervorlage muss heute oder später sein.",
        processingDays: "Bearbeitungsdauer in Arbeitstagen",
        processingDaysHint: "Daraus berechnet das Portal für jeden Antrag, wann er fällig ist (Montag bis Freitag ohne bundesweite Feiertage). "
            + "Leer lassen: keine Frist.",
        processingDaysInvalid: "Die Bearbeitungsdauer muss eine ganze Zahl von 1 bis 365 Arbeitstagen sein.",
        receivedFrom: "Eingang ab",
        receivedTo: "Eingang bis",
        filterDateInvalid: "Geben Sie das Eingangsdatum in der Form TT.MM.JJJJ ein, zum Beispiel 01.12.2026.",
        savedViews: "Gespeicherte Ansichten",
        saveView: "Diese Ansicht speichern",
        viewName: "Name der Ansicht",
        viewSaved: { name in "Die Ansicht „\(name)“ ist gespeichert." },
        viewDeleted: "Die Ansicht ist gelöscht.",
        deleteView: "Löschen",
        viewProblem: { problem in
            switch problem {
            case .nameMissing: "Geben Sie der Ansicht einen Namen."
            case .nameTooLong: "Der Name darf höchstens 60 Zeichen lang sein."
            case .tooMany: "Sie haben schon 20 Ansichten gespeichert. Löschen Sie zuerst eine."
            }
        }
    )
}
