import Foundation
import Logging
import PortalCore
import PortalViews

/// Mails about the review loop: the department hears that a draft waits for it, the editors hear
/// the outcome. Only staff with an address get one; the in-app lists show the same. A mail that
/// cannot be sent is logged and never undoes the action that caused it.
struct ReviewNotices: Sendable {
    let staff: any StaffStore
    let mail: any MailSender
    let publicBaseURL: String?
    let logger: Logger

    /// Staff have no language of their own yet: their mails use the portal's default language.
    private var text: StaffMailText { .for(.portalDefault) }

    func sentToReview(_ service: Service, by editor: String) async {
        await notify(
            service.orgUnitID, role: .reviewer, subject: text.reviewRequestedSubject(service.title),
            body: text.reviewRequestedBody(editor, service.title, link(SiteRoute.review(slug: service.slug).path)))
    }

    func decided(_ service: Service, approved: Bool, by reviewer: String) async {
        await notify(
            service.orgUnitID, role: .editor,
            subject: approved ? text.approvedSubject(service.title) : text.changesRequestedSubject(service.title),
            body: text.reviewedBody(reviewer, service.title, approved, link(SiteRoute.editorService(slug: service.slug).path + "#pruefung-status")))
    }

    private func notify(_ unit: OrgUnit.ID, role: StaffRole, subject: String, body: String) async {
        do {
            for user in try await staff.users(of: unit, role: role) {
                guard let address = user.email else { continue }
                do {
                    try await mail.send(Mail(to: address, subject: subject, body: body))
                } catch {
                    logger.error("review notice not sent", metadata: ["error": "\(String(describing: error))"])
                }
            }
        } catch {
            logger.error("review notice recipients not read", metadata: ["error": "\(String(describing: error))"])
        }
    }

    private func link(_ path: String) -> String {
        SiteRoute.absolute(path, base: publicBaseURL)
    }
}
