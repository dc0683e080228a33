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

}
