import Foundation

/// Filed submissions and their cases.
public protocol SubmissionStore: Sendable {
    /// Writes the whole filing in one transaction (see `Filing`). Returns only after commit, so an
    /// acknowledged submission is durable. Throws `DuplicateReference` when the reference is taken
    /// and `IntakeError.attachmentMissing` when an attachment is no longer the draft's.
    func file(_ filing: Filing) async throws
    func submission(id: Submission.ID) async throws -> Submission?
    func submission(reference: Reference) async throws -> Submission?
    /// Submissions of one org unit in arrival order, after the given sequence number (keyset paging).
    func submissions(of orgUnit: OrgUnit.ID, after sequence: Int64?, limit: Int) async throws -> [SubmissionSummary]
    /// Moves the case on and records the change, atomically. Throws `CaseTransitionError` when the
    /// stored status does not allow the move (also when another user changed it meanwhile).
    /// Gives the case to a staff member (nil: back to its org unit) and writes the audit line, in one write.
    func assign(_ submission: Submission.ID, to assignee: StaffUser.ID?, by actor: StaffUser.ID, at instant: Date) async throws
    func assignee(of submission: Submission.ID) async throws -> StaffUser.ID?
    /// The references of these submissions (those that exist), read without their answers.
    func references(of submissions: Set<Submission.ID>) async throws -> [Submission.ID: Reference]
    func deadlines(of submission: Submission.ID) async throws -> (dueOn: LocalDate?, followUpOn: LocalDate?)
    /// Sets (or, with nil, clears) the day to look at the case again.
    func setFollowUp(of submission: Submission.ID, on day: LocalDate?) async throws
    func changeStatus(of submission: Submission.ID, to status: CaseStatus, by actor: String, note: String?, at instant: Date) async throws -> StatusChange
    /// Moves every case, all in one transaction: when one cannot move (`CaseTransitionError`), none does.
    func changeStatus(of submissions: [Submission.ID], to status: CaseStatus, by actor: String, note: String?, at instant: Date) async throws -> [StatusChange]
    /// The case with its whole audited history.
    func caseFile(of submission: Submission.ID) async throws -> Case?
    /// Records the hand-over once (a repeat keeps the first time) and returns the reference, or nil
    /// when there is no such submission.
    func markHandedOver(_ submission: Submission.ID, at instant: Date) async throws -> Reference?
    /// The inbox: newest first, filtered as asked, with the reader's read markers.
    func inbox(_ query: InboxQuery) async throws -> [SubmissionSummary]
    /// Records that a staff member opened the submission (read marker and audit trail of reads).
    func recordRead(of submission: Submission.ID, by reader: StaffUser.ID, at instant: Date) async throws
    /// Records that a specialist application read the whole submission with its API key (audit trail only).
    func recordAPIRead(of submission: Submission.ID, by key: APIKey.ID, at instant: Date) async throws
    func count() async throws -> Int
    /// Submissions per service received since `instant`, for "most used" lists; test submissions do not count.
    func counts(since instant: Date) async throws -> [Service.ID: Int]
    func testSubmissionCount(of service: Service.ID) async throws -> Int
    /// Deletes every test submission of the service with its files, history and jobs; returns how many.
    func deleteTestSubmissions(of service: Service.ID) async throws -> Int
}

/// The generated reference exists already; the caller generates a new one and tries again.
public struct DuplicateReference: Error, Hashable, Sendable {
    public var reference: Reference

    public init(reference: Reference) {
        self.reference = reference
    }
}

extension SubmissionStore {
    /// A filing of only the submission and its jobs.
    public func create(_ submission: Submission, jobs: [Job]) async throws {
        try await file(Filing(submission: submission, jobs: jobs))
    }
}
