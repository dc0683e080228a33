import Foundation
import Hummingbird
import PortalCore
import PortalFIM
import PortalViews

/// The draft and its steps: draft-wide actions (steps, FIM import), one step's page and actions.
extension EditorController {
    @Sendable func draftAction(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            let form = context.form ?? FormValues()
            guard let action = try form.action(EditorDraftAction.self) else { throw PageError(.unknownAction) }
            let formSection = SiteRoute.editorService(slug: service.slug).path + "#formular"
            switch action {
            case .createDraft:
                if try await catalog.drafts(of: service.id).isEmpty {
                    let current = try await catalog.currentFormVersion(of: service.id)
                    try await catalog.saveDraft(
                        FormDraft(
                            id: ids(), serviceID: service.id, schema: current?.schema ?? FormSchema(steps: []),
                            source: current.map { "Version \($0.number)" } ?? "Redaktion", notes: [], warnings: [], createdAt: now()
                        ), creating: nil)
                }
                return PageFrame.redirect(formSection)
            case .deleteTestSubmissions:
                let deleted = try await submissions.deleteTestSubmissions(of: service.id)
                context.flash(text(request).testSubmissionsDeleted(deleted))
                return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#testmodus")
            case .importFIM:
                return try await importFIM(service, request, context, editor)
            case .restore(let number):
                // An older version comes back as a draft, so it passes the gate and the review like any change.
                guard let old = try await catalog.formVersions(of: service.id).first(where: { $0.number == number }) else { throw PageError(.notFound) }
                guard try await catalog.drafts(of: service.id).isEmpty else {
                    return try await renderService(
                        service, request, context, editor,
                        error: text(request).draftExists, status: .conflict)
                }
                try await catalog.saveDraft(
                    FormDraft(
                        id: ids(), serviceID: service.id, schema: old.schema, source: "Version \(number)",
                        notes: [], warnings: [], createdAt: now()), creating: nil)
                try await reviews.record(
                    DraftEvent(
                        draftID: (try await catalog.drafts(of: service.id).first?.id) ?? ids(), at: now(),
                        actor: editor.user.displayName, action: .draftCreated(fromVersion: number)))
                context.flash(EditorText.for(frame.language(request)).versionIsNowADraft("\(number)"))
                return PageFrame.redirect(formSection)
            case .sendToReview:
                var draft = try await draft(of: service, context, request)
                guard draft.reviewState == .editing || draft.reviewState == .changesRequested else { throw conflict(service, request) }
                draft.reviewState = .inReview
                try await store(draft, service, request)
                try await reviews.record(DraftEvent(draftID: draft.id, at: now(), actor: editor.user.displayName, action: .sentToReview))
                await notices.sentToReview(service, by: editor.user.displayName)
                context.flash(text(request).sentToReview)
                return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#pruefung-status")
            case .reply(let commentID), .resolve(let commentID):
                let draft = try await draft(of: service, context, request)
                let comments = try await reviews.comments(of: draft.id)
                guard let id = DraftComment.ID(string: commentID), let comment = comments.first(where: { $0.id == id && $0.replyTo == nil }) else {
                    throw PageError(.notFound)
                }
                if case .reply = action {
                    let answer = form.text("antwort-\(id.description)")
                    guard !answer.isEmpty, answer.count <= 5000 else {
                        return try await renderService(
                            service, request, context, editor, error: text(request).replyRequired,
                            status: .unprocessableContent)
                    }
                    try await reviews.add(
                        DraftComment(
                            id: ids(), draftID: draft.id, target: comment.target, author: editor.user.displayName, text: answer, createdAt: now(),
                            replyTo: comment.id))
                } else {
                    try await reviews.resolve(comment.id, of: draft.id)
                    try await reviews.record(
                        DraftEvent(
                            draftID: draft.id, at: now(), actor: editor.user.displayName,
                            action: .commentResolved(String(comment.text.prefix(60)))))
                }
                return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#pruefung-status")
            case .discardDraft:
                let draft = try await draft(of: service, context, request)
                try await catalog.deleteDraft(draft.id)
                return PageFrame.redirect(formSection)
            case .addStep:
                return try await editSteps(service, request, context, editor) { try $0.addStep(title: form.first("titel") ?? "") }
            case .moveStepUp(let index):
                return try await editSteps(service, request, context, editor) { try $0.moveStep(index, by: -1) }
            case .moveStepDown(let index):
                return try await editSteps(service, request, context, editor) { try $0.moveStep(index, by: 1) }
            case .deleteStep(let index):
                return try await editSteps(service, request, context, editor) { try $0.deleteStep(index) }
            }
        }
    }

    /// Changes the draft's steps; a refused change is said on the service page and nothing is stored.
    private func editSteps(
        _ service: Service, _ request: Request, _ context: PortalRequestContext, _ editor: Context,
        _ edit: (inout FormSchema) throws -> Void
    ) async throws -> Response {
        var draft = try await draft(of: service, context, request)
        do {
            try edit(&draft.schema)
        } catch let error as FormSchema.EditError {
            return try await renderService(service, request, context, editor, error: error.message(frame.language(request)), status: .unprocessableContent)
        }
        try await store(draft, service, request, by: editor)
        return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#formular")
    }

    /// A FIM schema uploaded in the browser becomes the service's draft, with its notes and warnings.
    func importFIM(_ service: Service, _ request: Request, _ context: PortalRequestContext, _ editor: Context) async throws -> Response {
        guard try await catalog.drafts(of: service.id).isEmpty else {
            return try await renderService(
                service, request, context, editor,
                error: text(request).draftExistsBeforeImport, status: .conflict)
        }
        guard let upload = context.files.first(where: { $0.field == "schema" }), upload.size > 0, !upload.isTruncated,
            let data = FileManager.default.contents(atPath: upload.location.path)
        else {
            return try await renderService(
                service, request, context, editor, error: text(request).chooseSchemaFile, status: .unprocessableContent)
        }
        let result: XDFImport
        do {
            result = try XDFImporter().importSchema(data)
        } catch {
            return try await renderService(
                service, request, context, editor, error: text(request).schemaNotImported(error.message), status: .unprocessableContent)
        }
        try await catalog.saveDraft(
            FormDraft(
                id: ids(), serviceID: service.id, schema: result.schema,
                source: "FIM \(result.id) \(result.version ?? "")".trimmingCharacters(in: .whitespaces),
                notes: result.notes, warnings: result.warnings, createdAt: now()
            ), creating: nil)
        context.flash(EditorText.for(frame.language(request)).theSchemaIsImportedSteps("\(result.schema.steps.count)", "\(result.warnings.count)"))
        return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#formular")
    }

    @Sendable func step(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            let draft = try await currentDraft(service)
            return try renderStep(service, draft, try stepIndex(context, draft), request, context, editor, error: nil, status: .ok)
        }
    }

    func renderStep(
        _ service: Service, _ draft: FormDraft, _ index: Int, _ request: Request, _ context: PortalRequestContext,
        _ editor: Context, error: String?, status: HTTPResponse.Status
    ) throws -> Response {
        let step = draft.schema.steps[index]
        let page = EditorStepPage.render(
            .init(
                shell: shell(request, context, editor, title: step.title, hasErrors: error != nil, draft: draft), serviceTitle: service.title,
                stepNumber: index + 1, stepTitle: step.title,
                fields: Self.rows(step.fields, depth: 0) { SiteRoute.editorField(slug: service.slug, step: index + 1, key: $0).path },
                action: SiteRoute.editorStep(slug: service.slug, step: index + 1).path,
                previewPath: SiteRoute.editorPreview(slug: service.slug, step: index + 1).path,
                backPath: SiteRoute.editorService(slug: service.slug).path + "#schritt-\(index + 1)",
                csrfToken: editor.csrf, revision: draft.revision, error: error
            ))
        return PageFrame.response(page, status: status)
    }

    /// The step's fields in order, the fields of groups right below their group.
    static func rows(_ fields: [FormField], depth: Int, path: (String) -> String) -> [EditorStepPage.FieldRow] {
        fields.flatMap { field -> [EditorStepPage.FieldRow] in
            var row = EditorStepPage.FieldRow(key: field.key, label: field.label, kind: field.kind, isRequired: field.needsAnswer, editPath: path(field.key))
            row.depth = depth
            row.isRepeatable = field.isRepeatable
            return [row] + (field.kind == .group ? rows(field.fields, depth: depth + 1, path: path) : [])
        }
    }

    @Sendable func stepAction(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            var draft = try await draft(of: service, context, request)
            let index = try stepIndex(context, draft)
            let form = context.form ?? FormValues()
            guard let action = try form.action(EditorStepAction.self) else { throw PageError(.unknownAction) }
            var anchor = ""
            do {
                switch action {
                case .rename: try draft.schema.renameStep(index, to: form.first("titel") ?? "")
                case .addField:
                    guard let kind = form.first("art").flatMap(FieldKind.init(rawValue:)), EditorStepPage.addableKinds.contains(kind) else {
                        throw FormEditError.fieldKindMissing
                    }
                    let group = (form.first("gruppe") ?? "").isEmpty ? nil : form.first("gruppe")
                    anchor = "#feld-" + (try draft.schema.addField(to: index, inGroup: group, kind: kind, label: form.first("beschriftung") ?? ""))
                case .moveFieldUp(let key): try draft.schema.moveField(key, in: index, by: -1)
                case .moveFieldDown(let key): try draft.schema.moveField(key, in: index, by: 1)
                case .deleteField(let key): try draft.schema.deleteField(key, in: index)
                }
            } catch let error as FormSchema.EditError {
                return try renderStep(
                    service, draft, index, request, context, editor, error: error.message(frame.language(request)), status: .unprocessableContent)
            }
            try await store(draft, service, request, by: editor)
            return PageFrame.redirect(SiteRoute.editorStep(slug: service.slug, step: index + 1).path + anchor)
        }
    }
}
