import Foundation
import Hummingbird
import PortalCore
import PortalFIM
import PortalViews

/// Publishing the draft behind the gate.
extension EditorController {
    @Sendable func publish(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            let draft = try await draft(of: service, context, request)
            let requiresApproval = try await staff.orgUnit(id: service.orgUnitID)?.requiresApproval ?? true
            let blocking = PublishGate.check(service, schema: draft.schema, reviewState: draft.reviewState, requiresApproval: requiresApproval).filter(
                \.isBlocking)
            if !blocking.isEmpty {
                return try await renderService(
                    service, request, context, editor,
                    error: text(request).notPublishableYet(blocking.map { $0.finding.message(frame.language(request)) }.joined(separator: " ")),
                    status: .unprocessableContent)
            }
            let number: Int
            do {
                number = try await catalog.publish(draft, versionID: ids(), at: now())
            } catch is EditConflict {
                throw conflict(service, request)
            }
            try await reviews.record(DraftEvent(draftID: draft.id, at: now(), actor: editor.user.displayName, action: .published(version: number)))
            context.flash(EditorText.for(frame.language(request)).versionIsPublished("\(number)"))
            return PageFrame.redirect(.editorService(slug: service.slug))
        }
    }
}
