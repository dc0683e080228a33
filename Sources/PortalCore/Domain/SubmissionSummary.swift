import Foundation

/// One line of a submission list: enough to find and open it, without the answers.
public struct SubmissionSummary: Hashable, Sendable {
    /// Position in arrival order; the keyset paging cursor.
    public var sequence: Int64
    public var id: Submission.ID
    public var reference: Reference
    public var serviceSlug: String
    public var serviceTitle: String
    public var status: CaseStatus
    public var receivedAt: Date
    public var applicantName: String?
    /// Whether the asking staff member has opened it; nil where nobody asked (API lists).
    public var isRead: Bool?
    public var isTest: Bool
    /// Who works on it; nil when nobody has taken it.
    public var assigneeID: StaffUser.ID?
    /// When processing is due (the service's processing days after receipt, the applicant's waits added).
    public var dueOn: LocalDate?
    /// A day a case worker set to look at the case again („Wiedervorlage“).
    public var followUpOn: LocalDate?

    public init(
        sequence: Int64, id: Submission.ID, reference: Reference, serviceSlug: String, serviceTitle: String, status: CaseStatus, receivedAt: Date,
        applicantName: String? = nil, isRead: Bool? = nil, isTest: Bool = false, assigneeID: StaffUser.ID? = nil, dueOn: LocalDate? = nil,
        followUpOn: LocalDate? = nil
    ) {
        self.assigneeID = assigneeID
        self.dueOn = dueOn
        self.followUpOn = followUpOn
        self.sequence = sequence
        self.id = id
        self.reference = reference
        self.serviceSlug = serviceSlug
        self.serviceTitle = serviceTitle
        self.status = status
        self.receivedAt = receivedAt
        self.applicantName = applicantName
        self.isRead = isRead
        self.isTest = isTest
    }
}
