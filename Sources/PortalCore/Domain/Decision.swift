import Foundation

/// The decision (Bescheid) delivered to the applicant: a PDF from the office, its outcome, and when
/// the applicant first fetched it (which the office sees, like a delivery receipt).
public struct Decision: Hashable, Sendable {
    public enum Outcome: String, Hashable, Sendable, CaseIterable {
        case granted
        case partlyGranted
        case refused

        /// The outcome as the case's history records it (in German, the record's language).
        public var recordWord: String {
            switch self {
            case .granted: "Bewilligt"
            case .partlyGranted: "Teilweise bewilligt"
            case .refused: "Abgelehnt"
            }
        }

    }

    public var submissionID: Submission.ID
    public var file: UploadedFile
    public var outcome: Outcome
    public var deliveredAt: Date
    public var deliveredBy: String
    public var firstRetrievedAt: Date?
    /// Also sent as a letter through the print service (`PrintBatch`).
    public var byPost: Bool
    /// The print batch it went out in, and when that batch reached the print service's folder.
    public var printBatchID: String?
    public var printedAt: Date?

    public init(
        submissionID: Submission.ID, file: UploadedFile, outcome: Outcome, deliveredAt: Date, deliveredBy: String, firstRetrievedAt: Date? = nil,
        byPost: Bool = false, printBatchID: String? = nil, printedAt: Date? = nil
    ) {
        self.submissionID = submissionID
        self.file = file
        self.outcome = outcome
        self.deliveredAt = deliveredAt
        self.deliveredBy = deliveredBy
        self.firstRetrievedAt = firstRetrievedAt
        self.byPost = byPost
        self.printBatchID = printBatchID
        self.printedAt = printedAt
    }
}
