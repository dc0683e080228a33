import Foundation

/// A submission's folder in a hand-over folder (`<folder>/<reference>`) after delivery.
public struct DeliveredCopy: Hashable, Sendable {
    public var submissionID: Submission.ID
    public var channelID: HandoverChannel.ID
    public var reference: Reference
    public var folder: String

    public init(submissionID: Submission.ID, channelID: HandoverChannel.ID, reference: Reference, folder: String) {
        self.submissionID = submissionID
        self.channelID = channelID
        self.reference = reference
        self.folder = folder
    }
}
