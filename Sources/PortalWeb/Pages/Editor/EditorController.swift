import Foundation
import Hummingbird
import PortalCore
import PortalFIM
import PortalViews

/// The Onlineredaktion: services of the editor's org units, their catalogue entries, the form
/// builder on a draft (no JavaScript needed), previews and publishing behind the gate. Every
/// change names the draft revision it was based on; a stale one is refused, never merged.
struct EditorController: Sendable {
    let catalog: any CatalogStore
    let submissions: any SubmissionStore
    let reviews: any ReviewStore
    let staff: any StaffStore
    let pages: any PortalPageStore
    let notices: ReviewNotices
    let frame: PageFrame
    let now: @Sendable () -> Date
    let ids: IDGenerator
    let savedDraftDays: Int
    let access: StaffAccess
    /// A payment platform is set up: services may take their fee online.
    let hasPaymentPlatform: Bool

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.editorHome.pattern, use: home)
        router.post(SiteRoute.editorCreate.pattern, use: create)
        router.get(SiteRoute.editorService(slug: "").pattern, use: service)
        router.get(SiteRoute.editorEntry(slug: "").pattern, use: entry)
        router.post(SiteRoute.editorEntry(slug: "").pattern, use: saveEntry)
        router.get(SiteRoute.editorPrivacy(slug: "").pattern, use: privacy)
        router.post(SiteRoute.editorDraft(slug: "").pattern, use: draftAction)
        router.get(SiteRoute.editorStep(slug: "", step: 0).pattern, use: step)
        router.post(SiteRoute.editorStep(slug: "", step: 0).pattern, use: stepAction)
        router.get(SiteRoute.editorField(slug: "", step: 0, key: "").pattern, use: field)
        router.post(SiteRoute.editorField(slug: "", step: 0, key: "").pattern, use: saveField)
        router.get(SiteRoute.editorPreview(slug: "", step: 0).pattern, use: preview)
        router.post(SiteRoute.editorPublish(slug: "").pattern, use: publish)
        router.post(SiteRoute.editorPrivacy(slug: "").pattern, use: savePrivacy)
        router.get(SiteRoute.editorPayment(slug: "").pattern, use: payment)
        router.post(SiteRoute.editorPayment(slug: "").pattern, use: savePayment)
        router.get(SiteRoute.editorRules(slug: "").pattern, use: rules)
        router.post(SiteRoute.editorRules(slug: "").pattern, use: rulesAction)
    }

    /// What every editor request starts from.
    struct Context {
        let user: StaffUser
        let csrf: String
    }

    func asEditor(_ context: PortalRequestContext, _ page: (Context) async throws -> Response) async throws -> Response {
        try await access.run(context, allowing: [.editor, .admin]) { user, csrf in try await page(Context(user: user, csrf: csrf)) }
    }

    /// The service, if it belongs to one of the editor's org units; others look like "not found".
    func ownService(_ context: PortalRequestContext, _ editor: Context) async throws -> Service {
        let slug = try context.parameters.require("slug")
        guard slug.count <= 200, let service = try await catalog.service(slug: slug), editor.user.orgUnitIDs.contains(service.orgUnitID) else {
            throw PageError(.notFound)
        }
        return service
    }

    /// The editors' page frame; pages of an approved draft warn that a change withdraws the approval.
    func shell(
        _ request: Request, _ context: PortalRequestContext, _ editor: Context, title: String, hasErrors: Bool = false,
        draft: FormDraft? = nil
    ) -> PageShell {
        var shell = frame.shell(
            request, context: context, title: title, hasErrors: hasErrors, staffName: editor.user.displayName, staffHome: .editorHome, now: now())
        if draft?.reviewState == .approved { shell.warning = text(request).approvedWarning }
        return shell
    }

    func text(_ request: Request) -> EditorText {
        EditorText.for(frame.language(request))
    }

    // MARK: The draft

    /// The service's draft at the revision the page was showing; a stale page gets a conflict.
    func draft(of service: Service, _ context: PortalRequestContext, _ request: Request) async throws -> FormDraft {
        guard let draft = try await catalog.drafts(of: service.id).first else {
            throw PageError(.conflict(text(request).noDraftAnyMore, link: (text(request).backToService, SiteRoute.editorService(slug: service.slug).path)))
        }
        guard let posted = context.form?.first("revision").flatMap(Int.init), posted == draft.revision else { throw conflict(service, request) }
        return draft
    }

    func conflict(_ service: Service, _ request: Request) -> PageError {
        PageError(
            .conflict(
                text(request).draftChangedByOthers,
                link: (text(request).backToService, SiteRoute.editorService(slug: service.slug).path)
            ))
    }

    /// Saves an edited draft; a change after approval withdraws the approval, so what is published
    /// is always what the department saw.
    func store(_ draft: FormDraft, _ service: Service, _ request: Request, by editor: Context? = nil) async throws {
        var draft = draft
        let withdrawn = draft.reviewState == .approved && editor != nil
        if withdrawn { draft.reviewState = .editing }
        do {
            try await catalog.updateDraft(draft)
        } catch is EditConflict {
            throw conflict(service, request)
        }
        if withdrawn, let editor {
            try await reviews.record(
                DraftEvent(draftID: draft.id, at: now(), actor: editor.user.displayName, action: .changedAfterApproval))
        }
    }

    func stepIndex(_ context: PortalRequestContext, _ draft: FormDraft) throws -> Int {
        guard let number = context.parameters.get("step").flatMap(Int.init), (1...max(1, draft.schema.steps.count)).contains(number),
            draft.schema.steps.indices.contains(number - 1)
        else { throw PageError(.notFound) }
        return number - 1
    }

    func currentDraft(_ service: Service) async throws -> FormDraft {
        guard let draft = try await catalog.drafts(of: service.id).first else { throw PageError(.notFound) }
        return draft
    }
}
