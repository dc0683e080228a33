import Foundation

/// The decision (Bescheid) delivered to the applicant: a PDF from the office, its outcome, and when
/// the applicant first fetched it (which the office sees, like a delivery receipt).
public struct Decision: Hashable, Sendable {
    public enum Outcome: String, Hashable, Sendable, CaseIterable {
        case granted
        case partlyGranted
        case refused

        public func label(_ language: Language = .german) -> String {
            switch (self, language) {
            case (.granted, .german): "Bewilligt"
            case (.partlyGranted, .german): "Teilweise bewilligt"
            case (.refused, .german): "Abgelehnt"
            case (.granted, .english): "Granted"
            case (.partlyGranted, .english): "Partly granted"
            case (.refused, .english): "Refused"
            }
        }
    }

    public var submissionID: Submission.ID
    public var file: UploadedFile
    public var outcome: Outcome
    public var deliveredAt: Date
    public var deliveredBy: String
    public var firstRetrievedAt: Date?

    public init(submissionID: Submission.ID, file: UploadedFile, outcome: Outcome, deliveredAt: Date, deliveredBy: String, firstRetrievedAt: Date? = nil) {
        self.submissionID = submissionID
        self.file = file
        self.outcome = outcome
        self.deliveredAt = deliveredAt
        self.deliveredBy = deliveredBy
        self.firstRetrievedAt = firstRetrievedAt
    }
}
