import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The case workers' inbox and submission pages. Every request checks the session's staff member
/// and every submission is checked against their org units; others look like "not found".
struct BackOfficeController: Sendable {
    let catalog: any CatalogStore
    let forms: PublishedForms
    let submissions: any SubmissionStore
    let payments: any PaymentStore
    /// Fees asked for after filing (policy `deferred`).
    let checkout: PaymentCheckout
    let staff: any StaffStore
    let frame: PageFrame
    let now: @Sendable () -> Date
    let timeZone: TimeZone
    let uploads: UploadIntake
    let access: StaffAccess
    let applicantCase: ApplicantCase
    let accounts: any AccountStore
    let mailbox: any MailboxStore
    let decisions: any DecisionStore
    let documentRequests: any DocumentRequestStore
    let ids: IDGenerator
    let mail: any MailSender
    let publicBaseURL: String?
    let internalNotes: any InternalNoteStore
    let audit: any AuditTrail
    let savedFilters: any SavedInboxFilterStore
    let handover: any HandoverStore
    let retention: any RetentionStore
    /// When the print service's daily batch leaves; nil: no decision goes by post.
    let printBatchTime: String?

    static let pageSize = 50

    var legalHolds: LegalHolds { LegalHolds(retention: retention, staff: staff, frame: frame, now: now) }

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.inbox(.init()).pattern, use: inbox)
        router.get(SiteRoute.staffSubmission(reference: "").pattern, use: show)
        router.post(SiteRoute.staffStatus(reference: "").pattern, use: changeStatus)
        router.post(SiteRoute.staffMessages(reference: "").pattern, use: sendMessage)
        router.post(SiteRoute.staffDecision(reference: "").pattern, use: deliverDecision)
        router.post(SiteRoute.staffDocumentRequest(reference: "").pattern, use: requestDocuments)
        router.get(SiteRoute.staffFile(reference: "", id: "").pattern, use: downloadFile)
        router.post(SiteRoute.staffAssignment(reference: "").pattern, use: changeAssignment)
        router.post(SiteRoute.staffBulkStatus.pattern, use: changeStatusOfSelected)
        router.post(SiteRoute.staffFollowUp(reference: "").pattern, use: setFollowUp)
        router.post(SiteRoute.staffLegalHold(reference: "").pattern, use: changeLegalHold)
        router.post(SiteRoute.staffSavedViews.pattern, use: saveView)
        router.post(SiteRoute.staffSavedViewDelete(id: "").pattern, use: deleteView)
        router.post(SiteRoute.staffNotes(reference: "").pattern, use: addNote)
        router.post(SiteRoute.staffPaymentRequest(reference: "").pattern, use: requestPayment)
        router.post(SiteRoute.staffDeliveryRetry(reference: "", channel: "").pattern, use: retryDelivery)
    }

    func asCaseWorker(_ context: PortalRequestContext, _ page: (StaffUser) async throws -> Response) async throws -> Response {
        try await access.run(context, allowing: [.caseWorker, .admin]) { user, _ in try await page(user) }
    }

    @Sendable func inbox(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in try await inbox(request, context, user) }
    }

    func inbox(
        _ request: Request, _ context: PortalRequestContext, _ user: StaffUser, bulkError: String? = nil, viewError: String? = nil,
        status responseStatus: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let parameters = request.uri.queryParameters
        let language = frame.language(request)
        let text = Strings.for(language)
        let services = try await forms.services().filter { user.orgUnitIDs.contains($0.orgUnitID) }
        let serviceSlug = parameters.get("leistung").flatMap { $0.isEmpty ? nil : String($0.prefix(200)) }
        let status = parameters.get("status").flatMap(CaseStatus.init(rawValue:))
        let search = parameters.get("suche").map { String($0.prefix(100)).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        let before = parameters.get("vor").flatMap { Int64($0) }
        let view = parameters.get("ansicht").flatMap(InboxView.init(rawValue:))
        let deadline = parameters.get("frist").flatMap(InboxDeadline.init(rawValue:))
        let order = InboxSortParameter.order(parameters.get("sortierung").map { Substring($0) })
        let today = LocalDate(now(), in: timeZone)
        func day(_ name: String) -> (text: String?, day: LocalDate?) {
            let text = parameters.get(name).map { String($0.prefix(20)).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            return (text, text.flatMap(LocalDate.init(german:)))
        }
        let (fromText, from) = day("von")
        let (toText, to) = day("bis")
        let filterError = (fromText != nil && from == nil) || (toText != nil && to == nil) ? CaseAssignmentText.for(language).filterDateInvalid : nil
        let service = serviceSlug.flatMap { slug in services.first { $0.slug == slug } }
        if serviceSlug != nil && service == nil { throw PageError(.badRequest(CaseWorkText.for(frame.language(request)).serviceNotInInbox)) }
        var query = InboxQuery(
            orgUnits: user.orgUnitIDs, serviceID: service?.id, status: status, assignee: view?.filter(for: user),
            deadline: deadline?.filter(today: today), receivedFrom: from?.start(in: timeZone), receivedBefore: to?.adding(days: 1).start(in: timeZone),
            search: search, before: before,
            limit: Self.pageSize + 1, reader: user.id
        )
        query.order = order
        let rows = try await submissions.inbox(query)
        let assignees = try await assigneeNames(page: rows)
        let page = rows.prefix(Self.pageSize)
        let newMessages = try await mailbox.unreadFromApplicants(page.map(\.id))
        var filter = SiteRoute.InboxFilter(
            service: service?.slug, status: status?.rawValue, search: search, view: view?.rawValue, deadline: deadline?.rawValue,
            from: from == nil ? nil : fromText, to: to == nil ? nil : toText)
        filter.order = InboxSortParameter.value(order)
        var older = filter
        older.before = page.last?.sequence
        let shell = frame.shell(request, context: context, title: text.inboxTitle, staffName: user.displayName, now: now())
        var model = InboxPage.Model(
            shell: shell, action: SiteRoute.inbox(.init()).path,
            services: services.map { .init(value: $0.slug, label: $0.title, isSelected: $0.id == service?.id) },
            statuses: CaseStatus.allCases.map { .init(value: $0.rawValue, label: $0.label(language), isSelected: $0 == status) },
            search: search ?? "",
            rows: page.map { row in
                .init(
                    reference: row.reference.rawValue, path: SiteRoute.staffSubmission(reference: row.reference.rawValue).path,
                    applicant: row.applicantName ?? "", service: row.serviceTitle, status: row.status.label(language),
                    receivedAt: frame.dateTime(row.receivedAt), isUnread: row.isRead == false, isTest: row.isTest,
                    hasNewMessages: newMessages[row.id, default: 0] > 0, assignee: row.assigneeID.flatMap { assignees[$0] } ?? "",
                    due: row.dueOn?.german ?? "", isOverdue: row.status.isOverdue(due: row.dueOn, today: today),
                    followUp: row.followUpOn?.german)
            },
            olderPath: rows.count > Self.pageSize ? SiteRoute.inbox(older).path : nil,
            newestPath: before != nil ? SiteRoute.inbox(filter).path : nil,
            views: InboxView.options(selected: view, language), deadlines: InboxDeadline.options(selected: deadline, language)
        )
        model.receivedFrom = fromText ?? ""
        model.orders = InboxSortParameter.options(selected: order, language)
        model.receivedTo = toText ?? ""
        model.filterError = filterError
        model.csrfToken = context.sessions.session?.csrfToken ?? ""
        model.saveViewAction = SiteRoute.staffSavedViews.path
        model.currentPath = SiteRoute.inbox(filter).path
        model.viewError = viewError
        model.savedViews = try await savedFilters.filters(of: user.id).map {
            (name: $0.name, path: $0.path, deleteAction: SiteRoute.staffSavedViewDelete(id: $0.id.description).path)
        }
        if user.roles.contains(.caseWorker) {
            model.bulkAction = SiteRoute.staffBulkStatus.path
            model.bulkStatuses = CaseStatus.allCases.map { .init(value: $0.rawValue, label: $0.label(language), isSelected: false) }
            model.bulkError = bulkError
        }
        return PageFrame.response(InboxPage.render(model), status: filterError != nil ? .unprocessableContent : responseStatus)
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in try await show(request, context, user) }
    }

    private func show(_ request: Request, _ context: PortalRequestContext, _ user: StaffUser) async throws -> Response {
        let submission = try await visibleSubmission(context, user)
        try await submissions.recordRead(of: submission.id, by: user.id, at: now())
        return try await render(submission, user: user, error: nil, request, context, status: .ok)
    }

    /// A file of a submission the staff member may see; reading it is audited like the submission.
    @Sendable func downloadFile(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in
            let submission = try await visibleSubmission(context, user)
            guard let id = context.parameters.get("id").flatMap(UploadedFile.ID.init(string:)),
                let file = try await applicantCase.caseFiles(submission, includingDecision: true)[id]
            else { throw PageError(.notFound) }
            try await submissions.recordRead(of: submission.id, by: user.id, at: now())
            return uploads.download(file)
        }
    }

    /// The uploads a submission's answers name (file answers are lists of file objects with `id`).
    static func fileIDs(in answers: JSONValue) -> Set<UploadedFile.ID> {
        var found: Set<UploadedFile.ID> = []
        func visit(_ value: JSONValue) {
            switch value {
            case .object(let members):
                if let key = UploadedFile.reference(in: value) { found.insert(key) }
                for member in members { visit(member.value) }
            case .array(let items):
                items.forEach(visit)
            default:
                break
            }
        }
        visit(answers)
        return found
    }

    @Sendable func changeStatus(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in try await changeStatus(request, context, user) }
    }

    private func changeStatus(_ request: Request, _ context: PortalRequestContext, _ user: StaffUser) async throws -> Response {
        let submission = try await visibleSubmission(context, user)
        let form = context.form ?? FormValues()
        if let unknown = form.names.subtracting(["_csrf", "status", "vermerk"]).sorted().first {
            throw PageError(.unknownField(String(unknown.prefix(60))))
        }
        let text = Strings.for(frame.language(request))
        guard let status = form.first("status").flatMap(CaseStatus.init(rawValue:)) else {
            return try await render(
                submission, user: user, error: CaseWorkText.for(text.language).selectTheNewStatus,
                request, context, status: .unprocessableContent)
        }
        let note = form.first("vermerk").map { String($0.prefix(2000)) }
        do {
            _ = try await submissions.changeStatus(of: submission.id, to: status, by: "staff:\(user.username)", note: note, at: now())
        } catch let error as CaseTransitionError {
            throw PageError(
                .conflict(
                    error.message(frame.language(request)),
                    link: (submission.reference.rawValue, SiteRoute.staffSubmission(reference: submission.reference.rawValue).path)))
        }
        // The applicant hears of it: reference, service and status only, never answers or notes.
        await tellApplicant(submission) { words, reference, service, link in
            (words.statusMailSubject(reference), words.statusMailBody(reference, service, status.applicantLabel(words.language), link))
        }
        context.flash(text.statusSaved)
        return PageFrame.redirect(.staffSubmission(reference: submission.reference.rawValue))
    }

    /// Tells the applicant (`ApplicantNotice`).
    func tellApplicant(
        _ submission: Submission,
        _ compose: (AccountText, _ reference: String, _ service: String, _ link: String) -> (subject: String, body: String)
    ) async {
        await notice.send(submission, compose)
    }

    var notice: ApplicantNotice {
        ApplicantNotice(
            accounts: accounts, catalog: catalog, mail: mail, publicBaseURL: publicBaseURL, logger: uploads.logger, fitConnect: applicantCase.fitConnect)
    }

    var decisionDelivery: DecisionDelivery {
        DecisionDelivery(uploads: uploads.store, decisions: decisions, catalog: catalog, notice: notice, printBatchTime: printBatchTime)
    }

    /// What a decision file may be: one PDF of at most 20 MB.
    static let decisionField = FormField(
        key: "bescheid", kind: .file, label: "Bescheid", isRequired: true,
        constraints: .init(maxFileBytes: 20 * 1024 * 1024, maxFiles: 1, mediaTypes: ["application/pdf"])
    )

    /// The case worker delivers the decision: a PDF and its outcome. The case moves to "decided"
    /// and the applicant is told where to fetch it; the first retrieval shows up here.
    @Sendable func deliverDecision(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in
            let submission = try await visibleSubmission(context, user)
            let words = CaseWorkText.for(frame.language(request))
            guard let caseFile = try await submissions.caseFile(of: submission.id), caseFile.status.canMove(to: .decided),
                try await decisions.decision(of: submission.id) == nil
            else {
                throw PageError(
                    .conflict(
                        words.aDecisionCanOnlyBe,
                        link: (submission.reference.rawValue, SiteRoute.staffSubmission(reference: submission.reference.rawValue).path)))
            }
            let form = context.form ?? FormValues()
            let chosen = form.first("ergebnis")
            guard let outcome = chosen.flatMap(Decision.Outcome.init(rawValue:)) else {
                return try await render(
                    submission, user: user, error: nil, request, context, status: .unprocessableContent,
                    decisionError: words.selectTheDecisionSOutcome)
            }
            let owner = "bescheid-\(submission.id)"
            let byPost = form.first("post") == "ja"
            var recipient: PostalRecipient?
            if byPost {
                switch try await decisionDelivery.postalRecipient(of: submission) {
                case .success(let found): recipient = found
                case .failure(let problem):
                    return try await render(
                        submission, user: user, error: nil, request, context, status: .unprocessableContent,
                        decisionError: problem.message(frame.language(request)), decisionChosen: chosen)
                }
            }
            // First the file is checked and kept aside, and the case worker sees what will go out;
            // only the confirmation delivers it.
            guard try form.action(DecisionAction.self) == .deliver else {
                guard let incoming = context.files.first(where: { $0.field == "bescheid" && $0.size > 0 }) else {
                    return try await render(
                        submission, user: user, error: nil, request, context, status: .unprocessableContent,
                        decisionError: words.chooseTheDecisionSPdf, decisionChosen: chosen)
                }
                switch await uploads.accept(incoming, for: Self.decisionField, owner: owner) {
                case .success(let file):
                    return try await confirmDecision(submission, outcome: outcome, file: file, byPost: recipient, user: user, request, context)
                case .failure(let problem):
                    return try await render(
                        submission, user: user, error: nil, request, context, status: .unprocessableContent,
                        decisionError: problem.message(label: Self.decisionField.label, language: frame.language(request)), decisionChosen: chosen)
                }
            }
            guard let id = form.first("datei").flatMap(UploadedFile.ID.init(string:)), let staged = try await uploads.store.file(id: id),
                staged.owner == owner, staged.submissionID == nil
            else {
                return try await render(
                    submission, user: user, error: nil, request, context, status: .unprocessableContent,
                    decisionError: words.theDecisionSFileIs, decisionChosen: chosen)
            }
            do {
                try await decisionDelivery.deliver(
                    Decision(
                        submissionID: submission.id, file: staged.file, outcome: outcome, deliveredAt: now(), deliveredBy: "staff:\(user.username)",
                        byPost: byPost),
                    of: submission, owner: owner)
            } catch let error as CaseTransitionError {
                throw PageError(
                    .conflict(
                        error.message(frame.language(request)),
                        link: (submission.reference.rawValue, SiteRoute.staffSubmission(reference: submission.reference.rawValue).path)))
            }
            context.flash(words.theDecisionIsDelivered)
            return PageFrame.redirect(SiteRoute.staffSubmission(reference: submission.reference.rawValue).path + "#bescheid")
        }
    }

    /// The confirmation step: outcome, file and who is told, with the button that delivers.
    private func confirmDecision(
        _ submission: Submission, outcome: Decision.Outcome, file: UploadedFile, byPost: PostalRecipient?, user: StaffUser,
        _ request: Request, _ context: PortalRequestContext
    ) async throws -> Response {
        let language = frame.language(request)
        let words = CaseWorkText.for(language)
        let service = try await catalog.service(id: submission.serviceID)
        let account = try await submission.accountID.asyncFlatMap { try await accounts.account(id: $0) }
        let schema = try await catalog.formVersion(id: submission.formVersionID)?.schema
        let recipient =
            ApplicantAddress.of(submission, account: account, schema: schema) != nil
            ? (words.theApplicantGetsAnE)
            : (words.noEMailAddressKnown)
        let reference = submission.reference.rawValue
        let page = DecisionConfirmationPage.render(
            .init(
                shell: frame.shell(
                    request, context: context, title: words.checkAndDeliverTheDecision,
                    serviceTitle: service?.title, staffName: user.displayName, now: now()),
                reference: reference, serviceTitle: service?.title ?? "", outcomeLabel: outcome.label(language), outcomeValue: outcome.rawValue,
                fileName: file.name, fileSize: UploadedFile.size(file.size), fileID: file.id.description, recipient: recipient,
                action: SiteRoute.staffDecision(reference: reference).path, cancelPath: SiteRoute.staffSubmission(reference: reference).path + "#bescheid",
                csrfToken: context.sessions.session?.csrfToken ?? "",
                byPost: byPost.map { words.byPostTo($0.name, $0.address.lines.joined(separator: ", "), printBatchTime ?? "") }
            ))
        return PageFrame.response(page)
    }

    /// The case worker names the missing documents and a deadline; the case waits for the applicant,
    /// who is told by mail, and is reminded two days before the deadline.
    @Sendable func requestDocuments(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in
            let submission = try await visibleSubmission(context, user)
            let form = context.form ?? FormValues()
            let documents = (form.first("unterlagen") ?? "").split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let deadline = LocalDate(german: (form.first("frist") ?? "").trimmingCharacters(in: .whitespaces))
            let today = LocalDate(now(), in: timeZone)
            if let problem = DocumentRequest.problem(documents: documents, deadline: deadline, today: today) {
                return try await render(
                    submission, user: user, error: nil, request, context, status: .unprocessableContent, requestError: problem.message(frame.language(request)))
            }
            guard let deadline else { throw PageError(.badRequest(CaseWorkText.for(frame.language(request)).deadlineMissing)) }
            let documentRequest = DocumentRequest(
                id: ids(), submissionID: submission.id, documents: documents, deadline: deadline,
                requestedAt: now(), requestedBy: "staff:\(user.username)")
            do {
                try await documentRequests.create(
                    documentRequest,
                    reminder: Job(
                        id: ids(), kind: .documentReminder, payload: documentRequest.id.description,
                        runAt: DocumentRequest.reminderTime(deadline: deadline, timeZone: timeZone, now: now())))
            } catch let error as CaseTransitionError {
                throw PageError(
                    .conflict(
                        error.message(frame.language(request)),
                        link: (submission.reference.rawValue, SiteRoute.staffSubmission(reference: submission.reference.rawValue).path)))
            }
            await tellApplicant(submission) { words, reference, service, link in
                (words.requestMailSubject(reference), words.requestMailBody(reference, service, documents, deadline.german, link))
            }
            context.flash(CaseWorkText.for(frame.language(request)).theDocumentsAreRequested)
            return PageFrame.redirect(SiteRoute.staffSubmission(reference: submission.reference.rawValue).path + "#nachforderung")
        }
    }

    @Sendable func sendMessage(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in
            let submission = try await visibleSubmission(context, user)
            let body = String((context.form?.first("nachricht") ?? "").prefix(20_000))
            let words = AccountText.for(frame.language(request))
            guard let caseFile = try await submissions.caseFile(of: submission.id), !caseFile.status.isFinal else {
                throw PageError(
                    .conflict(
                        words.mailboxClosed, link: (submission.reference.rawValue, SiteRoute.staffSubmission(reference: submission.reference.rawValue).path)))
            }
            if let problem = CaseMessage.problem(body) {
                return try await render(
                    submission, user: user, error: nil, request, context, status: .unprocessableContent, messageError: problem.message(frame.language(request)),
                    entered: body)
            }
            let id: CaseMessage.ID = ids()
            let files: [UploadedFile]
            switch try await MessageAttachments.read(context, uploads: uploads, for: submission, message: id, language: frame.language(request)) {
            case .success(let accepted): files = accepted
            case .failure(let failure):
                return try await render(
                    submission, user: user, error: nil, request, context, status: .unprocessableContent, messageError: failure.message, entered: body)
            }
            try await mailbox.add(
                CaseMessage(
                    id: id, submissionID: submission.id, fromApplicant: false, author: user.displayName,
                    body: body.trimmingCharacters(in: .whitespacesAndNewlines), sentAt: now(), attachments: files),
                auditActor: "staff:\(user.username)")
            await tellApplicant(submission) { words, reference, service, link in
                (words.messageMailSubject(reference), words.messageMailBody(reference, service, link))
            }
            context.flash(words.messageSent)
            return PageFrame.redirect(SiteRoute.staffSubmission(reference: submission.reference.rawValue).path + "#nachrichten")
        }
    }

    func visibleSubmission(_ context: PortalRequestContext, _ user: StaffUser) async throws -> Submission {
        guard let reference = Reference(try context.parameters.require("reference")),
            let submission = try await submissions.submission(reference: reference),
            user.orgUnitIDs.contains(submission.orgUnitID)
        else { throw PageError(.notFound) }
        return submission
    }

    func render(
        _ submission: Submission, user: StaffUser, error: String?, _ request: Request, _ context: PortalRequestContext,
        status: HTTPResponse.Status, messageError: String? = nil, entered: String = "", decisionError: String? = nil,
        requestError: String? = nil, decisionChosen: String? = nil, caseWork: CaseWorkInput = .init(),
        paymentRequest: (amount: String, error: String)? = nil
    ) async throws -> Response {
        let language = frame.language(request)
        let text = Strings.for(language)
        guard let version = try await catalog.formVersion(id: submission.formVersionID),
            let service = try await catalog.service(id: submission.serviceID),
            let caseFile = try await submissions.caseFile(of: submission.id)
        else { throw PageError(.notFound) }
        // A case received through FIT-Connect carries the sender's Fachdaten, not this form's answers.
        let received = try await applicantCase.fitConnect?.incoming(submission: submission.id)
        let sections =
            received.map { receivedSections(submission, $0, language) }
            ?? version.schema.steps.map { step in
                StaffSubmissionPage.Section(
                    title: step.title,
                    answers: AnswerText.rows(step.fields, submission.answers, text.answerWords).map { row in
                        .init(
                            question: row.question, answer: row.answer,
                            files: row.files.map { file in
                                .init(name: file.name, path: SiteRoute.staffFile(reference: submission.reference.rawValue, id: file.id).path)
                            })
                    })
            }
        let shell = frame.shell(
            request, context: context, title: submission.reference.rawValue, serviceTitle: service.title,
            hasErrors: error != nil || messageError != nil || decisionError != nil || requestError != nil,
            staffName: user.displayName, now: now())
        let messages = try await mailbox.messages(of: submission.id)
        var thread = MailboxThread(
            messages: messages.map { message in
                .init(
                    author: message.fromApplicant ? (CaseWorkText.for(language).applicant) : message.author,
                    sentAt: frame.dateTime(message.sentAt), body: message.body, isNew: message.fromApplicant && message.readAt == nil,
                    files: message.attachments.map { ($0.german, SiteRoute.staffFile(reference: submission.reference.rawValue, id: $0.id.description).path) })
            },
            action: !caseFile.status.isFinal ? SiteRoute.staffMessages(reference: submission.reference.rawValue).path : nil,
            csrfToken: context.sessions.session?.csrfToken ?? "", label: AccountText.for(language).mailboxStaffLabel, error: messageError
        )
        thread.entered = entered
        if messages.contains(where: { $0.fromApplicant && $0.readAt == nil }) {
            try await mailbox.markRead(of: submission.id, byApplicant: false, at: now())
        }
        let decision = try await decisions.decision(of: submission.id)
        // History and decision name staff by their display names, not their user names.
        var names: [String: String] = [:]
        for actor in caseFile.history.map(\.actor) + [decision?.deliveredBy].compactMap({ $0 }) where actor.hasPrefix("staff:") {
            let username = String(actor.dropFirst("staff:".count))
            if names[username] == nil { names[username] = try await staff.user(username: username)?.displayName ?? username }
        }
        var model = StaffSubmissionPage.Model(
            shell: shell, reference: submission.reference.rawValue, serviceTitle: service.title,
            status: caseFile.status.label(language), receivedAt: frame.dateTime(submission.receivedAt), formVersion: version.number, isTest: submission.isTest,
            sections: sections,
            history: try await timeline(caseFile, submission, names: names, language),
            statusChoices: CaseStatus.allCases.filter { caseFile.status.canMove(to: $0) }.map { .init(value: $0.rawValue, label: $0.label(language)) },
            statusAction: SiteRoute.staffStatus(reference: submission.reference.rawValue).path,
            csrfToken: context.sessions.session?.csrfToken ?? "", error: error,
            fee: submission.fee.map(GermanFormat.money)
        )
        model.mailbox = thread
        let payments = try await self.payments.payments(of: submission.id)
        model.payment = (payments.last { $0.status == .payed } ?? payments.last).map {
            PaymentText.for(language).line($0, dateTime: frame.dateTime)
        }
        model.paymentRequest = try await paymentRequestPanel(
            submission, payments: payments, status: caseFile.status, csrfToken: context.sessions.session?.csrfToken ?? "", entered: paymentRequest)
        model.caseWork = try await caseWorkPanel(
            submission, status: caseFile.status, user: user, input: caseWork, csrfToken: context.sessions.session?.csrfToken ?? "", language)
        model.handover = try await handoverPanel(submission, csrfToken: context.sessions.session?.csrfToken ?? "", language)
        let identityText = IdentityText.for(language)
        model.identification =
            submission.trustLevel.map { identityText.staffLevel($0.label(language)) }
            ?? (submission.accountID != nil
                ? identityText.staffLevel(TrustLevel.basic.label(language))
                : submission.accessCodeHash != nil ? identityText.staffNoAccount : identityText.staffAPI)
        model.documentRequests = try await documentRequests.requests(of: submission.id).map { documentRequest in
            .init(
                documents: documentRequest.documents,
                status: documentRequest.fulfilledAt.map { at in
                    let pending = documentRequest.pending
                    let missing = pending.isEmpty ? "" : (CaseWorkText.for(language).notSent) + pending.joined(separator: ", ")
                    return (CaseWorkText.for(language).answeredOn) + frame.dateTime(at) + missing
                }
                    ?? (CaseWorkText.for(language).openUntil("\(documentRequest.deadline.german)")),
                files: documentRequest.deliveries.map { delivery in
                    (
                        "\(delivery.document): \(delivery.file.german)",
                        SiteRoute.staffFile(reference: submission.reference.rawValue, id: delivery.file.id.description).path
                    )
                })
        }
        if caseFile.status.canMove(to: .waitingForApplicant) {
            model.requestAction = SiteRoute.staffDocumentRequest(reference: submission.reference.rawValue).path
            model.requestError = requestError
        }
        if let decision {
            model.decision = .init(
                outcome: decision.outcome.label(language), deliveredAt: frame.dateTime(decision.deliveredAt),
                deliveredBy: CaseNote.actor(decision.deliveredBy, language, names: names),
                retrievedAt: decision.firstRetrievedAt.map { frame.dateTime($0) },
                filePath: SiteRoute.staffFile(reference: submission.reference.rawValue, id: decision.file.id.description).path, fileName: decision.file.german
            )
            if decision.byPost {
                let words = CaseWorkText.for(language)
                model.decision?.postal =
                    switch (decision.printBatchID, decision.printedAt) {
                    case (let batch?, let written?): words.byPostHandedOver(batch, frame.dateTime(written))
                    case (let batch?, nil): words.byPostCollected(batch)
                    case (nil, _): words.byPostWaiting(printBatchTime ?? "–")
                    }
            }
        } else if caseFile.status.canMove(to: .decided) {
            model.decisionForm = .init(
                action: SiteRoute.staffDecision(reference: submission.reference.rawValue).path,
                outcomes: Decision.Outcome.allCases.map { ($0.rawValue, $0.label(language)) }, error: decisionError)
            model.decisionForm?.chosen = decisionChosen
            model.decisionForm?.offersPost = printBatchTime != nil
            model.decisionForm?.byPostChecked = (context.form?.first("post")) == "ja"
        }
        return PageFrame.response(StaffSubmissionPage.render(model), status: status)
    }
}
