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
            let action = form.first("_aktion") ?? ""
            if action == "entwurf-anlegen" {
                if try await catalog.drafts(of: service.id).isEmpty {
                    let current = try await catalog.currentFormVersion(of: service.id)
                    try await catalog.saveDraft(FormDraft(
                        id: ids(), serviceID: service.id, schema: current?.schema ?? FormSchema(steps: []),
                        source: current.map { "Version \($0.number)" } ?? "Redaktion", notes: [], warnings: [], createdAt: now()
                    ), creating: nil)
                }
                return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#formular")
            }
            if action == "testantraege-loeschen" {
                let deleted = try await submissions.deleteTestSubmissions(of: service.id)
                flash(frame.language(request) == .german
                      ? (deleted == 1 ? "1 Testantrag ist gelöscht." : "\(deleted) Testanträge sind gelöscht.")
                      : "\(deleted) test application(s) deleted.", context)
                return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#testmodus")
            }
            if action == "fim-import" {
                return try await importFIM(service, request, context, editor)
            }
            if action.hasPrefix("wiederherstellen:"), let number = Int(action.dropFirst("wiederherstellen:".count)) {
                // An older version comes back as a draft, so it passes the gate and the review like any change.
                guard let old = try await catalog.formVersions(of: service.id).first(where: { $0.number == number }) else { throw PageError(.notFound) }
                guard try await catalog.drafts(of: service.id).isEmpty else {
                    return try await renderService(service, request, context, editor,
                                                   error: "Es gibt schon einen Entwurf. Veröffentlichen oder verwerfen Sie ihn zuerst.", status: .conflict)
                }
                try await catalog.saveDraft(FormDraft(id: ids(), serviceID: service.id, schema: old.schema, source: "Version \(number)",
                                                      notes: [], warnings: [], createdAt: now()), creating: nil)
                try await reviews.record(DraftEvent(draftID: (try await catalog.drafts(of: service.id).first?.id) ?? ids(), at: now(),
                                                    actor: editor.user.displayName, action: "Entwurf aus Version \(number) angelegt."))
                flash(frame.language(request) == .german
                      ? "Version \(number) liegt jetzt als Entwurf vor; nach Prüfung und Veröffentlichung wird sie die neue Version."
                      : "Version \(number) is now a draft; once reviewed and published it becomes the new version.", context)
                return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#formular")
            }
            var draft = try await draft(of: service, context, request)
            if action == "zur-pruefung" {
                guard draft.reviewState == .editing || draft.reviewState == .changesRequested else { throw conflict(service, request) }
                draft.reviewState = .inReview
                try await store(draft, service, request)
                try await reviews.record(DraftEvent(draftID: draft.id, at: now(), actor: editor.user.displayName, action: "Zur Prüfung gesendet."))
                await notices.sentToReview(service, by: editor.user.displayName)
                flash(text(request).sentToReview, context)
                return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#pruefung-status")
            }
            if let colon = action.firstIndex(of: ":"), ["antworten", "erledigt"].contains(action[..<colon]) {
                let comments = try await reviews.comments(of: draft.id)
                guard let id = DraftComment.ID(string: String(action[action.index(after: colon)...])), let comment = comments.first(where: { $0.id == id && $0.replyTo == nil }) else {
                    throw PageError(.notFound)
                }
                if action.hasPrefix("antworten") {
                    let answer = (form.first("antwort-\(id.description)") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !answer.isEmpty, answer.count <= 5000 else {
                        return try await renderService(service, request, context, editor, error: "Bitte schreiben Sie eine Antwort (höchstens 5000 Zeichen).", status: .unprocessableContent)
                    }
                    try await reviews.add(DraftComment(id: ids(), draftID: draft.id, target: comment.target, author: editor.user.displayName, text: answer, createdAt: now(), replyTo: comment.id))
                } else {
                    try await reviews.resolve(comment.id, of: draft.id)
                    try await reviews.record(DraftEvent(draftID: draft.id, at: now(), actor: editor.user.displayName, action: "Anmerkung als erledigt markiert: „\(comment.text.prefix(60))“"))
                }
                return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#pruefung-status")
            }
            if action == "entwurf-verwerfen" {
                try await catalog.deleteDraft(draft.id)
                return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#formular")
            }
            let parts = action.split(separator: ":", maxSplits: 1).map(String.init)
            do {
                switch (parts.first ?? "", parts.count > 1 ? Int(parts[1]) : nil) {
                case ("schritt-hinzufuegen", nil): try draft.schema.addStep(title: form.first("titel") ?? "")
                case ("schritt-hoch", let index?): try draft.schema.moveStep(index, by: -1)
                case ("schritt-runter", let index?): try draft.schema.moveStep(index, by: 1)
                case ("schritt-loeschen", let index?): try draft.schema.deleteStep(index)
                default: throw PageError(.badRequest("Diese Aktion gibt es nicht. Es wurde nichts gespeichert."))
                }
            } catch let error as FormSchema.EditError {
                return try await renderService(service, request, context, editor, error: error.message, status: .unprocessableContent)
            }
            try await store(draft, service, request, by: editor)
            return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#formular")
        }
    }

    /// A FIM schema uploaded in the browser becomes the service's draft, with its notes and warnings.
    func importFIM(_ service: Service, _ request: Request, _ context: PortalRequestContext, _ editor: Context) async throws -> Response {
        guard try await catalog.drafts(of: service.id).isEmpty else {
            return try await renderService(service, request, context, editor,
                                           error: "Es gibt schon einen Entwurf. Veröffentlichen oder verwerfen Sie ihn, bevor Sie ein Schema importieren.", status: .conflict)
        }
        guard let upload = context.files.first(where: { $0.field == "schema" }), upload.size > 0, !upload.isTruncated,
              let data = FileManager.default.contents(atPath: upload.location.path)
        else {
            return try await renderService(service, request, context, editor, error: "Bitte wählen Sie eine XML-Datei mit dem Schema.", status: .unprocessableContent)
        }
        let result: XDFImport
        do {
            result = try XDFImporter().importSchema(data)
        } catch {
            return try await renderService(service, request, context, editor, error: "Das Schema lässt sich nicht importieren: \(error.message)", status: .unprocessableContent)
        }
        try await catalog.saveDraft(FormDraft(
            id: ids(), serviceID: service.id, schema: result.schema,
            source: "FIM \(result.id) \(result.version ?? "")".trimmingCharacters(in: .whitespaces),
            notes: result.notes, warnings: result.warnings, createdAt: now()
        ), creating: nil)
        flash(frame.language(request) == .german
              ? "Das Schema ist importiert: \(result.schema.steps.count) Schritte, \(result.warnings.count) Warnungen."
              : "The schema is imported: \(result.schema.steps.count) steps, \(result.warnings.count) warnings.", context)
        return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#formular")
    }

    @Sendable func step(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            let draft = try await currentDraft(service)
            return try renderStep(service, draft, try stepIndex(context, draft), request, context, editor, error: nil, status: .ok)
        }
    }

    func renderStep(_ service: Service, _ draft: FormDraft, _ index: Int, _ request: Request, _ context: PortalRequestContext,
                            _ editor: Context, error: String?, status: HTTPResponse.Status) throws -> Response {
        let step = draft.schema.steps[index]
        let page = EditorStepPage.render(.init(
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
            let action = form.first("_aktion") ?? ""
            let parts = action.split(separator: ":", maxSplits: 1).map(String.init)
            var anchor = ""
            do {
                switch (parts.first ?? "", parts.count > 1 ? parts[1] : nil) {
                case ("umbenennen", nil): try draft.schema.renameStep(index, to: form.first("titel") ?? "")
                case ("feld-hinzufuegen", nil):
                    guard let kind = form.first("art").flatMap(FieldKind.init(rawValue:)), EditorStepPage.addableKinds.contains(kind) else {
                        throw FormSchema.EditError("Bitte wählen Sie die Art des Feldes.")
                    }
                    let group = (form.first("gruppe") ?? "").isEmpty ? nil : form.first("gruppe")
                    anchor = "#feld-" + (try draft.schema.addField(to: index, inGroup: group, kind: kind, label: form.first("beschriftung") ?? ""))
                case ("feld-hoch", let key?): try draft.schema.moveField(key, in: index, by: -1)
                case ("feld-runter", let key?): try draft.schema.moveField(key, in: index, by: 1)
                case ("feld-loeschen", let key?): try draft.schema.deleteField(key, in: index)
                default: throw PageError(.badRequest("Diese Aktion gibt es nicht. Es wurde nichts gespeichert."))
                }
            } catch let error as FormSchema.EditError {
                return try renderStep(service, draft, index, request, context, editor, error: error.message, status: .unprocessableContent)
            }
            try await store(draft, service, request, by: editor)
            return PageFrame.redirect(SiteRoute.editorStep(slug: service.slug, step: index + 1).path + anchor)
        }
    }
}
