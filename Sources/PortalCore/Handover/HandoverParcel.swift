import Foundation

/// Everything a carrier needs to hand one submission over through one channel.
public struct HandoverParcel: Sendable {
    public var channel: HandoverChannel
    /// The delivery's idempotency key (`Delivery.key`): the same on every attempt.
    public var key: String
    public var submissionID: Submission.ID
    public var document: HandoverDocument
    public var receipt: Data?
    /// The org unit's functional mailbox, for office mail.
    public var mailbox: String?
    /// The bytes of one of the document's files.
    public var contents: @Sendable (UploadedFile.ID) -> AsyncThrowingStream<Data, any Error>
    /// The form and the stored answers, for carriers that shape the data after the form (FIT-Connect's Fachdaten).
    public var schema: FormSchema?
    public var answers: JSONValue = .null
    /// Where the applicant may be answered by mail, when the applicant gave an address.
    public var replyAddress: String?

    public init(
        channel: HandoverChannel, key: String, submissionID: Submission.ID, document: HandoverDocument, receipt: Data?, mailbox: String?,
        contents: @escaping @Sendable (UploadedFile.ID) -> AsyncThrowingStream<Data, any Error>
    ) {
        self.channel = channel
        self.key = key
        self.submissionID = submissionID
        self.document = document
        self.receipt = receipt
        self.mailbox = mailbox
        self.contents = contents
    }
}
