import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The check page's "Weiter zur Bezahlung" and the page the platform sends the applicant back to
/// (`/bezahlung/{payment}`). Whatever the return address says, the status is read from the
/// platform here. The applicant's own browser (the session that began it) gets the buttons and,
/// once paid, the confirmation; any other browser only the payment's state.
struct PaymentController: Sendable {
    let checkout: PaymentCheckout
    let payments: any PaymentStore
    let submissions: any SubmissionStore
    let frame: PageFrame
    let now: @Sendable () -> Date
    let browserSessions: BrowserSessions

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.payment(id: "").pattern, use: show)
        router.post(SiteRoute.payment(id: "").pattern, use: act)
    }

    /// Keeps the application waiting and sends the applicant on to pay (from the check page's post).
    func begin(
        _ application: SubmissionIntake.Application, values: [String: [String]], breakdown: FeeBreakdown, session: inout PortalSession,
        _ context: PortalRequestContext
    ) async throws -> Response {
        let slug = application.form.service.slug
        guard let draftID = application.draftID else { throw PageError(.forbidden) }
        let pending = checkout.pending(application, values: values, amount: breakdown.total, draftID: draftID)
        let attempt: PaymentCheckout.Attempt
        do {
            attempt = try await checkout.begin(pending, form: application.form, breakdown: breakdown)
        } catch is DuplicatePaymentRequest {
            // "Weiter zur Bezahlung" twice: the first press made the payment.
            guard let waiting = try await payments.pendingApplication(draftID: draftID),
                let last = try await payments.payments(of: waiting.id).last
            else { return PageFrame.redirect(.formCheck(slug: slug)) }
            session.awaitingPayments = (session.awaitingPayments ?? [:]).merging([slug: Self.awaiting(slug, waiting, last)]) { $1 }
            browserSessions.save(session, context)
            return PageFrame.redirect(.payment(id: last.id.description))
        }
        var awaiting = Self.awaiting(slug, pending, attempt.payment)
        awaiting.refusal = Self.refusal(attempt.failure)
        session.awaitingPayments = (session.awaitingPayments ?? [:]).merging([slug: awaiting]) { $1 }
        browserSessions.extend(&session)
        browserSessions.save(session, context)
        return PageFrame.redirect(.payment(id: attempt.payment.id.description))
    }

    static func awaiting(_ slug: String, _ pending: PendingApplication, _ payment: Payment) -> PortalSession.AwaitingPayment {
        PortalSession.AwaitingPayment(
            serviceSlug: slug, applicationID: pending.id.description, paymentID: payment.id.description, reference: pending.reference.rawValue,
            accessCode: pending.accessCode, cents: pending.amount.cents)
    }

    /// The functional code of a refusal, for the page; nil when the platform may simply not have answered.
    static func refusal(_ failure: PaymentFailure?) -> String? {
        if case .problem(let problem)? = failure { return problem.functionalCode ?? "HTTP \(problem.status)" }
        if case .unauthorized? = failure { return "UNAUTHORIZED" }
        return nil
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let payment = try await payment(context)
        var session = context.sessions.session
        let owned = session.flatMap { Self.awaitingEntry($0, for: payment) }
        var current = try await checkout.refresh(payment)
        var filed: SubmissionIntake.Filed?
        if current.status == .payed {
            do {
                filed = try await checkout.fileIfPaid(current)
            } catch {
                // The job files it on its next round; the applicant's money is not lost.
                checkout.logger.error("paid application not filed", metadata: ["payment": "\(payment.id)", "error": "\(error)"])
            }
        }
        if let owned, var live = session {
            if let id = current.submissionID, let submission = try await submissions.submission(id: id) {
                // Filed (here or by the job): the confirmation, with the access code drawn before paying.
                live.drafts[owned.serviceSlug] = nil
                live.awaitingPayments?[owned.serviceSlug] = nil
                live.lastConfirmation = .init(
                    serviceSlug: owned.serviceSlug, reference: submission.reference.rawValue, receivedAt: submission.receivedAt,
                    accessCode: owned.accessCode)
                live.lastConfirmation?.paidCents = current.status == .payed ? current.amount.cents : nil
                // Filed just now: the confirmation knows what became of the acknowledgement mail.
                if let filed {
                    live.lastConfirmation?.acknowledgementMailed = filed.acknowledgement == .mailed
                    live.lastConfirmation?.acknowledgementRefused = filed.acknowledgement == .refused
                }
                browserSessions.save(live, context)
                return PageFrame.redirect(.formReceived(slug: owned.serviceSlug))
            }
            session = live
            // A newer payment for the same application is the one to look at.
            if owned.paymentID != current.id.description, let newer = Payment.ID(string: owned.paymentID),
                let latest = try await payments.payment(id: newer)
            {
                current = latest
            }
        }
        // A fee paid after filing (policy `deferred`): the browser that may open the case.
        let casePath = owned == nil ? try await casePath(session, current) : nil
        return try await render(current, owned: owned, casePath: casePath, request, context)
    }

    /// The case page of the application a paid-later fee is for, when this session may open it
    /// (its account, or reference and access code typed in this session).
    private func casePath(_ session: PortalSession?, _ payment: Payment) async throws -> String? {
        guard let session, let id = payment.submissionID, let submission = try await submissions.submission(id: id) else { return nil }
        if let account = session.accountID, submission.accountID == account { return SiteRoute.accountCase(reference: submission.reference.rawValue).path }
        if session.caseAccess?.contains(submission.reference.rawValue) == true { return SiteRoute.caseStatus(reference: submission.reference.rawValue).path }
        return nil
    }

    @Sendable func act(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let payment = try await payment(context)
        guard var session = context.sessions.session, let owned = Self.awaitingEntry(session, for: payment) else { throw PageError(.forbidden) }
        let action = try (context.form ?? FormValues()).action(PaymentAction.self)
        guard let action else { throw PageError(.unknownAction) }
        guard let applicationID = payment.submissionID, let pending = try await payments.pendingApplication(id: applicationID) else {
            // Filed meanwhile, or given up in another tab: the page says which.
            return PageFrame.redirect(.payment(id: payment.id.description))
        }
        let text = PaymentText.for(frame.language(request))
        switch action {
        case .payAgain:
            guard let attempt = try await checkout.payAgain(pending) else {
                context.flash(text.stillOpenAfterRetry)
                return PageFrame.redirect(.payment(id: owned.paymentID))
            }
            var awaiting = owned
            awaiting.paymentID = attempt.payment.id.description
            awaiting.refusal = Self.refusal(attempt.failure)
            session.awaitingPayments?[owned.serviceSlug] = awaiting
            browserSessions.save(session, context)
            return PageFrame.redirect(.payment(id: attempt.payment.id.description))
        case .sendAgain:
            let attempt = try await checkout.sendAgain(payment, pending)
            session.awaitingPayments?[owned.serviceSlug]?.refusal = Self.refusal(attempt.failure)
            browserSessions.save(session, context)
            return PageFrame.redirect(.payment(id: payment.id.description))
        case .giveUp:
            let latest = try await checkout.refresh(try await payments.payments(of: pending.id).last ?? payment)
            // While the last payment may still be paid, the application keeps waiting for it.
            if latest.status == .payed || (latest.status == .initial && latest.transactionID != nil && !checkout.isAbandoned(latest)) {
                return PageFrame.redirect(.payment(id: latest.id.description))
            }
            try await checkout.giveUp(pending, last: latest)
            session.awaitingPayments?[owned.serviceSlug] = nil
            session.flash = text.gaveUp
            browserSessions.save(session, context)
            return PageFrame.redirect(.formCheck(slug: owned.serviceSlug))
        }
    }

    private func render(
        _ payment: Payment, owned: PortalSession.AwaitingPayment?, casePath: String? = nil, _ request: Request, _ context: PortalRequestContext
    ) async throws -> Response {
        let language = frame.language(request)
        let text = PaymentText.for(language)
        let service = try await checkout.forms.service(id: payment.serviceID)
        let state: PaymentPage.State
        switch payment.status {
        case .payed: state = casePath == nil ? .paid : .paidFee
        case .canceled: state = casePath == nil ? .canceled : .feeUnpaid
        case .failed: state = casePath == nil ? .failed : .feeUnpaid
        case .initial:
            if let url = payment.payPageURL, payment.transactionID != nil {
                state = .open(payURL: url)
            } else {
                state = .notSent(code: owned?.refusal)
            }
        }
        let shell = frame.shell(request, context: context, title: text.pageTitle, serviceTitle: service?.title(language), now: now())
        let seesDetails = owned != nil || casePath != nil
        var model = PaymentPage.Model(
            shell: shell, serviceTitle: service?.title(language) ?? "", amount: GermanFormat.money(payment.amount.euros),
            reference: seesDetails ? payment.reference : nil, purpose: seesDetails ? payment.purpose : nil, state: state, isOwner: owned != nil,
            action: SiteRoute.payment(id: payment.id.description).path, checkPath: SiteRoute.payment(id: payment.id.description).path,
            csrfToken: context.sessions.session?.csrfToken ?? "", isTest: checkout.gateway?.isTest ?? false)
        model.casePath = casePath
        return PageFrame.response(PaymentPage.render(model))
    }

    private func payment(_ context: PortalRequestContext) async throws -> Payment {
        guard let id = context.parameters.get("id").flatMap(Payment.ID.init(string:)), let payment = try await payments.payment(id: id) else {
            throw PageError(.notFound)
        }
        return payment
    }

    /// The session's waiting application this payment belongs to, if the session began it.
    static func awaitingEntry(_ session: PortalSession, for payment: Payment) -> PortalSession.AwaitingPayment? {
        guard let application = payment.submissionID?.description else { return nil }
        return session.awaitingPayments?.values.first { $0.applicationID == application }
    }
}
