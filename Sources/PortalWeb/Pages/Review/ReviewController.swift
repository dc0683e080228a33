import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The department's side of the review loop: drafts of their services, shown as citizens would see
/// them, remarks on the entry, a step or a field, and approving or asking for changes. Approval
/// names the revision it saw; a draft changed meanwhile cannot be approved unseen.
struct ReviewController: Sendable {
    let catalog: any CatalogStore
    let reviews: any ReviewStore
    let frame: PageFrame
    let now: @Sendable () -> Date
    let ids: IDGenerator
    let access: StaffAccess
    let notices: ReviewNotices

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.reviewHome.pattern, use: home)
        router.get(SiteRoute.review(slug: "").pattern, use: show)
        router.post(SiteRoute.review(slug: "").pattern, use: act)
    }

    private func asReviewer(_ context: PortalRequestContext, _ page: (StaffUser, String) async throws -> Response) async throws -> Response {
        try await access.run(context, allowing: [.reviewer, .admin], page)
    }

    @Sendable func home(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asReviewer(context) { user, _ in
            let language = frame.language(request)
            let text = EditorText.for(language)
            var rows: [ReviewListPage.Row] = []
            for service in try await catalog.services(of: user.orgUnitIDs) {
                guard let draft = try await catalog.drafts(of: service.id).first, draft.reviewState != .editing else { continue }
                rows.append(.init(title: service.title, state: draft.reviewState.label(language), path: SiteRoute.review(slug: service.slug).path))
            }
            let shell = frame.shell(request, context: context, title: text.reviewArea, staffName: user.displayName, staffHome: .reviewHome, now: now())
            return PageFrame.response(ReviewListPage.render(.init(shell: shell, rows: rows)))
        }
    }

    private func draftUnderReview(_ context: PortalRequestContext, _ user: StaffUser) async throws -> (Service, FormDraft) {
        let slug = try context.parameters.require("slug")
        guard slug.count <= 200, let service = try await catalog.service(slug: slug), user.orgUnitIDs.contains(service.orgUnitID),
            let draft = try await catalog.drafts(of: service.id).first, draft.reviewState != .editing
        else { throw PageError(.notFound) }
        return (service, draft)
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asReviewer(context) { user, csrf in
            let (service, draft) = try await draftUnderReview(context, user)
            return try await render(service, draft, user, csrf, request, context, error: nil, status: .ok)
        }
    }

    private func render(
        _ service: Service, _ draft: FormDraft, _ user: StaffUser, _ csrf: String, _ request: Request, _ context: PortalRequestContext,
        error: String?, status: HTTPResponse.Status
    ) async throws -> Response {
        let language = frame.language(request)
        let text = EditorText.for(language)
        let shell = frame.shell(
            request, context: context, title: service.title, hasErrors: error != nil, staffName: user.displayName, staffHome: .reviewHome, now: now())
        var model = ReviewPage.Model(
            shell: shell, service: service, state: draft.reviewState.label(language),
            steps: draft.schema.steps.map { step in
                var shown = ReviewPage.Step(
                    title: step.title, fields: step.fields.map { FieldView(field: $0, values: [:], today: LocalDate(now(), in: frame.timeZone)) })
                shown.rules = ReviewSummary.rules(of: step.fields)
                return shown
            },
            thread: ReviewThread(try await reviews.comments(of: draft.id), schema: draft.schema, text: text, frame: frame),
            targets: ReviewThread.targets(draft.schema, text: text), action: SiteRoute.review(slug: service.slug).path, csrfToken: csrf,
            revision: draft.revision, canDecide: draft.reviewState == .inReview && Self.mayDecide(user), backPath: SiteRoute.reviewHome.path, error: error
        )
        if !draft.schema.steps.isEmpty { model.testAction = SiteRoute.testStart(slug: service.slug).path }
        model.formRules = draft.schema.rules.map { "\($0.message) (\(FormExpression.text($0.check)))" }
        model.fee = draft.schema.fee.map(FormExpression.text)
        // Changes since the form this department last decided on, else since the published version.
        if let decided = try await reviews.events(of: draft.id).last(where: { $0.reviewedSchema != nil }), let schema = decided.reviewedSchema {
            model.changesBasis = text.reviewSince(frame.dateTime(decided.at))
            model.changes = ReviewSummary.changes(from: schema, to: draft.schema)
        } else if let published = try await catalog.currentFormVersion(of: service.id) {
            model.changesBasis = text.reviewAgainstVersion(published.number)
            model.changes = ReviewSummary.changes(from: published.schema, to: draft.schema)
        }
        return PageFrame.response(ReviewPage.render(model), status: status)
    }

    /// Whoever can edit drafts may not approve them: the department's check must be a second pair of eyes.
    static func mayDecide(_ user: StaffUser) -> Bool {
        !user.roles.contains(.editor) && !user.roles.contains(.admin)
    }

    @Sendable func act(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asReviewer(context) { user, csrf in
            var (service, draft) = try await draftUnderReview(context, user)
            let form = context.form ?? FormValues()
            let here = SiteRoute.review(slug: service.slug).path
            guard form.first("revision").flatMap(Int.init) == draft.revision else {
                throw PageError(
                    .conflict(
                        EditorText.for(frame.language(request)).draftChangedMeanwhile,
                        link: (EditorText.for(frame.language(request)).reviewArea, here)))
            }
            let message = form.text("nachricht")
            guard let action = try form.action(ReviewAction.self) else { throw PageError(.unknownAction) }
            switch action {
            case .comment:
                let target = form.first("ziel") ?? ""
                let remark = form.text("anmerkung")
                guard ReviewThread.targets(draft.schema, text: .german).contains(where: { $0.value == target }) else {
                    throw PageError(.badRequest(EditorText.for(frame.language(request)).unknownRemarkTarget))
                }
                guard !remark.isEmpty, remark.count <= 5000 else {
                    return try await render(
                        service, draft, user, csrf, request, context, error: EditorText.for(frame.language(request)).remarkRequired,
                        status: .unprocessableContent)
                }
                try await reviews.add(DraftComment(id: ids(), draftID: draft.id, target: target, author: user.displayName, text: remark, createdAt: now()))
                return PageFrame.redirect(here + "#anmerkungen")
            case .approve, .requestChanges:
                guard draft.reviewState == .inReview else { throw PageError(.badRequest(EditorText.for(frame.language(request)).draftNotInReview)) }
                guard Self.mayDecide(user) else { throw PageError(.noPermission(start: StaffAccess.startPage(for: user).path)) }
                let approve = action == .approve
                if message.count > 5000 { throw PageError(.badRequest(EditorText.for(frame.language(request)).reviewMessageTooLong)) }
                draft.reviewState = approve ? .approved : .changesRequested
                do {
                    try await catalog.updateDraft(draft)
                } catch is EditConflict {
                    throw PageError(
                        .conflict(
                            EditorText.for(frame.language(request)).draftChangedMeanwhile,
                            link: (EditorText.for(frame.language(request)).reviewArea, here)))
                }
                // The message with the decision is about the whole draft, not the catalogue entry.
                if !message.isEmpty {
                    try await reviews.add(
                        DraftComment(id: ids(), draftID: draft.id, target: "gesamt", author: user.displayName, text: message, createdAt: now()))
                }
                try await reviews.record(
                    DraftEvent(
                        draftID: draft.id, at: now(), actor: user.displayName,
                        action: approve ? .approved(revision: draft.revision) : .changesRequested,
                        reviewedSchema: draft.schema))
                await notices.decided(service, approved: approve, by: user.displayName)
                return PageFrame.redirect(SiteRoute.reviewHome)
            }
        }
    }
}
