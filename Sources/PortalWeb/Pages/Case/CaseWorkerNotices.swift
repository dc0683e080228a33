import Foundation
import Logging
import PortalCore
import PortalViews

/// Tells whoever works on a case that the applicant wrote or sent the requested documents:
/// reference and a link, nothing of the content. A taken case tells its case worker; a case nobody
/// has taken tells the unit's shared mailbox, or without one every case worker of the unit (those
/// with an address). The inbox marks the same; a mail that cannot be queued is logged and never
/// undoes the applicant's action.
struct CaseWorkerNotices: Sendable {
    let staff: any StaffStore
    let submissions: any SubmissionStore
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
            for address in try await recipients(of: submission) {
                try await mail.send(Mail(to: address, subject: subject, body: body))
            }
        } catch {
            logger.error("case worker notice not queued", metadata: ["reference": "\(reference)", "error": "\(String(describing: error))"])
        }
    }

    func recipients(of submission: Submission) async throws -> [String] {
        if let id = try await submissions.assignee(of: submission.id), let user = try await staff.user(id: id), user.isActive, let address = user.email {
            return [address]
        }
        if let mailbox = try await staff.orgUnit(id: submission.orgUnitID)?.mailbox { return [mailbox] }
        return try await staff.users(of: submission.orgUnitID, role: .caseWorker).compactMap(\.email)
    }
}
