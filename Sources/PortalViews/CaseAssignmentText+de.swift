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
        columnAssignee: "Zuständig"
    )
}
