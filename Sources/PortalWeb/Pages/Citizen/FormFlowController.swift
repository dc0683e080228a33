import Foundation
import Hummingbird
import NIOCore
import PortalCore
import PortalViews

/// The online form as pages: one step per page, check answers, submit, confirmation. The draft
/// lives in the server-side session; every POST has passed `CSRFMiddleware`.
struct FormFlowController: Sendable {
    let forms: PublishedForms
    let intake: SubmissionIntake
    /// Fees paid online before filing.
    let payment: PaymentController
    let uploads: UploadIntake
    let catalog: any CatalogStore
    let accounts: any AccountStore
    let savedDrafts: any SavedDraftStore
    let mail: any MailSender
    let savedDraftTime: TimeInterval
    let publicBaseURL: String?
    let frame: PageFrame
    let now: @Sendable () -> Date
    let timeZone: TimeZone
    let browserSessions: BrowserSessions
    let identityProviders: [any IdentityProvider]
    /// Applications per client; mails to the addresses typed into forms.
    let throttle: Throttle
    /// Starts and steps for the funnel, without anything about the person.
    let events: any EventLog

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.formStart(slug: "").pattern, use: start)
        router.get(SiteRoute.formStep(slug: "", step: 0).pattern, use: showStep)
        router.post(SiteRoute.formStep(slug: "", step: 0).pattern, use: saveStep)
        router.get(SiteRoute.formCheck(slug: "").pattern, use: showCheck)
        router.post(SiteRoute.formCheck(slug: "").pattern, use: submit)
        router.get(SiteRoute.formReceived(slug: "").pattern, use: received)
        router.get(SiteRoute.formFile(slug: "", id: "").pattern, use: downloadFile)
        router.get(SiteRoute.formSaved(slug: "").pattern, use: saved)
        router.get(SiteRoute.formResumed(slug: "").pattern, use: resumed)
        router.get(SiteRoute.resume(token: "").pattern, use: confirmResume)
        router.post(SiteRoute.resume(token: "").pattern, use: resume)
        router.post(SiteRoute.extendSession.pattern, use: extendSession)
    }

    // MARK: Steps

    /// Opens (or continues) the draft and goes to the first step not yet passed.
    @Sendable func start(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await publishedForm(context)
        if let gate = signInRequired(form, request, context, status: .ok) { return gate }
        var session = browserSessions.currentOrNew(context)
        let isNew = session.drafts[form.service.slug] == nil
        var draft = freshDraft(session.drafts[form.service.slug], form)
        if isNew, !form.version.isTestCopy { try await events.record(PortalEvent(.formStarted, service: form.service.id, at: now())) }
        if draft.values.isEmpty, draft.completedSteps.isEmpty, let id = session.accountID, let account = try await accounts.account(id: id) {
            Self.prefill(&draft, from: account, schema: form.version.schema)
        }
        session.drafts[form.service.slug] = draft
        browserSessions.save(session, context)
        return PageFrame.redirect(try await progress(form, draft).nextRoute(after: 0))
    }

    @Sendable func showStep(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await publishedForm(context)
        if let gate = signInRequired(form, request, context, status: .ok) { return gate }
        let number = try stepNumber(context, form)
        guard var session = context.sessions.session, let draft = session.drafts[form.service.slug],
            draft.formVersionID == form.version.id
        else { return PageFrame.redirect(.formStart(slug: form.service.slug)) }
        let progress = try await progress(form, draft)
        if let missing = progress.firstIncompleteStep(before: number) {
            return PageFrame.redirect(.formStep(slug: form.service.slug, step: missing))
        }
        guard progress.visibleSteps.contains(number) else {
            return PageFrame.redirect(progress.nextRoute(after: number))
        }
        if browserSessions.extend(&session, onlyIfStale: true) { browserSessions.save(session, context) }
        return render(step: number, progress: progress, errors: nil, request, context)
    }

    @Sendable func saveStep(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await publishedForm(context)
        if let gate = signInRequired(form, request, context, status: .forbidden) { return gate }
        let number = try stepNumber(context, form)
        let posted = context.form ?? FormValues()
        guard var session = context.sessions.session, var draft = session.drafts[form.service.slug],
            draft.formVersionID == form.version.id
        else { return PageFrame.redirect(.formStart(slug: form.service.slug)) }
        let text = Strings.for(frame.language(request))
        let before = try await progress(form, draft)
        if let missing = before.firstIncompleteStep(before: number) {
            throw PageError(
                .conflict(
                    text.answerEarlierStepsFirst,
                    link: (text.stepOf(missing, form.version.schema.steps.count), SiteRoute.formStep(slug: form.service.slug, step: missing).path)
                ))
        }
        guard before.visibleSteps.contains(number) else {
            return PageFrame.redirect(before.nextRoute(after: number))
        }
        let step = form.version.schema.steps[number - 1]
        let names = InputNames(before.shownFields(of: number))
        if let unknown = posted.names.filter({ $0 != "_csrf" && $0 != FormStepAction.fieldName && !names.accepts($0) }).sorted().first {
            throw PageError(.unknownField(String(unknown.prefix(60))))
        }
        let action = try posted.action(FormStepAction.self)
        for name in draft.values.keys where names.accepts(name) { draft.values[name] = nil }
        for name in posted.names where names.accepts(name) { draft.values[name] = posted[name] }
        let fileFields = before.shownFields(of: number).flatMap(\.answerFields).filter { $0.kind == .file }
        if let stray = context.files.first(where: { file in !fileFields.contains { $0.key == file.field } }) {
            throw PageError(.unknownField(String(stray.field.prefix(60))))
        }
        var uploadErrors: [FieldError] = []
        for field in fileFields {
            var ids = draft.values[field.key] ?? []
            for incoming in context.files where incoming.field == field.key {
                guard ids.count < field.constraints.fileCount else {
                    uploadErrors.append(FieldError(field: field.key, label: field.label, problem: .tooManyFiles(field.constraints.fileCount)))
                    break
                }
                switch await uploads.accept(incoming, for: field, owner: draft.id, sharing: session.drafts.values.map(\.id)) {
                case .success(let file): ids.append(file.id.description)
                case .failure(let problem): uploadErrors.append(FieldError(field: field.key, label: field.label, problem: problem))
                }
            }
            draft.values[field.key] = ids.isEmpty ? nil : ids
        }
        if action != nil, !uploadErrors.isEmpty {
            // A refused file must be seen before anything else happens with the page.
            draft.completedSteps.remove(number)
            session.drafts[form.service.slug] = draft
            browserSessions.extend(&session)
            browserSessions.save(session, context)
            return render(
                step: number, progress: try await progress(form, draft), errors: ValidationFailure(errors: uploadErrors),
                request, context, status: .unprocessableContent)
        }
        if action == .saveForLater {
            // Saving keeps whatever was entered; the step counts as passed only after "Weiter".
            draft.completedSteps.remove(number)
            let current = try await progress(form, draft)
            let response = try await saveForLater(draft, progress: current, session: &session, request, context)
            browserSessions.extend(&session)
            browserSessions.save(session, context)
            return response
        }
        if let action {
            let target: String? =
                switch action {
                case .saveForLater: nil  // returned above
                case .removeFile(let field, let id): try await removeFile(field, id, fields: fileFields, draft: &draft)
                case .addEntry(let group): entryAction(group, removing: nil, names: names, draft: &draft)
                case .removeEntry(let group, let number): entryAction(group, removing: number, names: names, draft: &draft)
                }
            guard let target else { throw PageError(.unknownAction) }
            // Adding or removing an entry changes the page: it has to be continued again.
            draft.completedSteps.remove(number)
            session.drafts[form.service.slug] = draft
            browserSessions.extend(&session)
            browserSessions.save(session, context)
            return PageFrame.redirect(SiteRoute.formStep(slug: form.service.slug, step: number).path + "#" + target)
        }
        let after = try await progress(form, draft)
        let validator = SubmissionValidator(schema: form.version.schema, today: LocalDate(now(), in: timeZone), files: after.files)
        let result = validator.validate(form: draft.values, fields: before.shownFields(of: number))
        var errors = uploadErrors
        if case .failure(let failure) = result {
            // A refused upload explains more than "please upload a file".
            errors += failure.errors.filter { error in !uploadErrors.contains { $0.field == error.field } }
        }
        switch errors.isEmpty ? result : .failure(ValidationFailure(errors: errors)) {
        case .failure(let failure):
            draft.completedSteps.remove(number)
            session.drafts[form.service.slug] = draft
            browserSessions.extend(&session)
            browserSessions.save(session, context)
            return render(step: number, progress: after, errors: failure, request, context, status: .unprocessableContent)
        case .success:
            if draft.completedSteps.insert(number).inserted, !form.version.isTestCopy {
                try await events.record(PortalEvent(.stepReached, service: form.service.id, step: number, at: now()))
            }
            session.drafts[form.service.slug] = draft
            browserSessions.extend(&session)
            browserSessions.save(session, context)
            // The uploads were just read for `after`; the next step needs no second look.
            let next = FormProgress(form: form, draft: draft, today: LocalDate(now(), in: timeZone), files: Array(after.files.values))
            return PageFrame.redirect(next.nextRoute(after: number))
        }
    }

    private func render(
        step number: Int, progress: FormProgress, errors: ValidationFailure?,
        _ request: Request, _ context: PortalRequestContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        let form = progress.form
        let draft = progress.draft
        let step = form.version.schema.steps[number - 1]
        let language = frame.language(request)
        let messages = Dictionary((errors?.errors ?? []).map { ($0.field, $0.message(language)) }, uniquingKeysWith: { first, _ in first })
        let pageKeys = Set(step.answerFields.map(\.key))
        var fileItems: [String: [FieldView.FileItem]] = [:]
        for field in step.answerFields where field.kind == .file {
            fileItems[field.key] = (draft.values[field.key] ?? []).compactMap { id in
                UploadedFile.ID(string: id).flatMap { progress.files[$0] }.map { file in
                    FieldView.FileItem(
                        id: id, name: file.name, size: UploadedFile.size(file.size), link: SiteRoute.formFile(slug: form.service.slug, id: id).path)
                }
            }
        }
        let fields = progress.shownFields(of: number).map { field in
            FieldView(
                field: field, values: draft.values, errors: messages, entryCounts: draft.entryCounts, files: fileItems, today: LocalDate(now(), in: timeZone)
            ) {
                progress.isShown($0, pageKeys: pageKeys)
            }
        }
        let shell = frame.shell(
            request, context: context, title: step.title, serviceTitle: form.service.title,
            hasErrors: errors != nil, sessionNotice: true, now: now())
        let visible = progress.visibleSteps
        let previous = visible.last { $0 < number }
        let back = previous.map { SiteRoute.formStep(slug: form.service.slug, step: $0).path } ?? SiteRoute.service(slug: form.service.slug).path
        var model = FormStepPage.Model(
            shell: shell, stepTitle: step.title, stepNumber: (visible.firstIndex(of: number) ?? 0) + 1, stepCount: visible.count, fields: fields,
            action: SiteRoute.formStep(slug: form.service.slug, step: number).path, backPath: back,
            csrfToken: context.sessions.session?.csrfToken ?? ""
        )
        model.prefilled = step.answerFields.contains { draft.prefilledKeys.contains($0.key) }
        return PageFrame.response(FormStepPage.render(model), status: status)
    }

    // MARK: Check answers and submit

    @Sendable func showCheck(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await publishedForm(context)
        if let gate = signInRequired(form, request, context, status: .ok) { return gate }
        guard var session = context.sessions.session, let draft = session.drafts[form.service.slug],
            draft.formVersionID == form.version.id
        else { return PageFrame.redirect(.formStart(slug: form.service.slug)) }
        let progress = try await progress(form, draft)
        if let missing = progress.firstIncompleteStep(before: form.version.schema.steps.count + 1) {
            return PageFrame.redirect(.formStep(slug: form.service.slug, step: missing))
        }
        if browserSessions.extend(&session, onlyIfStale: true) { browserSessions.save(session, context) }
        return renderCheck(progress, errors: nil, request, context)
    }

    @Sendable func submit(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await publishedForm(context)
        if let gate = signInRequired(form, request, context, status: .forbidden) { return gate }
        guard var session = context.sessions.session, let draft = session.drafts[form.service.slug],
            draft.formVersionID == form.version.id
        else { return PageFrame.redirect(.formStart(slug: form.service.slug)) }
        if let unknown = (context.form?.names ?? []).subtracting(["_csrf"]).sorted().first {
            throw PageError(.unknownField(String(unknown.prefix(60))))
        }
        // Already on its way to being paid: the payment page says how far it got.
        if let waiting = session.awaitingPayments?[form.service.slug] {
            return PageFrame.redirect(.payment(id: waiting.paymentID))
        }
        let progress = try await progress(form, draft)
        if let missing = progress.firstIncompleteStep(before: form.version.schema.steps.count + 1) {
            return PageFrame.redirect(.formStep(slug: form.service.slug, step: missing))
        }
        let validator = SubmissionValidator(schema: form.version.schema, today: LocalDate(now(), in: timeZone), files: progress.files)
        switch validator.validate(form: draft.values) {
        case .failure(let failure):
            // Something became invalid since the step was passed (a date rule on a later day).
            return renderCheck(progress, errors: failure, request, context, status: .unprocessableContent)
        case .success(let answers):
            let attached = answers.uploadedFileIDs
            let language = frame.language(request)
            var application = SubmissionIntake.Application(answers: answers, form: form, language: language)
            (application.account, application.trustLevel, application.identity) = (session.accountID, session.trustLevel, session.identity)
            (application.draftID, application.attachments) = (draft.id, attached)
            // Test submissions are staff at work, not strangers.
            application.client = form.isTest ? nil : context.clientAddress
            if let breakdown = PaymentCheckout.breakdown(form, answers) {
                guard payment.checkout.gateway != nil else {
                    return renderCheck(progress, errors: nil, request, context, status: .serviceUnavailable)
                }
                return try await payment.begin(application, values: draft.values, breakdown: breakdown, session: &session, context)
            }
            let filed: SubmissionIntake.Filed
            do {
                filed = try await intake.file(application)
            } catch IntakeError.attachmentMissing {
                // "Absenden" pressed twice: the first filing took the files, and the page it leads
                // to (saved with the first request's session) is the answer to the second too.
                if let first = attached.first, try await uploads.store.file(id: first)?.submissionID != nil {
                    return PageFrame.redirect(.formReceived(slug: form.service.slug))
                }
                throw IntakeError.attachmentMissing
            }
            let submission = filed.submission
            session.drafts[form.service.slug] = nil
            session.lastConfirmation = .init(
                serviceSlug: form.service.slug, reference: submission.reference.rawValue, receivedAt: submission.receivedAt,
                accessCode: filed.accessCode.description)
            session.lastConfirmation?.acknowledgementRefused = filed.acknowledgement == .refused
            session.lastConfirmation?.acknowledgementMailed = filed.acknowledgement == .mailed
            browserSessions.extend(&session)
            browserSessions.save(session, context)
            return PageFrame.redirect(.formReceived(slug: form.service.slug))
        }
    }

    private func renderCheck(
        _ progress: FormProgress, errors: ValidationFailure?,
        _ request: Request, _ context: PortalRequestContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        let form = progress.form
        let draft = progress.draft
        let language = frame.language(request)
        let text = Strings.for(language)
        let slug = form.service.slug
        let steps = form.version.schema.steps
        let visibleKeys = progress.visibleKeys
        var shownAnswers = Answers()
        for (key, value) in progress.known.values where visibleKeys.contains(key) { shownAnswers[key] = value }
        let fee = form.version.schema.fee.map { GermanFormat.money($0.fee(for: shownAnswers)) }
        let paymentText = PaymentText.for(language)
        // Every computed fee in lines; paid online before filing, with the button that leads there.
        let paysOnline = PaymentCheckout.breakdown(form, shownAnswers) != nil
        let computed = form.version.schema.fee.map {
            FeeBreakdown.of($0, answers: shownAnswers, schema: form.version.schema, taxRatePercent: form.service.payment?.taxRatePercent ?? 0)
        }
        let feeLines = computed.flatMap { $0.lines.isEmpty ? nil : $0 }.map { breakdown in
            CheckAnswersPage.FeeLines(
                lines: breakdown.lines.map { (paymentText.label($0.label), GermanFormat.money($0.amount.euros)) },
                total: GermanFormat.money(breakdown.total.euros),
                tax: breakdown.taxRatePercent > 0 ? paymentText.taxIncluded(breakdown.taxRatePercent, GermanFormat.money(breakdown.tax.euros)) : nil,
                unavailable: payment.checkout.gateway == nil, isTest: payment.checkout.gateway?.isTest ?? false)
        }
        let shownSteps = Set(progress.visibleSteps)
        let answers = shownAnswers.json(in: form.version.schema)
        let sections = steps.enumerated().filter { shownSteps.contains($0.offset + 1) }.map { index, step in
            CheckAnswersPage.Section(
                title: step.title,
                rows: AnswerText.rows(step.fields, answers, text.answerWords) { field in
                    field.kind == .group ? field.answerFields.contains { visibleKeys.contains($0.key) } : visibleKeys.contains(field.key)
                }.map { row in
                    CheckAnswersPage.Row(
                        question: row.question, answer: row.answer, changePath: SiteRoute.formStep(slug: slug, step: index + 1).path + "#feld-\(row.name)")
                })
        }
        let summary = (errors?.errors ?? []).map { error in
            let stepIndex = form.version.schema.stepIndex(of: String(error.field.prefix { $0 != "." })) ?? 0
            return ErrorSummary.Item(
                anchorID: "", message: error.message(language), link: SiteRoute.formStep(slug: slug, step: stepIndex + 1).path + "#feld-\(error.field)")
        }
        let shell = frame.shell(
            request, context: context, title: text.checkTitle, serviceTitle: form.service.title,
            hasErrors: errors != nil, sessionNotice: true, now: now())
        var model = CheckAnswersPage.Model(
            shell: shell, sections: sections, errors: summary, action: SiteRoute.formCheck(slug: slug).path,
            backPath: SiteRoute.formStep(slug: slug, step: shownSteps.max() ?? steps.count).path, csrfToken: context.sessions.session?.csrfToken ?? "",
            fee: fee
        )
        model.privacyPath = SiteRoute.servicePrivacy(slug: slug).path
        model.payment = feeLines
        model.payment?.paysOnline = paysOnline
        // Typed, then made void by another answer: said plainly instead of dropped without a word.
        let discardedKeys = Set(progress.known.values.keys).subtracting(visibleKeys).subtracting(draft.prefilledKeys)
        if !discardedKeys.isEmpty {
            let discarded = progress.known.json(in: form.version.schema)
            model.discarded = steps.enumerated().flatMap { index, step in
                AnswerText.rows(step.fields, discarded, text.answerWords) { field in
                    ![.hidden, .readOnly].contains(field.kind) && field.answerFields.contains { discardedKeys.contains($0.key) }
                }.filter { !$0.answer.isEmpty }.map { row in
                    CheckAnswersPage.Row(
                        question: row.question, answer: row.answer,
                        changePath: shownSteps.contains(index + 1) ? SiteRoute.formStep(slug: slug, step: index + 1).path + "#feld-\(row.name)" : "")
                }
            }
        }
        return PageFrame.response(CheckAnswersPage.render(model), status: status)
    }

    @Sendable func received(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await publishedForm(context)
        guard let confirmation = context.sessions.session?.lastConfirmation, confirmation.serviceSlug == form.service.slug else {
            return PageFrame.redirect(.service(slug: form.service.slug))
        }
        let text = Strings.for(frame.language(request))
        let shell = frame.shell(request, context: context, title: text.confirmationTitle, serviceTitle: form.service.title, now: now())
        let nextSteps = form.service.steps.count > 1 ? Array(form.service.steps.dropFirst()) : [form.service.processingTime]
        var model = ConfirmationPage.Model(
            shell: shell, reference: confirmation.reference, receivedAt: text.receivedOn(frame.dateTime(confirmation.receivedAt)),
            nextSteps: nextSteps.filter { !$0.isEmpty }, homePath: SiteRoute.home.path
        )
        model.accessCode = confirmation.accessCode
        model.accessCodeMailed = confirmation.acknowledgementMailed == true
        model.followPath = SiteRoute.caseLookup.path
        if confirmation.acknowledgementRefused == true { model.notice = LimitText.for(frame.language(request)).acknowledgementNotMailed }
        if let cents = confirmation.paidCents {
            model.paymentNotice = PaymentText.for(frame.language(request)).paidNotice(GermanFormat.money(MoneyAmount(cents: cents).euros))
        }
        // Editors trying a draft rate nothing: only the published service is asked about.
        if !form.isTest, let session = context.sessions.session {
            model.feedback = FeedbackForm(
                action: SiteRoute.feedback.path, csrfToken: session.csrfToken, language: frame.language(request), serviceSlug: form.service.slug,
                page: .confirmation)
        }
        // The access code is shown once: the session does not keep it after this page.
        if confirmation.accessCode != nil, var session = context.sessions.session {
            session.lastConfirmation?.accessCode = nil
            browserSessions.save(session, context)
        }
        return PageFrame.response(ConfirmationPage.render(model))
    }

    /// Gives the session a fresh idle time and goes back to the page.
    @Sendable func extendSession(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard var session = context.sessions.session else { throw PageError(.forbidden) }
        browserSessions.extend(&session)
        session.flash = Strings.for(frame.language(request)).sessionExtended
        browserSessions.save(session, context)
        return PageFrame.redirect(SiteRoute.safeReturnPath(context.form?.first("zurueck")) ?? SiteRoute.home.path)
    }

    // MARK: Files

    /// The applicant's own upload, while their draft holds it.
    @Sendable func downloadFile(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await publishedForm(context)
        guard let draft = context.sessions.session?.drafts[form.service.slug],
            let id = context.parameters.get("id").flatMap(UploadedFile.ID.init(string:)),
            let stored = try await uploads.store.file(id: id), stored.owner == draft.id, stored.submissionID == nil
        else { throw PageError(.notFound) }
        return uploads.download(stored.file)
    }

    /// `datei-entfernen:field:id`: drops one of the draft's files.
    private func removeFile(_ field: String, _ file: String, fields: [FormField], draft: inout PortalSession.Draft) async throws -> String? {
        guard fields.contains(where: { $0.key == field }), var ids = draft.values[field],
            let index = ids.firstIndex(of: file), let id = UploadedFile.ID(string: file)
        else { return nil }
        ids.remove(at: index)
        draft.values[field] = ids.isEmpty ? nil : ids
        try await uploads.store.delete(id: id, owner: draft.id)
        return "feld-\(field)"
    }

    // MARK: Helpers

    /// Adds an entry to a group on this page, or removes entry `number`, and returns the anchor to
    /// show next; nil for a group or entry the page does not have.
    private func entryAction(_ group: String, removing number: Int?, names: InputNames, draft: inout PortalSession.Draft) -> String? {
        guard let repetition = names.repetition(of: group) else { return nil }
        let entered = Repetition.highestEntry(of: group, in: draft.values)
        let current = Swift.max(draft.entryCounts[group] ?? Swift.max(repetition.min, 1), entered)
        guard let number else {
            guard current < repetition.max else { return "feld-\(group)" }
            draft.entryCounts[group] = current + 1
            return "feld-\(group).\(current + 1)"
        }
        guard (1...Swift.max(1, current)).contains(number) else { return nil }
        guard current > repetition.min else { return "feld-\(group)" }
        draft.removeEntry(number, of: group)
        draft.entryCounts[group] = Swift.max(0, current - 1)
        return "feld-\(group)"
    }

    /// A service that asks for a trust level is filled in only by an account signed in at that
    /// level or above; everyone else gets the ways to sign in, and comes back here afterwards.
    /// Staff testing a form are not asked (they cannot sign in as citizens).
    func signInRequired(_ form: PublishedForms.Entry, _ request: Request, _ context: PortalRequestContext, status: HTTPResponse.Status) -> Response? {
        guard let minimum = form.service.minimumTrustLevel, !form.isTest else { return nil }
        let session = context.sessions.session
        let current = session?.accountID == nil ? nil : (session?.trustLevel ?? .basic)
        if let current, current >= minimum { return nil }
        let language = frame.language(request)
        let text = IdentityText.for(language)
        return SignInGate(identityProviders: identityProviders, frame: frame, now: now, browserSessions: browserSessions).page(
            request, context, minimum: minimum,
            reason: text.gateText(form.service.title(language), minimum.label(language), minimum.explanation(language)), current: current,
            returnTo: SiteRoute.formStart(slug: form.service.slug).path, serviceTitle: form.service.title(language),
            back: (text.serviceLink, SiteRoute.service(slug: form.service.slug).path), status: status
        )
    }

    func publishedForm(_ context: PortalRequestContext) async throws -> PublishedForms.Entry {
        let slug = try context.parameters.require("slug")
        guard slug.count <= 200 else { throw PageError(.notFound) }
        if let session = context.sessions.session, session.staffUserID != nil, let versionID = session.testForms?[slug] {
            // Test mode: the version staff chose, published or not; never cached, never for citizens.
            guard let service = try await catalog.service(slug: slug), let version = try await catalog.formVersion(id: versionID),
                version.serviceID == service.id
            else { throw PageError(.notFound) }
            return PublishedForms.Entry(service: service, version: version, document: ByteBuffer(), isTest: true)
        }
        guard let form = try await forms.entry(slug: slug) else { throw PageError(.notFound) }
        return form
    }

    private func stepNumber(_ context: PortalRequestContext, _ form: PublishedForms.Entry) throws -> Int {
        guard let text = context.parameters.get("step"), let number = Int(text), (1...form.version.schema.steps.count).contains(number) else {
            throw PageError(.notFound)
        }
        return number
    }

    /// Once-Only: inputs whose autocomplete purpose the account's profile knows start filled in.
    /// Fixed values (read-only, hidden) are never overwritten; everything stays editable.
    static func prefill(_ draft: inout PortalSession.Draft, from account: CitizenAccount, schema: FormSchema) {
        for field in schema.fields where field.kind.takesInput && !field.kind.isCompound && field.kind != .readOnly && field.kind != .hidden {
            guard let token = field.autocomplete, let value = account.profile.value(for: token, email: account.email) else { continue }
            draft.values[field.key] = [value]
            draft.prefilledKeys.insert(field.key)
        }
        // Address blocks for the applicant's own address (not marked "off") take the profile's address.
        let address = account.profile.addressParts
        guard !address.isEmpty else { return }
        for field in schema.fields where field.kind == .postalAddress && field.autocomplete != "off" {
            for (part, value) in address { draft.values["\(field.key).\(part)"] = [value] }
            draft.prefilledKeys.insert(field.key)
        }
    }

    /// A draft for the current version; a draft for an older version starts over (carrying answers
    /// over to a new version comes with save-and-resume).
    private func freshDraft(_ existing: PortalSession.Draft?, _ form: PublishedForms.Entry) -> PortalSession.Draft {
        if let existing, existing.formVersionID == form.version.id { return existing }
        return PortalSession.Draft(formVersionID: form.version.id)
    }

    func progress(_ form: PublishedForms.Entry, _ draft: PortalSession.Draft) async throws -> FormProgress {
        FormProgress(form: form, draft: draft, today: LocalDate(now(), in: timeZone), files: try await files(of: draft, form))
    }

    /// The draft's uploads; only forms with file fields look them up.
    private func files(of draft: PortalSession.Draft, _ form: PublishedForms.Entry) async throws -> [UploadedFile] {
        guard form.hasFileFields else { return [] }
        return try await uploads.store.files(owner: draft.id)
    }

}
