import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The applicant's page of one case (status, timeline, what happens next), the same whether they
/// came through their account or with reference and access code.
struct ApplicantCase: Sendable {
    let catalog: any CatalogStore
    let submissions: any SubmissionStore
    let payments: any PaymentStore
    /// Fees the case worker set (policy `deferred`) are paid from the case page.
    let checkout: PaymentCheckout
    let receipts: any ReceiptStore
    let mailbox: any MailboxStore
    let decisions: any DecisionStore
    let documentRequests: any DocumentRequestStore
    let uploads: UploadIntake
    let notices: CaseWorkerNotices
    let ids: IDGenerator
    let frame: PageFrame
    let now: @Sendable () -> Date
    /// The receiving authority's answer when the case went there through FIT-Connect.
    var fitConnect: (any FITConnectStore)? = nil

    /// One way in to the applicant's case pages (their account, or reference and access code):
    /// its routes, and where someone without access is sent.
    struct Routes: Sendable {
        var back: SiteRoute
        var elsewhere: SiteRoute
        var page: @Sendable (String) -> SiteRoute
        var receipt: @Sendable (String) -> SiteRoute
        var messages: @Sendable (String) -> SiteRoute
        var withdraw: @Sendable (String) -> SiteRoute
        var pay: @Sendable (String) -> SiteRoute
        var decision: @Sendable (String) -> SiteRoute
        var documents: @Sendable (String) -> SiteRoute
        var file: @Sendable (String, String) -> SiteRoute
    }

    /// The links of one case under one way in.
    struct Paths {
        var back: String
        var page: String
        var receipt: String
        var messages: String
        var withdraw: String
        var pay: String
        var decision: String
        var documents: String
        /// A file of the case, by its ID.
        var file: @Sendable (String) -> String

        init(_ routes: Routes, _ reference: String) {
            back = routes.back.path
            page = routes.page(reference).path
            receipt = routes.receipt(reference).path
            messages = routes.messages(reference).path
            withdraw = routes.withdraw(reference).path
            pay = routes.pay(reference).path
            decision = routes.decision(reference).path
            documents = routes.documents(reference).path
            file = { routes.file(reference, $0).path }
        }
    }

    /// Registers the case pages of one way in: `find` gives the case the request may see, nil for
    /// "go to `elsewhere`", or throws "not found" for a case that is someone else's.
    /// `find` gives the case this way in may open (nil sends the browser `elsewhere`); `gate`, when
    /// it answers, stands in for every page and file of the case (a sign-in at a higher level).
    func register(
        on router: Router<PortalRequestContext>, routes: Routes,
        gate: @escaping @Sendable (Submission, Paths, Request, PortalRequestContext) async throws -> Response? = { _, _, _, _ in nil },
        find: @escaping @Sendable (PortalRequestContext) async throws -> Submission?
    ) {
        typealias Action = @Sendable (Submission, Paths, Request, PortalRequestContext) async throws -> Response
        func handle(_ action: @escaping Action) -> @Sendable (Request, PortalRequestContext) async throws -> Response {
            { request, context in
                guard let submission = try await find(context) else { return PageFrame.redirect(routes.elsewhere) }
                let paths = Paths(routes, submission.reference.rawValue)
                if let page = try await gate(submission, paths, request, context) { return page }
                return try await action(submission, paths, request, context)
            }
        }
        router.get(routes.page("").pattern, use: handle { try await render($0, paths: $1, $2, $3) })
        router.get(routes.receipt("").pattern, use: handle { submission, _, _, _ in try await receipt(submission) })
        router.post(routes.messages("").pattern, use: handle { try await postMessage($0, paths: $1, $2, $3) })
        router.post(routes.withdraw("").pattern, use: handle { try await withdraw($0, paths: $1, $2, $3) })
        router.post(routes.pay("").pattern, use: handle { try await pay($0, paths: $1, $2, $3) })
        router.get(routes.decision("").pattern, use: handle { submission, paths, _, _ in try await decision(submission, paths: paths) })
        router.post(routes.decision("").pattern, use: handle { submission, paths, _, _ in try await fetchDecision(submission, paths: paths) })
        router.post(routes.documents("").pattern, use: handle { try await uploadDocuments($0, paths: $1, $2, $3) })
        router.get(routes.file("", "").pattern, use: handle { submission, _, _, context in try await file(submission, context) })
    }

    /// Every file of a case: the form's answers, uploads on request, message attachments and, with
    /// `includingDecision`, the decision. Applicants fetch the decision through its own route, which
    /// records the retrieval, so their file route leaves it out.
    func caseFiles(_ submission: Submission, includingDecision: Bool) async throws -> [UploadedFile.ID: UploadedFile] {
        var files: [UploadedFile.ID: UploadedFile] = [:]
        for message in try await mailbox.messages(of: submission.id) { for file in message.attachments { files[file.id] = file } }
        for request in try await documentRequests.requests(of: submission.id) { for delivery in request.deliveries { files[delivery.file.id] = delivery.file } }
        for id in BackOfficeController.fileIDs(in: submission.answers) {
            if let stored = try await uploads.store.file(id: id), stored.submissionID == nil || stored.submissionID == submission.id { files[id] = stored.file }
        }
        if includingDecision, let decision = try await decisions.decision(of: submission.id) { files[decision.file.id] = decision.file }
        return files
    }

    func file(_ submission: Submission, _ context: PortalRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(UploadedFile.ID.init(string:)),
            let file = try await caseFiles(submission, includingDecision: false)[id]
        else { throw PageError(.notFound) }
        return uploads.download(file)
    }

    func render(
        _ submission: Submission, paths: Paths, _ request: Request, _ context: PortalRequestContext,
        messageError: String? = nil, entered: String = "", withdrawError: String? = nil, requestErrors: [String: String] = [:],
        keptOthers: Bool = false, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let caseFile = try await submissions.caseFile(of: submission.id) else { throw PageError(.notFound) }
        let language = frame.language(request)
        let service = try await catalog.service(id: submission.serviceID)
        let requests = try await documentRequests.requests(of: submission.id)
        let awaitingDocuments = requests.contains { $0.fulfilledAt == nil }
        let timeline =
            [CaseStatusPage.Entry(at: frame.dateTime(submission.receivedAt), status: CaseStatus.received.applicantLabel(language))]
            + caseFile.history.map { CaseStatusPage.Entry(at: frame.dateTime($0.at), status: $0.to.applicantLabel(language)) }
        let reference = submission.reference.rawValue
        let isOpen = !caseFile.status.isFinal
        let shell = frame.shell(
            request, context: context, title: reference, serviceTitle: service?.title,
            hasErrors: messageError != nil || withdrawError != nil || !requestErrors.isEmpty, now: now())
        var model = CaseStatusPage.Model(
            shell: shell, reference: reference, serviceTitle: service.map { $0.title(language) } ?? "",
            status: caseFile.status.applicantLabel(language, awaitingDocuments: awaitingDocuments),
            timeline: timeline, nextSteps: caseFile.status.nextSteps(language),
            processingTime: isOpen && caseFile.status != .decided ? service.flatMap { $0.processingTime.isEmpty ? nil : $0.processingTime } : nil,
            backPath: paths.back
        )
        if paths.back == SiteRoute.caseLookup.path { model.backLabel = AccountText.for(language).followAnotherCase }
        let payments = try await self.payments.payments(of: submission.id)
        model.payment = (payments.last { $0.status == .payed } ?? payments.last).map {
            PaymentText.for(language).line($0, dateTime: frame.dateTime)
        }
        if let due = PaymentCheckout.due(payments) {
            model.paymentDue = .init(
                amount: GermanFormat.money(due.amount.euros), action: paths.pay, again: due.status.isFinal,
                csrfToken: context.sessions.session?.csrfToken ?? "")
        }
        if let fitConnect, let decided = try await fitConnect.transfers(of: submission.id).first(where: { $0.state.isDecided }) {
            let words = HandoverText.for(language)
            let date = frame.dateTime(decided.decidedAt ?? decided.createdAt)
            var reason: String?
            if decided.state == .rejected {
                let problems = try await fitConnect.events(of: submission.id).filter { $0.event.kind == .rejectSubmission }.flatMap(\.event.problems)
                reason = problems.isEmpty ? nil : problems.joined(separator: "; ")
            }
            model.authority = (
                decided.state == .accepted ? words.authorityAccepted(date) : words.authorityRejected(date), reason.map { (words.authorityReason, $0) }
            )
        }
        // The receipt is made by a job a moment after submitting; until then the page says so.
        model.receiptPath = try await receipts.hasReceipt(of: submission.id) ? paths.receipt : nil
        let text = AccountText.for(language)
        let messages = try await mailbox.messages(of: submission.id)
        var thread = MailboxThread(
            messages: messages.map { message in
                .init(
                    author: message.fromApplicant ? (AccountText.for(language).you) : message.author, sentAt: frame.dateTime(message.sentAt),
                    body: message.body, isNew: !message.fromApplicant && message.readAt == nil,
                    files: message.attachments.map { ($0.german, paths.file($0.id.description)) })
            },
            action: isOpen ? paths.messages : nil, csrfToken: context.sessions.session?.csrfToken ?? "", label: text.mailboxLabel, error: messageError
        )
        thread.entered = entered
        model.mailbox = thread
        model.csrfToken = context.sessions.session?.csrfToken ?? ""
        model.withdrawAction = caseFile.status.canBeWithdrawn ? paths.withdraw : nil
        model.withdrawError = withdrawError
        if caseFile.status == .waitingForApplicant, let open = requests.first(where: { $0.fulfilledAt == nil }) {
            var shown = CaseStatusPage.OpenRequest(
                deadline: open.deadline.german,
                items: open.documents.enumerated().map { index, document in
                    let field = "unterlage-\(index)"
                    return .init(
                        document: document, field: field, received: open.delivery(of: document).map { ($0.file.name, paths.file($0.file.id.description)) },
                        error: requestErrors[field])
                }, action: paths.documents)
            shown.keptNote = keptOthers
            model.openRequest = shown
        }
        model.sentDocuments = requests.filter { $0.fulfilledAt != nil }.reversed().flatMap { answered in
            answered.deliveries.map { delivery in
                CaseStatusPage.SentDocument(
                    document: delivery.document, name: delivery.file.name, path: paths.file(delivery.file.id.description),
                    sentOn: frame.date(answered.fulfilledAt ?? answered.requestedAt))
            }
        }
        if let decision = try await decisions.decision(of: submission.id) {
            model.decision = (decision.outcome.label(language), frame.dateTime(decision.deliveredAt), paths.decision, decision.firstRetrievedAt != nil)
            model.redress = service.flatMap { $0.redress.isEmpty ? nil : $0.redress }
        }
        if messages.contains(where: { !$0.fromApplicant && $0.readAt == nil }) {
            try await mailbox.markRead(of: submission.id, byApplicant: true, at: now())
        }
        return PageFrame.response(CaseStatusPage.render(model), status: status)
    }

    /// The slot of one requested document: one file, PDF or image, up to 10 MB.
    static let documentField = FormField(
        key: "unterlage", kind: .file, label: "Unterlage", isRequired: true,
        constraints: .init(maxFileBytes: 10 * 1024 * 1024, maxFiles: 1))

    /// The applicant uploads requested documents, each on its own and at any time; the request is
    /// answered when every document is there or the applicant finishes it, and the case goes back
    /// to the office. Files that pass are kept even when another slot fails, so nothing chosen is
    /// lost to someone else's error. A request answered once takes nothing more.
    func uploadDocuments(_ submission: Submission, paths: Paths, _ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let language = frame.language(request)
        let text = AccountText.for(language)
        let isOpen = try await submissions.caseFile(of: submission.id).map { !$0.status.isFinal } ?? false
        guard isOpen, let open = try await documentRequests.requests(of: submission.id).first(where: { $0.fulfilledAt == nil }) else {
            throw PageError(
                .conflict(
                    AccountText.for(language).noDocumentsAreStillRequested,
                    link: (submission.reference.rawValue, paths.page)))
        }
        let finish = try context.form?.action(DocumentsAction.self) == .finish
        let owner = "nachforderung-\(open.id)"
        var deliveries: [DocumentRequest.Delivery] = []
        var errors: [String: String] = [:]
        for (index, document) in open.documents.enumerated() {
            let field = "unterlage-\(index)"
            guard let incoming = context.files.first(where: { $0.field == field && $0.size > 0 }) else { continue }
            switch await uploads.accept(incoming, for: Self.documentField, owner: owner) {
            case .success(let file): deliveries.append(.init(document: document, file: file))
            case .failure(let problem): errors[field] = "\(document): " + problem.message(label: document, language: language)
            }
        }
        if deliveries.isEmpty && errors.isEmpty && !finish {
            return try await render(
                submission, paths: paths, request, context,
                requestErrors: ["unterlage-\(open.documents.firstIndex(of: open.pending.first ?? "") ?? 0)": text.documentsChooseOne],
                status: .unprocessableContent)
        }
        var stored = open
        do {
            if !deliveries.isEmpty { try await uploads.store.attach(deliveries.map(\.file.id), owner: owner, to: submission.id) }
            if !deliveries.isEmpty || (finish && errors.isEmpty) {
                stored = try await documentRequests.deliver(open.id, deliveries: deliveries, finish: finish && errors.isEmpty, at: now())
            }
        } catch is RequestAlreadyFulfilled {
            throw PageError(
                .conflict(
                    AccountText.for(language).theseDocumentsHaveArrivedAlready,
                    link: (submission.reference.rawValue, paths.page)))
        }
        if !errors.isEmpty {
            return try await render(
                submission, paths: paths, request, context, requestErrors: errors, keptOthers: !deliveries.isEmpty, status: .unprocessableContent)
        }
        if stored.fulfilledAt != nil { await notices.notify(.documents, about: submission) }
        context.flash(stored.fulfilledAt != nil ? text.documentsDone : text.documentsPartial(deliveries.map(\.document), stored.pending))
        return PageFrame.redirect(paths.page + (stored.fulfilledAt != nil ? "" : "#unterlagen"))
    }

    /// The decision as a download, once it has been fetched; before that the case page with its button.
    func decision(_ submission: Submission, paths: Paths) async throws -> Response {
        guard let decision = try await decisions.decision(of: submission.id) else { throw PageError(.notFound) }
        guard decision.firstRetrievedAt != nil else { return PageFrame.redirect(paths.page + "#bescheid") }
        // Saved under a name the applicant finds again among their downloads, not the office's file name.
        var file = decision.file
        file.name = "Bescheid-\(submission.reference.rawValue)" + (file.mediaType == "application/pdf" ? ".pdf" : "")
        return uploads.download(file)
    }

    /// The first retrieval has a legal effect (delivery), so it is a POST from the case page with its
    /// CSRF token, never a GET another site could make the browser send. Recorded once.
    func fetchDecision(_ submission: Submission, paths: Paths) async throws -> Response {
        guard try await decisions.decision(of: submission.id) != nil else { throw PageError(.notFound) }
        try await decisions.recordRetrieval(of: submission.id, at: now())
        return PageFrame.redirect(paths.decision)
    }

    /// The applicant withdraws the application, confirmed by a checkbox, before it is decided.
    func withdraw(_ submission: Submission, paths: Paths, _ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let text = AccountText.for(frame.language(request))
        guard context.form?.first("bestaetigt") == "true" else {
            return try await render(submission, paths: paths, request, context, withdrawError: text.withdrawMissing, status: .unprocessableContent)
        }
        do {
            _ = try await submissions.changeStatus(of: submission.id, to: .withdrawn, by: CaseNote.applicantActor, note: nil, at: now())
        } catch let error as CaseTransitionError {
            throw PageError(.conflict(error.message(frame.language(request)), link: (submission.reference.rawValue, paths.page)))
        }
        context.flash(text.withdrawDone)
        return PageFrame.redirect(paths.page)
    }

    /// A message from the applicant to the office, while the case is open.
    /// "Jetzt bezahlen" for a fee the case worker set: the open payment's transaction (made now
    /// if the platform has none yet, with the same request), or a new payment after one ended unpaid.
    func pay(_ submission: Submission, paths: Paths, _ request: Request, _ context: PortalRequestContext) async throws -> Response {
        guard let due = PaymentCheckout.due(try await payments.payments(of: submission.id)) else { return PageFrame.redirect(paths.page) }
        let attempt = try await checkout.payDue(due)
        if attempt.failure != nil {
            context.flash(PaymentText.for(frame.language(request)).notSent)
            return PageFrame.redirect(paths.page)
        }
        return PageFrame.redirect(.payment(id: attempt.payment.id.description))
    }

    func postMessage(_ submission: Submission, paths: Paths, _ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let body = String((context.form?.first("nachricht") ?? "").prefix(20_000))
        guard let caseFile = try await submissions.caseFile(of: submission.id) else { throw PageError(.notFound) }
        let text = AccountText.for(frame.language(request))
        guard !caseFile.status.isFinal else {
            throw PageError(.conflict(text.mailboxClosed, link: (submission.reference.rawValue, paths.page)))
        }
        if let problem = CaseMessage.problem(body) {
            return try await render(
                submission, paths: paths, request, context, messageError: problem.message(frame.language(request)), entered: body, status: .unprocessableContent
            )
        }
        let id: CaseMessage.ID = ids()
        let files: [UploadedFile]
        switch try await MessageAttachments.read(context, uploads: uploads, for: submission, message: id, language: frame.language(request)) {
        case .success(let accepted): files = accepted
        case .failure(let failure):
            return try await render(submission, paths: paths, request, context, messageError: failure.message, entered: body, status: .unprocessableContent)
        }
        try await mailbox.add(
            CaseMessage(
                id: id, submissionID: submission.id, fromApplicant: true, author: "Antragsteller:in",
                body: body.trimmingCharacters(in: .whitespacesAndNewlines), sentAt: now(), attachments: files), auditActor: nil)
        await notices.notify(.message, about: submission)
        context.flash(text.messageSent)
        return PageFrame.redirect(paths.page + "#nachrichten")
    }

    /// The acknowledgement of receipt as a download, once the job has made it.
    func receipt(_ submission: Submission) async throws -> Response {
        guard let pdf = try await receipts.receipt(of: submission.id) else { throw PageError(.notFound) }
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/pdf", .contentLength: String(pdf.count), .cacheControl: "private, no-store",
                .contentDisposition: "attachment; filename=\"Eingangsbestaetigung-\(submission.reference.rawValue).pdf\"",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: pdf))
        )
    }
}
