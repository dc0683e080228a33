/// Where a case (Vorgang) stands. Transitions are fixed here and nowhere else.
public enum CaseStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case received
    case inProgress
    case completed
    case rejected

    /// The statuses a case may move to from this one.
    public var successors: Set<CaseStatus> {
        switch self {
        case .received: [.inProgress]
        case .inProgress: [.completed, .rejected]
        case .completed, .rejected: []
        }
    }

    public var isFinal: Bool { successors.isEmpty }

    public func canMove(to next: CaseStatus) -> Bool { successors.contains(next) }

    /// What happens next, for the applicant's case page.
    public func nextSteps(_ language: Language = .german) -> String {
        switch (self, language) {
        case (.received, .german): "Ihr Antrag ist eingegangen. Die zuständige Stelle prüft ihn und meldet sich, wenn Angaben oder Unterlagen fehlen."
        case (.inProgress, .german): "Die zuständige Stelle bearbeitet Ihren Antrag. Sie erhalten eine E-Mail, sobald sich der Stand ändert."
        case (.completed, .german): "Ihr Antrag ist abgeschlossen."
        case (.rejected, .german): "Ihr Antrag wurde abgelehnt. Die Gründe stehen im Bescheid, den Sie von der zuständigen Stelle erhalten."
        case (.received, .english): "Your application has arrived. The office checks it and gets in touch if anything is missing."
        case (.inProgress, .english): "The office is working on your application. You get an e-mail whenever its status changes."
        case (.completed, .english): "Your application is completed."
        case (.rejected, .english): "Your application was rejected. The reasons are in the decision the office sends you."
        }
    }

    public func label(_ language: Language = .german) -> String {
        switch (self, language) {
        case (.received, .german): "Eingegangen"
        case (.inProgress, .german): "In Bearbeitung"
        case (.completed, .german): "Abgeschlossen"
        case (.rejected, .german): "Abgelehnt"
        case (.received, .english): "Received"
        case (.inProgress, .english): "In progress"
        case (.completed, .english): "Completed"
        case (.rejected, .english): "Rejected"
        }
    }
}
