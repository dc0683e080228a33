import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// Test mode: editors, admins and the department's reviewers fill a service's form — its draft
/// (as a frozen test copy) or the published version — through the real citizen pages. What they
/// submit runs through the whole pipeline, flagged as a test everywhere.
struct TestModeController: Sendable {
    let catalog: any CatalogStore
    let access: StaffAccess
    let ids: IDGenerator
    let now: @Sendable () -> Date
    let frame: PageFrame

    func register(on router: Router<PortalRequestContext>) {
        router.post(SiteRoute.testStart(slug: "").pattern, use: start)
        router.post(SiteRoute.testEnd(slug: "").pattern, use: end)
    }

    @Sendable func start(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.editor, .admin, .reviewer]) { user, _ in
            let slug = try context.parameters.require("slug")
            let text = EditorText.for(frame.language(request))
            guard slug.count <= 200, let service = try await catalog.service(slug: slug), user.orgUnitIDs.contains(service.orgUnitID) else {
                throw PageError(.notFound)
            }
            let version: FormVersion
            switch context.form?.first("fassung") {
            case "entwurf":
                guard let draft = try await catalog.drafts(of: service.id).first, !draft.schema.steps.isEmpty else {
                    throw PageError(
                        .conflict(
                            text.noDraftToTest,
                            link: (text.backToService, SiteRoute.editorService(slug: slug).path)))
                }
                version = try await catalog.saveTestCopy(of: draft, id: ids(), at: now())
            case "veroeffentlicht":
                guard let current = try await catalog.currentFormVersion(of: service.id) else {
                    throw PageError(
                        .conflict(
                            text.noPublishedVersion,
                            link: (text.backToService, SiteRoute.editorService(slug: slug).path)))
                }
                version = current
            default:
                throw PageError(.badRequest(text.chooseWhatToTest))
            }
            guard var session = context.sessions.session else { return PageFrame.redirect(SiteRoute.staffLogin) }
            var tests = session.testForms ?? [:]
            tests[slug] = version.id
            session.testForms = tests
            // A draft of another version would not fit the test form.
            session.drafts[slug] = nil
            _ = context.sessions.updateSession(session)
            return PageFrame.redirect(.formStart(slug: slug))
        }
    }

    /// Leaves test mode for the service; the test answers are dropped with it.
    @Sendable func end(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard var session = context.sessions.session else { return PageFrame.redirect(.service(slug: slug)) }
        let wasTesting = session.testForms?[slug] != nil
        session.testForms?[slug] = nil
        if wasTesting { session.drafts[slug] = nil }
        session.flash = EditorText.for(frame.language(request)).testModeEnded
        _ = context.sessions.updateSession(session)
        guard wasTesting, let id = session.staffUserID, try await access.staff.user(id: id)?.roles.isDisjoint(with: [.editor, .admin]) == false else {
            return PageFrame.redirect(wasTesting ? SiteRoute.review(slug: slug).path : SiteRoute.service(slug: slug).path)
        }
        return PageFrame.redirect(.editorService(slug: slug))
    }
}
