import Foundation
import PortalCore
import PortalViews
import PortalWeb

/// Tells the org unit's functional mailbox that an application arrived: the reference, the
/// service and the link to the case, no personal data — unless the service's channel asks for the
/// receipt PDF to be attached. Delivered once the notice is in the outbox
/// (whose own job sends it and retries); its outbox ID is the delivery's key, so a repeated attempt
/// queues nothing twice.
struct OfficeMailCarrier: HandoverCarrier {
    let kind = HandoverChannel.Kind.officeMail
    let outbox: any Outbox
    let publicBaseURL: String?
    let now: @Sendable () -> Date

    func deliver(_ parcel: HandoverParcel) async throws {
        guard let mailbox = parcel.mailbox, Mail.isPlausibleAddress(mailbox) else { throw HandoverFailure.noMailbox }
        let id = "handover-\(parcel.key)"
        if try await outbox.mail(id: id) != nil { return }
        let text = StaffMailText.for(.portalDefault)
        let document = parcel.document
        let link = SiteRoute.absolute(SiteRoute.staffSubmission(reference: document.reference.rawValue).path, base: publicBaseURL)
        var mail = Mail(
            to: mailbox, subject: (document.isTest ? "[TEST] " : "") + text.arrivalSubject(document.reference.rawValue),
            body: text.arrivalBody(document.reference.rawValue, document.serviceTitle, link))
        if parcel.channel.target == .officeMail(attachReceipt: true) {
            guard let receipt = parcel.receipt else { throw HandoverFailure.receiptMissing }
            mail.body += "\n\n" + text.arrivalReceiptAttached
            mail.attachments = [.init(name: "Eingangsbestaetigung-\(document.reference.rawValue).pdf", mediaType: "application/pdf", data: receipt)]
        }
        try await outbox.add(mail, id: id, job: Job(id: Job.ID(UUID()), kind: .sendMail, payload: id, runAt: now()), at: now())
    }
}
