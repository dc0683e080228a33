/// Every migration, in the one order they are applied in.
enum Migrations {
    static let all: [any Migration] = [
        M0001CreateCatalog(),
        M0002CreateSubmissions(),
        M0003CreateJobs(),
        M0004CreateStaff(),
        M0005CreateSessions(),
        M0006AddInboxColumns(),
        M0007AddSubmissionFee(),
        M0008CreateUploads(),
        M0009CreateSavedDrafts(),
        M0010CreateFormDrafts(),
        M0011AddDraftRevision(),
        M0012CreateReview(),
        M0013AddPrivacyVersion(),
        M0014CreateContactMessages(),
        M0015CreatePortalPages(),
        M0016CreatePrivacyStatements(),
        M0017AddTestSubmissions(),
        M0018AddStaffEmail(),
        M0019CreateOutbox(),
        M0020CreateCitizenAccounts(),
        M0021AddAccessCodes(),
        M0022CreateReceipts(),
        M0023CreateCaseMessages(),
        M0024CreateDecisions(),
    ]
}
