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
