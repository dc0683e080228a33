import Foundation

/// A submission on its way through FIT-Connect: the submission the Zustelldienst made for it,
/// the attachments announced there, and how far it got. Kept so that a retry continues the same
/// submission instead of making a second one, and so the event log can be followed afterwards.
public struct FITConnectTransfer: Hashable, Sendable {
    public enum State: String, Hashable, Sendable {
        /// Made at the Zustelldienst, attachments or the submit step still to come.
        case created
        /// Submitted: the Zustelldienst holds everything; the receiver has not answered yet.
        case submitted
        case accepted
        case rejected

        public var isDecided: Bool { self == .accepted || self == .rejected }
    }

    public var submissionID: Submission.ID
    public var channelID: HandoverChannel.ID
    public var destinationID: String
    /// The Zustelldienst's `submissionId` and `caseId`.
    public var remoteID: String
    public var caseID: String?
    /// The announced attachments in order: the receipt first (`report`), then each file.
    public var attachments: [Attachment]
    public var state: State
    public var createdAt: Date
    public var submittedAt: Date?
    public var decidedAt: Date?
    /// When the event log is to be read next; nil once decided.
    public var nextCheckAt: Date?
    /// How often the event log was read without a decision: the wait between reads grows with it.
    public var checks: Int

    public struct Attachment: Hashable, Sendable, Codable {
        public enum Purpose: String, Hashable, Sendable, Codable {
            case form, attachment, report
        }

        public var id: String
        public var purpose: Purpose
        /// The uploaded file it carries; nil for the receipt.
        public var fileID: String?

        public init(id: String, purpose: Purpose, fileID: String?) {
            self.id = id
            self.purpose = purpose
            self.fileID = fileID
        }
    }

    public init(
        submissionID: Submission.ID, channelID: HandoverChannel.ID, destinationID: String, remoteID: String, caseID: String?, attachments: [Attachment],
        state: State = .created, createdAt: Date, submittedAt: Date? = nil, decidedAt: Date? = nil, nextCheckAt: Date? = nil, checks: Int = 0
    ) {
        self.submissionID = submissionID
        self.channelID = channelID
        self.destinationID = destinationID
        self.remoteID = remoteID
        self.caseID = caseID
        self.attachments = attachments
        self.state = state
        self.createdAt = createdAt
        self.submittedAt = submittedAt
        self.decidedAt = decidedAt
        self.nextCheckAt = nextCheckAt
        self.checks = checks
    }

    /// The wait before the next read of the event log: a minute at first, growing to six hours.
    /// Receivers answer within minutes when they run, and within days when a person decides.
    public static func checkInterval(afterChecks checks: Int) -> TimeInterval {
        min(60 * pow(2, Double(min(checks, 12))), 6 * 3600)
    }

    /// A transfer no decision reaches is given up after this long; the delivery status keeps its events.
    public static let giveUpAfter: TimeInterval = 60 * 86_400
}
