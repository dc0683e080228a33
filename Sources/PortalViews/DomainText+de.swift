import PortalCore

extension DomainText {
    public static let german = DomainText(
        language: .german,
        caseStatus: { status in
            switch status {
            case .received: "Eingegangen"
            case .inProgress: "In Bearbeitung"
            case .waitingForApplicant: "Wartet auf Antwort der antragstellenden Person"
            case .decided: "Entschieden"
            case .completed: "Abgeschlossen"
            case .rejected: "Abgelehnt"
            case .withdrawn: "Zurückgezogen"
            }
        },
        applicantStatus: { status, awaitingDocuments in
            switch status {
            case .received: "Eingegangen"
            case .inProgress: "Wir bearbeiten Ihren Antrag"
            case .waitingForApplicant: awaitingDocuments ? "Wir warten auf Ihre Unterlagen" : "Wir warten auf Ihre Rückmeldung"
            case .decided: "Entschieden – Ihr Bescheid liegt bereit"
            case .completed: "Abgeschlossen"
            case .rejected: "Abgelehnt"
            case .withdrawn: "Von Ihnen zurückgezogen"
            }
        },
        nextSteps: { status in
            switch status {
            case .received: "Ihr Antrag ist eingegangen. Die zuständige Stelle prüft ihn und meldet sich, wenn Angaben oder Unterlagen fehlen."
            case .inProgress: "Die zuständige Stelle bearbeitet Ihren Antrag. Sie erhalten eine E-Mail, sobald sich der Stand ändert."
            case .waitingForApplicant: "Die zuständige Stelle wartet auf Ihre Antwort oder Unterlagen. Bitte sehen Sie unter „Nachrichten“ nach."
            case .decided: "Über Ihren Antrag ist entschieden. Den Bescheid finden Sie auf dieser Seite."
            case .completed: "Ihr Antrag ist abgeschlossen."
            case .rejected: "Ihr Antrag wurde abgelehnt. Die Gründe stehen im Bescheid, den Sie von der zuständigen Stelle erhalten."
            case .withdrawn: "Sie haben den Antrag zurückgezogen. Er wird nicht weiter bearbeitet."
            }
        },
        trustLevel: { level in
            switch level {
            case .basic: "basis"
            case .substantial: "substanziell"
            case .high: "hoch"
            }
        },
        trustLevelExplanation: { level in
            switch level {
            case .basic: "Anmeldung mit E-Mail-Adresse und Passwort"
            case .substantial: "Anmeldung zum Beispiel mit einem ELSTER-Zertifikat"
            case .high: "Anmeldung mit der Online-Ausweisfunktion (eID)"
            }
        },
        reviewState: { state in
            switch state {
            case .editing: "In Bearbeitung durch die Redaktion"
            case .inReview: "Zur Prüfung bei der Fachabteilung"
            case .changesRequested: "Änderungen angefordert"
            case .approved: "Von der Fachabteilung freigegeben"
            }
        },
        decisionOutcome: { $0.recordWord },
        contactCategory: { category in
            switch category {
            case .question: "Frage zur Leistung"
            case .technical: "Technisches Problem"
            case .accessibility: "Barriere melden (Barrierefreiheit)"
            case .other: "Sonstiges"
            }
        },
        transitionRefused: { "Ein Vorgang mit dem Status „\($0)“ kann nicht auf „\($1)“ gesetzt werden." },
        applicant: "Antragstellende Person",
        noteDocumentsUploaded: CaseNote.documentsUploaded,
        noteRequestAnswered: { CaseNote.requestAnswered(missing: [$0]) },
        noteDocumentsRequested: { "Unterlagen nachgefordert bis \($0): \($1)" },
        noteDecisionDelivered: { "Bescheid zugestellt: \($0)" }
    )
}
