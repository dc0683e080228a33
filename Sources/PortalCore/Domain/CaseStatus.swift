/// Where a case (Vorgang) stands. Transitions are fixed here and nowhere else.
public enum CaseStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case received
    case inProgress
    /// The office asked back (documents, answers) and waits for the applicant.
    case waitingForApplicant
    /// The decision (Bescheid) is delivered; the case is completed afterwards.
    case decided
    case completed
    case rejected
    /// The applicant withdrew the application.
    case withdrawn

    /// The statuses a case may move to from this one.
    public var successors: Set<CaseStatus> {
        switch self {
        case .received: [.inProgress, .withdrawn]
        case .inProgress: [.waitingForApplicant, .decided, .completed, .rejected, .withdrawn]
        case .waitingForApplicant: [.inProgress, .withdrawn]
        case .decided: [.completed]
        case .completed, .rejected, .withdrawn: []
        }
    }

    public var isFinal: Bool { successors.isEmpty }

    public func canMove(to next: CaseStatus) -> Bool { successors.contains(next) }

    /// Whether the applicant may still withdraw: before a decision.
    public var canBeWithdrawn: Bool { canMove(to: .withdrawn) }

    /// What happens next, for the applicant's case page.
    public func nextSteps(_ language: Language = .german) -> String {
        switch (self, language) {
        case (.received, .german): "Ihr Antrag ist eingegangen. Die zuständige Stelle prüft ihn und meldet sich, wenn Angaben oder Unterlagen fehlen."
        case (.inProgress, .german): "Die zuständige Stelle bearbeitet Ihren Antrag. Sie erhalten eine E-Mail, sobald sich der Stand ändert."
        case (.waitingForApplicant, .german): "Die zuständige Stelle wartet auf Ihre Antwort oder Unterlagen. Bitte sehen Sie unter „Nachrichten“ nach."
        case (.decided, .german): "Über Ihren Antrag ist entschieden. Den Bescheid finden Sie auf dieser Seite."
        case (.completed, .german): "Ihr Antrag ist abgeschlossen."
        case (.rejected, .german): "Ihr Antrag wurde abgelehnt. Die Gründe stehen im Bescheid, den Sie von der zuständigen Stelle erhalten."
        case (.withdrawn, .german): "Sie haben den Antrag zurückgezogen. Er wird nicht weiter bearbeitet."
        case (.received, .english): "Your application has arrived. The office checks it and gets in touch if anything is missing."
        case (.inProgress, .english): "The office is working on your application. You get an e-mail whenever its status changes."
        case (.waitingForApplicant, .english): "The office is waiting for your answer or documents. Please look under “Messages”."
        case (.decided, .english): "Your application is decided. The decision is on this page."
        case (.completed, .english): "Your application is completed."
        case (.rejected, .english): "Your application was rejected. The reasons are in the decision the office sends you."
        case (.withdrawn, .english): "You withdrew the application. It is not processed any further."
        }
    }

    /// The status in the applicant's words ("Wir warten auf Ihre Unterlagen"), for their case page,
    /// their list and the mails to them; `label` stays the office's word.
    public func applicantLabel(_ language: Language = .german, awaitingDocuments: Bool = false) -> String {
        switch (self, language) {
        case (.received, .german): "Eingegangen"
        case (.inProgress, .german): "Wir bearbeiten Ihren Antrag"
        case (.waitingForApplicant, .german): awaitingDocuments ? "Wir warten auf Ihre Unterlagen" : "Wir warten auf Ihre Rückmeldung"
        case (.decided, .german): "Entschieden – Ihr Bescheid liegt bereit"
        case (.completed, .german): "Abgeschlossen"
        case (.rejected, .german): "Abgelehnt"
        case (.withdrawn, .german): "Von Ihnen zurückgezogen"
        case (.received, .english): "Received"
        case (.inProgress, .english): "We are working on your application"
        case (.waitingForApplicant, .english): awaitingDocuments ? "We are waiting for your documents" : "We are waiting for your reply"
        case (.decided, .english): "Decided – your decision is ready"
        case (.completed, .english): "Completed"
        case (.rejected, .english): "Rejected"
        case (.withdrawn, .english): "Withdrawn by you"
        }
    }

    public func label(_ language: Language = .german) -> String {
        switch (self, language) {
        case (.received, .german): "Eingegangen"
        case (.inProgress, .german): "In Bearbeitung"
        case (.waitingForApplicant, .german): "Wartet auf Antwort der antragstellenden Person"
        case (.decided, .german): "Entschieden"
        case (.completed, .german): "Abgeschlossen"
        case (.rejected, .german): "Abgelehnt"
        case (.withdrawn, .german): "Zurückgezogen"
        case (.received, .english): "Received"
        case (.inProgress, .english): "In progress"
        case (.waitingForApplicant, .english): "Waiting for the applicant"
        case (.decided, .english): "Decided"
        case (.completed, .english): "Completed"
        case (.rejected, .english): "Rejected"
        case (.withdrawn, .english): "Withdrawn"
        }
    }
}
