import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// A fee the case worker sets after filing (policy `deferred`, issue 18): asked for on the case
/// page, announced in the mailbox, paid by the applicant from the case page; an open request the
/// applicant has not started paying can be withdrawn.
extension BackOfficeController {
    /// The panel, for services whose fee is paid later and while a platform is set up.
    func paymentRequestPanel(
        _ submission: Submission, payments: [Payment], status: CaseStatus, csrfToken: String, entered: (amount: String, error: String)?
    ) async throws -> PaymentRequestPanel? {
        guard checkout.gateway != nil, !submission.isTest, !status.isFinal,
            try await catalog.service(id: submission.serviceID)?.payment?.policy == .deferred
        else { return nil }
        let due = PaymentCheckout.due(payments)
        let paid = payments.contains { $0.status == .payed }
        var panel = PaymentRequestPanel(
            action: SiteRoute.staffPaymentRequest(reference: submission.reference.rawValue).path, csrfToken: csrfToken,
            canRequest: due == nil && !paid, canWithdraw: due.map { $0.status == .initial && $0.transactionID == nil } ?? false)
        if let entered {
            panel.amount = entered.amount
            panel.error = entered.error
        }
        return panel
    }

    @Sendable func requestPayment(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in
            let submission = try await visibleSubmission(context, user)
            let language = frame.language(request)
            let text = PaymentText.for(language)
            let page = SiteRoute.staffSubmission(reference: submission.reference.rawValue).path
            let form = context.form ?? FormValues()
            guard let action = try form.action(PaymentRequestAction.self) else { throw PageError(.unknownAction) }
            guard let service = try await catalog.service(id: submission.serviceID), service.payment?.policy == .deferred, checkout.gateway != nil,
                !submission.isTest, let caseFile = try await submissions.caseFile(of: submission.id), !caseFile.status.isFinal
            else { throw PageError(.conflict(text.notDeferred, link: (submission.reference.rawValue, page))) }
            let payments = try await self.payments.payments(of: submission.id)
            let due = PaymentCheckout.due(payments)
            switch action {
            case .request:
                guard due == nil, !payments.contains(where: { $0.status == .payed }) else {
                    throw PageError(.conflict(text.alreadyRequested, link: (submission.reference.rawValue, page)))
                }
                let typed = form.text("betrag", max: 30)
                guard let euros = GermanFormat.parseNumber(typed), euros >= Decimal(string: "0.01")!, euros <= 100_000,
                    MoneyAmount(euros: euros).euros == euros
                else {
                    return try await render(
                        submission, user: user, error: nil, request, context, status: .unprocessableContent,
                        paymentRequest: (typed, text.amountInvalid))
                }
                let amount = MoneyAmount(euros: euros)
                _ = try await checkout.request(amount, for: submission, service: service)
                // The applicant learns of it in the mailbox, in the portal's language, and by mail.
                try await mailbox.add(
                    CaseMessage(
                        id: ids(), submissionID: submission.id, fromApplicant: false, author: user.displayName,
                        body: PaymentText.for(.portalDefault).requestMessage(GermanFormat.money(amount.euros)), sentAt: now(), attachments: []),
                    auditActor: "staff:\(user.username)")
                await tellApplicant(submission) { words, reference, service, link in
                    (words.messageMailSubject(reference), words.messageMailBody(reference, service, link))
                }
                context.flash(text.requested)
            case .withdraw:
                guard let due, due.status == .initial, due.transactionID == nil else {
                    throw PageError(.conflict(text.cannotWithdraw, link: (submission.reference.rawValue, page)))
                }
                try await self.payments.report(due.id, status: .canceled, method: nil, at: now(), nextCheckAt: nil)
                context.flash(text.requestWithdrawn)
            }
            return PageFrame.redirect(page + "#zahlung")
        }
    }
}
