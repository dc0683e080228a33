import Foundation
import Logging
import PortalCore
import PortalViews

/// Mails the applicant about their case, in their language: to the account's address with its
/// case page, or to the form's first e-mail answer with the page for reference and code. Test
/// submissions tell nobody. The action is done and stays done: a mail that cannot be queued is
/// logged (reference only), never turned into an error. Used by the case page and the write-back API.
public struct ApplicantNotice: Sendable {
    let accounts: any AccountStore
    let catalog: any CatalogStore
    let mail: any MailSender
    let publicBaseURL: String?
    let logger: Logger
    /// Cases received through FIT-Connect are answered at their reply address.
    var fitConnect: (any FITConnectStore)?

    public init(
        accounts: any AccountStore, catalog: any CatalogStore, mail: any MailSender, publicBaseURL: String?, logger: Logger,
        fitConnect: (any FITConnectStore)? = nil
    ) {
        self.fitConnect = fitConnect
        self.accounts = accounts
        self.catalog = catalog
        self.mail = mail
        self.publicBaseURL = publicBaseURL
        self.logger = logger
    }

    public func send(
        _ submission: Submission,
        _ compose: (AccountText, _ reference: String, _ service: String, _ link: String) -> (subject: String, body: String)
    ) async {
        do {
            let account = try await submission.accountID.asyncFlatMap { try await accounts.account(id: $0) }
            let schema = try await catalog.formVersion(id: submission.formVersionID)?.schema
            let reply = try await fitConnect?.incoming(submission: submission.id)?.replyAddress
            guard let address = ApplicantAddress.of(submission, account: account, schema: schema, replyAddress: reply) else { return }
            let words = AccountText.for(account?.language ?? submission.language ?? .german)
            let service = try await catalog.service(id: submission.serviceID)?.title(words.language) ?? ""
            let link = ApplicantLinks.casePage(submission, viaAccount: account != nil, base: publicBaseURL)
            let (subject, body) = compose(words, submission.reference.rawValue, service, link)
            try await mail.send(Mail(to: address, subject: subject, body: body))
        } catch {
            logger.error("mail to the applicant not queued", metadata: ["reference": "\(submission.reference.rawValue)", "error": "\(error)"])
        }
    }
}
