import Foundation

/// Uploaded files: metadata and content. A file belongs to a draft (`owner`, a random draft ID)
/// until the draft is submitted; then to the submission. Unsubmitted files expire with their draft.
public protocol UploadStore: Sendable {
    /// Stores the content of `contents` (read in chunks, never whole) under the file's ID.
    func save(_ file: UploadedFile, field: String, owner: String, expiresAt: Date, contents: URL, now: Date) async throws
    /// The owner's files, oldest first.
    func files(owner: String) async throws -> [UploadedFile]
    /// The bytes stored for these owners together (for the upload quota).
    func totalSize(owners: [String]) async throws -> Int
    func file(id: UploadedFile.ID) async throws -> StoredUpload?
    /// The content in order, one chunk at a time.
    func contents(of id: UploadedFile.ID) -> AsyncThrowingStream<Data, any Error>
    func delete(id: UploadedFile.ID, owner: String) async throws
    /// Keeps a draft's files until `expiresAt` (when the draft is saved for later).
    func extend(owner: String, until expiresAt: Date) async throws
    /// Hands the files named in a submission over to it; they no longer expire.
    func attach(_ ids: [UploadedFile.ID], owner: String, to submission: Submission.ID) async throws
    /// Deletes unsubmitted files past their expiry; returns how many.
    func deleteExpired(now: Date) async throws -> Int
}

/// An upload with who it belongs to.
public struct StoredUpload: Hashable, Sendable {
    public var file: UploadedFile
    public var field: String
    public var owner: String
    public var submissionID: Submission.ID?

    public init(file: UploadedFile, field: String, owner: String, submissionID: Submission.ID?) {
        self.file = file
        self.field = field
        self.owner = owner
        self.submissionID = submissionID
    }
}
