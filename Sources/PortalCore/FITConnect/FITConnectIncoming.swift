import Foundation

/// A submission the portal picked up as a destination's subscriber (an application filed in
/// another online service): what became of it here. Kept before the case is filed, with the case's
/// ID drawn, so a pick-up that is interrupted files the same case once and never a second one.
public struct FITConnectIncoming: Hashable, Sendable {
    public enum State: String, Hashable, Sendable {
        /// Decrypted and checked; the case is being filed under `submissionID`.
        case filing
        /// Filed as a case; accepted towards the sender.
        case filed
        /// Refused with `problem`; nothing filed.
        case rejected
    }

    /// The Zustelldienst's `submissionId` and `caseId`.
    public var remoteID: String
    public var caseID: String
    public var submissionID: Submission.ID?
    public var state: State
    /// Why it was rejected, as sent to the sender (no personal data).
    public var problem: String?
    /// Whether the accept or reject event reached the event log.
    public var eventSent: Bool
    /// The sender's own reference (`additionalReferenceInfo.senderReference`).
    public var senderReference: String?
    /// Where the applicant is answered when the sender named an e-mail reply channel.
    public var replyAddress: String?
    public var receivedAt: Date

    /// Where a received case keeps the sender's Fachdaten and its attachments among its answers.
    public static let dataKey = "fachdaten"
    public static let filesKey = "anlagen"

    public init(
        remoteID: String, caseID: String, submissionID: Submission.ID?, state: State, problem: String? = nil, eventSent: Bool = false,
        senderReference: String? = nil, replyAddress: String? = nil, receivedAt: Date
    ) {
        self.remoteID = remoteID
        self.caseID = caseID
        self.submissionID = submissionID
        self.state = state
        self.problem = problem
        self.eventSent = eventSent
        self.senderReference = senderReference
        self.replyAddress = replyAddress
        self.receivedAt = receivedAt
    }
}
