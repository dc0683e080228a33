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

    /// Closed cases count their retention from the first move into one of these.
    public static let closed: [CaseStatus] = [.decided, .completed, .rejected, .withdrawn]

    public var isClosed: Bool { Self.closed.contains(self) }

    /// The statuses whose clock runs: only these cases are due or overdue (waiting for the applicant stops it).
    public static let processing: [CaseStatus] = [.received, .inProgress]

    /// Whether a case in this status with this due day is overdue on `today`.
    public func isOverdue(due: LocalDate?, today: LocalDate) -> Bool {
        Self.processing.contains(self) && due.map { $0 < today } == true
    }

    public func canMove(to next: CaseStatus) -> Bool { successors.contains(next) }

    /// Whether the applicant may still withdraw: before a decision.
    public var canBeWithdrawn: Bool { canMove(to: .withdrawn) }

}
