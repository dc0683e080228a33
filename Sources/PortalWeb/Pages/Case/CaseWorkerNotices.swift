import Foundation
import Logging
import PortalCore
import PortalViews

/// Tells the case workers of a case's org unit (those with an address) that the applicant wrote or
/// sent the requested documents: reference and a link, nothing of the content. The inbox marks the
/// same; a mail that cannot be queued is logged and never undoes the applicant's action.
struct CaseWorkerNotices: Sendable {
    let staff: any StaffStore
    let mail: any MailSender
    let publicBaseURL: String?
    let logger: Logger

    enum Event {
        case message
        case documents
    }

    func notify(_ event: Event, about submission: Submission) async {
        guard !submission.isTest else { return }
        let reference = submission.reference.rawValue
        let path = SiteRoute.staffSubmission(reference: reference).path
        let link = SiteRoute.absolute(path, base: publicBaseURL)
        // Staff have no language of their own yet: their mails use the portal's default language.
        let text = StaffMailText.for(.portalDefault)
        let (subject, body) =
            switch event {
            case .message: (text.caseMessageSubject(reference), text.caseMessageBody(link))
            case .documents: (text.caseDocumentsSubject(reference), text.caseDocumentsBody(link))
            }
        do {
            for user in try await staff.users(of: submission.orgUnitID, role: .caseWorker) {
                guard let address = user.email else { continue }
                try await mail.send(Mail(to: address, subject: subject, body: body))
            }
        } catch {
            logger.error("case worker notice not queued", metadata: ["reference": "\(reference)", "error": "\(String(describing: error))"])
        }
    }
}
