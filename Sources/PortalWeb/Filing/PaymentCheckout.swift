import Foundation
import Logging
import PortalCore
import PortalViews

/// Collecting a service's fee before filing (policy `required`, issue 18, decision 0081): the
/// application waits as a `PendingApplication` while the applicant pays at the platform; it is
/// filed only once the platform itself reports `PAYED`, read server-side by the return page or by
/// the job that polls open payments. A request the platform may have received is only ever
/// repeated with the same `requestId`, and a new payment is made only after the last one ended
/// unpaid, so nothing is charged twice.
struct PaymentCheckout: Sendable {
    let gateway: (any PaymentGateway)?
    let payments: any PaymentStore
    let submissions: any SubmissionStore
    let uploads: any UploadStore
    let forms: PublishedForms
    let intake: SubmissionIntake
    let ids: IDGenerator
    let now: @Sendable () -> Date
    let timeZone: TimeZone
    let publicBaseURL: String?
    let logger: Logger

    /// What the applicant is to pay for these answers online; nil when the service takes no
    /// payment before filing (or a staff test, or nothing to pay).
    static func breakdown(_ form: PublishedForms.Entry, _ answers: Answers) -> FeeBreakdown? {
        guard !form.isTest, let settings = form.service.payment, settings.policy == .required, let fee = form.version.schema.fee else { return nil }
        let breakdown = FeeBreakdown.of(fee, answers: answers, schema: form.version.schema, taxRatePercent: settings.taxRatePercent)
        return breakdown.total.cents > 0 ? breakdown : nil
    }

    /// A payment attempt as the page shows it: the payment and, when the platform gave no
    /// transaction, why.
    struct Attempt: Sendable {
        var payment: Payment
        var failure: PaymentFailure?
    }

    /// The application as it waits: the ID, reference and access code drawn now, the answers as
    /// entered and checked today.
    func pending(_ application: SubmissionIntake.Application, values: [String: [String]], amount: MoneyAmount, draftID: String) -> PendingApplication {
        let moment = now()
        let today = LocalDate(moment, in: timeZone)
        let service = application.form.service
        return PendingApplication(
            id: ids(), reference: intake.references(prefix: service.referencePrefix, year: today.year), serviceID: service.id,
            formVersionID: application.form.version.id, values: values, checkedOn: today, draftID: draftID, language: application.language,
            accountID: application.account, trustLevel: application.account == nil ? nil : application.trustLevel ?? .basic,
            identity: application.account == nil ? nil : application.identity, accessCode: RandomToken.accessCode().value, amount: amount,
            createdAt: moment)
    }

    /// The applicant does not pay: the application stops waiting, a payment that never reached
    /// the platform is closed as cancelled.
    func giveUp(_ pending: PendingApplication, last: Payment) async throws {
        if last.status == .initial {
            try await payments.report(last.id, status: .canceled, method: nil, at: now(), nextCheckAt: nil)
        }
        try await payments.discardPending(id: pending.id)
    }

    /// Keeps the application waiting and asks the platform for its first transaction.
    func begin(_ pending: PendingApplication, form: PublishedForms.Entry, breakdown: FeeBreakdown) async throws -> Attempt {
        let payment = newPayment(for: pending.id, reference: pending.reference, service: form.service, items: Self.items(breakdown))
        try await payments.addPending(pending, payment: payment)
        return await send(payment, service: form.service, language: pending.language)
    }

    /// A new payment after the last one ended unpaid; nil while the last one may still be paid.
    func payAgain(_ pending: PendingApplication) async throws -> Attempt? {
        guard let last = try await payments.payments(of: pending.id).last else { return nil }
        let refreshed = try await refresh(last)
        guard refreshed.status == .canceled || refreshed.status == .failed || isAbandoned(refreshed) else { return nil }
        let (form, answers) = try await application(pending)
        guard let breakdown = Self.breakdown(form, answers) else { return nil }
        let payment = newPayment(for: pending.id, reference: pending.reference, service: form.service, items: Self.items(breakdown))
        try await payments.add(payment)
        return await send(payment, service: form.service, language: pending.language)
    }

    /// The same request once more, for a payment the platform gave no transaction for.
    func sendAgain(_ payment: Payment, _ pending: PendingApplication) async throws -> Attempt {
        guard payment.transactionID == nil, !payment.status.isFinal, let service = try await forms.service(id: payment.serviceID) else {
            return Attempt(payment: payment)
        }
        return await send(payment, service: service, language: pending.language)
    }

    // MARK: Fees the case worker set (policy `deferred`)

    /// The fee still to pay on a filed application: its latest payment unless paid or withdrawn by
    /// the office (a withdrawn request is `CANCELED` without a transaction); nil when nothing is due.
    static func due(_ payments: [Payment]) -> Payment? {
        guard let latest = payments.last, !payments.contains(where: { $0.status == .payed }) else { return nil }
        if latest.status == .canceled && latest.transactionID == nil { return nil }
        return latest
    }

    /// The office asks for a fee: a payment without a transaction yet, made when the applicant pays.
    func request(_ amount: MoneyAmount, for submission: Submission, service: Service) async throws -> Payment {
        let payment = newPayment(
            for: submission.id, reference: submission.reference, service: service,
            items: Self.items(FeeBreakdown(lines: [.init(label: .fee, amount: amount)])))
        try await payments.add(payment)
        return payment
    }

    /// Pays a due fee: the open payment's transaction (asked for with the same request when the
    /// platform has none yet), or a new payment for the same amount after one ended unpaid.
    func payDue(_ due: Payment) async throws -> Attempt {
        guard let service = try await forms.service(id: due.serviceID) else { throw NotFound("service") }
        var payment = try await refresh(due)
        if payment.status == .payed || (payment.status == .initial && payment.transactionID != nil && !isAbandoned(payment)) {
            return Attempt(payment: payment)
        }
        if payment.status.isFinal || isAbandoned(payment), let submission = payment.submissionID, let reference = payment.reference.flatMap(Reference.init) {
            payment = newPayment(for: submission, reference: reference, service: service, items: payment.items)
            try await payments.add(payment)
        }
        return await send(payment, service: service, language: .portalDefault)
    }

    /// An open payment nobody paid within the checking period: the platform forgot it.
    func isAbandoned(_ payment: Payment) -> Bool {
        payment.status == .initial && now().timeIntervalSince(payment.createdAt) > Payment.checkingPeriod
    }

    /// The fee's lines as the payment keeps them: in the portal's language, for the Kasse's records.
    static func items(_ breakdown: FeeBreakdown) -> [Payment.Item] {
        let text = PaymentText.for(.portalDefault)
        return breakdown.lines.map { Payment.Item(description: text.label($0.label), amount: $0.amount) }
    }

    /// A new payment (its own request) for an application, with the service's purpose and booking
    /// data as they are now; the amount is the sum of its lines.
    private func newPayment(for application: Submission.ID, reference: Reference, service: Service, items: [Payment.Item]) -> Payment {
        let id: Payment.ID = ids()
        let settings = service.payment ?? ServicePayment(policy: .none)
        return Payment(
            id: id, requestID: id.description, serviceID: service.id, submissionID: application,
            amount: items.reduce(.zero) { $0 + $1.amount },
            purpose: PaymentPurpose.text(template: settings.purposeTemplate, reference: reference.rawValue, service: service.title),
            createdAt: now(), reference: reference.rawValue, bookingData: settings.bookingDictionary, items: items)
    }

    /// Asks the platform for the payment's transaction: one item per kept line.
    private func send(_ payment: Payment, service: Service, language: Language) async -> Attempt {
        guard let gateway else { return Attempt(payment: payment, failure: .unreachable("no payment platform")) }
        let settings = service.payment ?? ServicePayment(policy: .none)
        let items = payment.items.enumerated().map { index, item in
            PaymentOrder.Item(
                id: "\(index + 1)", reference: payment.reference ?? "", description: String(item.description.prefix(250)),
                taxRatePercent: settings.taxRatePercent, singleGross: item.amount, bookingData: payment.bookingData)
        }
        let order = PaymentOrder(
            requestID: payment.requestID, purpose: payment.purpose, description: String(service.title(language).prefix(250)),
            redirectURL: SiteRoute.absolute(SiteRoute.payment(id: payment.id.description).path, base: publicBaseURL), items: items)
        do {
            let transaction = try await gateway.create(order, originator: settings.originatorID, endpoint: settings.endpointID)
            let moment = now()
            try await payments.attach(
                payment.id, transactionID: transaction.id, payPageURL: transaction.payPageURL, at: moment,
                nextCheckAt: Payment.nextCheck(createdAt: payment.createdAt, after: moment))
            let reported =
                transaction.status.isFinal
                ? try await payments.report(payment.id, status: transaction.status, method: transaction.method, at: moment, nextCheckAt: nil)
                : try await payments.payment(id: payment.id)
            return Attempt(payment: reported ?? payment)
        } catch let failure as PaymentFailure {
            logger.warning("payment platform gave no transaction", metadata: ["payment": "\(payment.id)", "failure": "\(Self.describe(failure))"])
            return Attempt(payment: payment, failure: failure)
        } catch {
            logger.error("payment not recorded", metadata: ["payment": "\(payment.id)", "error": "\(error)"])
            return Attempt(payment: payment, failure: .unreachable("store"))
        }
    }

    /// The platform's status of an open payment, recorded; a payment the platform cannot be asked
    /// about now is asked again at its next check.
    func refresh(_ payment: Payment) async throws -> Payment {
        guard let gateway, let transactionID = payment.transactionID, !payment.status.isFinal else { return payment }
        let settings = try await serviceSettings(payment.serviceID)
        let moment = now()
        let next = Payment.nextCheck(createdAt: payment.createdAt, after: moment)
        do {
            let transaction = try await gateway.transaction(transactionID, originator: settings?.originatorID, endpoint: settings?.endpointID)
            return try await payments.report(payment.id, status: transaction.status, method: transaction.method, at: moment, nextCheckAt: next)
        } catch let failure as PaymentFailure {
            logger.warning("payment status not read", metadata: ["payment": "\(payment.id)", "failure": "\(Self.describe(failure))"])
            return try await payments.report(payment.id, status: .initial, method: nil, at: moment, nextCheckAt: next)
        }
    }

    /// Files the application a paid payment was for, once; nil when there is nothing (more) to file.
    func fileIfPaid(_ payment: Payment) async throws -> SubmissionIntake.Filed? {
        guard payment.status == .payed, let id = payment.submissionID, let pending = try await payments.pendingApplication(id: id) else { return nil }
        if try await submissions.submission(id: id) != nil { return nil }
        let (form, answers) = try await application(pending)
        var application = SubmissionIntake.Application(answers: answers, form: form, language: pending.language)
        (application.account, application.trustLevel, application.identity) = (pending.accountID, pending.trustLevel, pending.identity)
        application.draftID = pending.draftID
        application.attachments = answers.uploadedFileIDs
        application.paid = pending
        do {
            return try await intake.file(application)
        } catch {
            // The return page and the polling job may file at the same moment: the other one did.
            if try await submissions.submission(id: id) != nil { return nil }
            throw error
        }
    }

    /// Asks the platform about every open payment that is due, and files what was paid; also
    /// files what was paid but not yet filed (a crash between the two). For the housekeeping.
    func checkDue(limit: Int = 100, everyOpen: Bool = false) async throws -> Int {
        var done = 0
        for payment in try await payments.due(at: everyOpen ? .distantFuture : now(), limit: limit) {
            let refreshed = try await refresh(payment)
            if refreshed.status.isFinal { done += 1 }
            do {
                _ = try await fileIfPaid(refreshed)
            } catch {
                logger.error("paid application not filed", metadata: ["payment": "\(payment.id)", "error": "\(error)"])
            }
        }
        for payment in try await payments.paidWaiting(limit: limit) {
            do {
                if try await fileIfPaid(payment) != nil { done += 1 }
            } catch {
                logger.error("paid application not filed", metadata: ["payment": "\(payment.id)", "error": "\(error)"])
            }
        }
        return done
    }

    /// The form and the answers of a pending application, checked again exactly as on the day
    /// they were checked (same form version, same uploads), so they give the same result.
    func application(_ pending: PendingApplication) async throws -> (PublishedForms.Entry, Answers) {
        guard let form = try await forms.entry(service: pending.serviceID, version: pending.formVersionID) else { throw NotFound("service") }
        let files = form.hasFileFields ? try await uploads.files(owner: pending.draftID) : []
        let validator = SubmissionValidator(
            schema: form.version.schema, today: pending.checkedOn, files: Dictionary(files.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
        switch validator.validate(form: pending.values) {
        case .success(let answers): return (form, answers)
        case .failure(let failure): throw failure
        }
    }

    private func serviceSettings(_ id: Service.ID) async throws -> ServicePayment? {
        try await forms.service(id: id)?.payment
    }

    /// A failure as it may be logged: codes and statuses, never the platform's free text.
    static func describe(_ failure: PaymentFailure) -> String {
        switch failure {
        case .problem(let problem): "problem \(problem.status) \(problem.functionalCode ?? "-")"
        case .unauthorized: "unauthorized"
        case .unreachable: "unreachable"
        case .unexpected(let status): "unexpected \(status)"
        }
    }
}
