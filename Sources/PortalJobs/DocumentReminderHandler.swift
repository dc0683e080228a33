import Foundation
import PortalCore

/// Two days before a document request's deadline: if the applicant has not answered yet, they get
/// a reminder (the named documents, the deadline, the link; nothing from the case itself).
public struct DocumentReminderHandler: JobHandler {
    public let kind = JobKind.documentReminder
    let requests: any DocumentRequestStore
    let submissions: any SubmissionStore
    let catalog: any CatalogStore
    let accounts: any AccountStore
    let mail: any MailSender
    /// The page the applicant follows the case on (their account's case page, or the code page).
    let link: @Sendable (Submission, _ viaAccount: Bool) -> String
    /// The reminder in the account holder's language (German without an account).
    let text:
        @Sendable (_ reference: String, _ service: String, _ documents: [String], _ deadline: String, _ link: String, _ language: Language) -> (
            subject: String, body: String
        )

    public init(
        requests: any DocumentRequestStore, submissions: any SubmissionStore, catalog: any CatalogStore, accounts: any AccountStore,
        mail: any MailSender, link: @escaping @Sendable (Submission, Bool) -> String,
        text: @escaping @Sendable (String, String, [String], String, String, Language) -> (subject: String, body: String)
    ) {
        self.requests = requests
        self.submissions = submissions
        self.catalog = catalog
        self.accounts = accounts
        self.mail = mail
        self.link = link
        self.text = text
    }

    public func run(_ job: Job) async throws {
        guard let id = DocumentRequest.ID(string: job.payload), let request = try await requests.request(id: id), request.fulfilledAt == nil,
            let submission = try await submissions.submission(id: request.submissionID),
            submission.status == .waitingForApplicant
        else { return }  // answered, withdrawn or gone: nothing to remind of
        let account = try await submission.accountID.asyncFlatMap { try await accounts.account(id: $0) }
        let schema = try await catalog.formVersion(id: submission.formVersionID)?.schema
        guard let address = ApplicantAddress.of(submission, account: account, schema: schema) else { return }
        let language = account?.language ?? submission.language ?? .german
        let service = try await catalog.service(id: submission.serviceID)?.title(language) ?? ""
        let words = text(submission.reference.rawValue, service, request.documents, request.deadline.german, link(submission, account != nil), language)
        try await mail.send(Mail(to: address, subject: words.subject, body: words.body))
    }
}
