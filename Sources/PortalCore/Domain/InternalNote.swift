import Foundation

/// A note case workers keep on a case for each other: never shown to the applicant, never in
/// hand-over documents or API answers.
public struct InternalNote: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<InternalNote>

    public var id: ID
    public var submissionID: Submission.ID
    public var authorID: StaffUser.ID
    public var body: String
    public var createdAt: Date

    public init(id: ID, submissionID: Submission.ID, authorID: StaffUser.ID, body: String, createdAt: Date) {
        self.id = id
        self.submissionID = submissionID
        self.authorID = authorID
        self.body = body
        self.createdAt = createdAt
    }

    public static let maxLength = 5000

    public enum Problem: Error, Hashable, Sendable {
        case empty
        case tooLong
    }

    /// The note's text as typed (trimmed), or why it cannot be kept.
    public static func check(_ text: String) -> Result<String, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .failure(.empty) }
        if trimmed.count > maxLength { return .failure(.tooLong) }
        return .success(trimmed)
    }
}
