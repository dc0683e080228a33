import Foundation

/// One line of the event log: something that happened to a service, without any personal data
/// (no reference, no names, no account). The counts for statistics and open data come from here,
/// so they survive the deletion of the cases themselves.
public struct PortalEvent: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Someone opened a service's online form for the first time in their session.
        case formStarted = "form.started"
        case submissionReceived = "submission.received"
        /// A step of the online form was completed; `step` is its number (1 is the first).
        case stepReached = "step.reached"
        /// `detail` is the new status; a withdrawal is the change to `withdrawn`.
        case statusChanged = "status.changed"
        /// `detail` is the decision's outcome.
        case decisionDelivered = "decision.delivered"
        /// A case was closed by a decision (decided, rejected, or completed directly) for the first
        /// time; `detail` is the whole days from receipt to then. Withdrawals are not processing.
        case caseDecided = "case.decided"
        case documentsRequested = "documents.requested"
        /// `detail` is the message's category.
        case contactMessage = "contact.message"
        /// `detail` is the number of stars.
        case rating = "rating"
    }

    public var kind: Kind
    public var serviceID: Service.ID?
    public var step: Int?
    public var detail: String?
    public var at: Date

    public init(_ kind: Kind, service: Service.ID?, step: Int? = nil, detail: String? = nil, at: Date) {
        self.kind = kind
        self.serviceID = service
        self.step = step
        self.detail = detail
        self.at = at
    }
}
