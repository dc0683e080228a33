import Foundation
import Hummingbird
import PortalCore
import PortalFIM
import PortalViews

/// One field of a step: its page, saving it, and the preview of the draft.
extension EditorController {
    @Sendable func field(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            let draft = try await currentDraft(service)
            let index = try stepIndex(context, draft)
            guard let key = context.parameters.get("key"), let field = FormSchema.path(to: key, in: draft.schema.steps[index].fields)?.last else {
                throw PageError(.notFound)
            }
            return try await renderField(service, draft, index, field, request, context, editor, error: nil, status: .ok)
        }
    }

    func renderField(
        _ service: Service, _ draft: FormDraft, _ index: Int, _ field: FormField, _ request: Request, _ context: PortalRequestContext,
        _ editor: Context, error: String?, status: HTTPResponse.Status
    ) async throws -> Response {
        let jargon = try await jargonList()
        let earlier = Self.earlierFields(field, in: draft.schema)
        var model = EditorFieldPage.Model(
            shell: shell(request, context, editor, title: field.label, hasErrors: error != nil, draft: draft), serviceTitle: service.title, field: field,
            conditionFields: earlier, action: SiteRoute.editorField(slug: service.slug, step: index + 1, key: field.key).path,
            backPath: SiteRoute.editorStep(slug: service.slug, step: index + 1).path + "#feld-\(field.key)",
            csrfToken: editor.csrf, revision: draft.revision, error: error
        )
        model.warnings = PublishGate.warnings(for: field, jargon: jargon).map { $0.message(frame.language(request)) }
        return PageFrame.response(EditorFieldPage.render(model), status: status)
    }

    /// The answers given before this field: what a condition may refer to. Fields of a repeatable
    /// group count only for the fields after them in the same entry.
    static func earlierFields(_ field: FormField, in schema: FormSchema) -> [(value: String, label: String)] {
        var earlier: [(value: String, label: String)] = []
        func walk(_ fields: [FormField]) -> Bool {
            for candidate in fields {
                if candidate.key == field.key { return true }
                if candidate.kind == .group {
                    let before = earlier.count
                    if walk(candidate.fields) { return true }
                    if candidate.isRepeatable { earlier.removeSubrange(before...) }
                } else if candidate.kind.takesInput && !candidate.kind.isCompound {
                    earlier.append((candidate.key, candidate.label))
                }
            }
            return false
        }
        for step in schema.steps where walk(step.fields) { break }
        return earlier
    }

    @Sendable func saveField(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            var draft = try await draft(of: service, context, request)
            let index = try stepIndex(context, draft)
            guard let key = context.parameters.get("key"), var field = FormSchema.path(to: key, in: draft.schema.steps[index].fields)?.last else {
                throw PageError(.notFound)
            }
            let form = context.form ?? FormValues()
            let before = Set(draft.schema.problems)
            do {
                try EditorFieldForm.apply(form, to: &field, in: draft.schema, earlier: Set(Self.earlierFields(field, in: draft.schema).map(\.value)))
                try draft.schema.updateField(in: index, field)
            } catch let error as FormSchema.EditError {
                return try await renderField(
                    service, draft, index, field, request, context, editor, error: error.message(frame.language(request)), status: .unprocessableContent)
            }
            let introduced = draft.schema.problems.filter { !before.contains($0) }
            if !introduced.isEmpty {
                return try await renderField(
                    service, draft, index, field, request, context, editor, error: FormEditError.schemaProblems(introduced).message(frame.language(request)),
                    status: .unprocessableContent)
            }
            try await store(draft, service, request, by: editor)
            context.flash(EditorText.for(frame.language(request)).theFieldIsSaved("\(field.label)"))
            return PageFrame.redirect(SiteRoute.editorStep(slug: service.slug, step: index + 1).path + "#feld-\(field.key)")
        }
    }

    @Sendable func preview(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            let draft = try await currentDraft(service)
            let index = try stepIndex(context, draft)
            let step = draft.schema.steps[index]
            let page = EditorPreviewPage.render(
                .init(
                    shell: shell(request, context, editor, title: "\(text(request).preview): \(step.title)"), stepTitle: step.title,
                    fields: step.fields.map { FieldView(field: $0, values: [:], today: LocalDate(now(), in: frame.timeZone)) },
                    backPath: SiteRoute.editorStep(slug: service.slug, step: index + 1).path
                ))
            return PageFrame.response(page)
        }
    }
}
