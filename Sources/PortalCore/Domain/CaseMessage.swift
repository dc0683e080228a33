import Foundation

/// A message in a case's mailbox (Postfach), from the applicant or from the office.
public struct CaseMessage: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<CaseMessage>

    public var id: ID
    public var submissionID: Submission.ID
    public var fromApplicant: Bool
    /// Who wrote it, as shown: the case worker's name, or "Antragsteller:in".
    public var author: String
    public var body: String
    public var sentAt: Date
    /// When the other side first read it.
    public var readAt: Date?
    /// Files sent with it (uploads attached to the submission).
    public var attachments: [UploadedFile]

    /// The same upload rules as a form's file field: PDF, JPEG or PNG, up to 10 MB, three per message.
    public static let attachmentField = FormField(
        key: "anhang", kind: .file, label: "Anhang", isRequired: false,
        constraints: .init(maxFileBytes: 10 * 1024 * 1024, maxFiles: 3))

    public init(
        id: ID, submissionID: Submission.ID, fromApplicant: Bool, author: String, body: String, sentAt: Date, readAt: Date? = nil,
        attachments: [UploadedFile] = []
    ) {
        self.attachments = attachments
        self.id = id
        self.submissionID = submissionID
        self.fromApplicant = fromApplicant
        self.author = author
        self.body = body
        self.sentAt = sentAt
        self.readAt = readAt
    }

    public enum Problem: Hashable, Sendable {
        case empty
        case tooLong(max: Int)
    }

    /// What a message may be: not empty, at most 10,000 characters. Nil when it is fine.
    public static func problem(_ body: String) -> Problem? {
        let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .empty }
        if trimmed.count > 10_000 { return .tooLong(max: 10_000) }
        return nil
    }
}
