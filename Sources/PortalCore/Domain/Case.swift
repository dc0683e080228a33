import Foundation

/// A Vorgang: the processing of one submission by the authority, with its status history.
public struct Case: Hashable, Sendable {
    public var submissionID: Submission.ID
    public private(set) var status: CaseStatus
    public private(set) var history: [StatusChange]

    public init(submissionID: Submission.ID, status: CaseStatus = .received, history: [StatusChange] = []) {
        self.submissionID = submissionID
        self.status = status
        self.history = history
    }

    /// Moves the case on, recording the change; refuses moves the workflow does not allow.
    @discardableResult
    public mutating func move(to next: CaseStatus, by actor: String, note: String?, at instant: Date) throws(CaseTransitionError) -> StatusChange {
        guard status.canMove(to: next) else { throw CaseTransitionError(from: status, to: next) }
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        let change = StatusChange(from: status, to: next, actor: actor, note: trimmed?.isEmpty == false ? trimmed : nil, at: instant)
        history.append(change)
        status = next
        return change
    }
}
