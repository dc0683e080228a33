import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The draft's rules over several answers and its fee: picked from lists, or written as
/// expressions that are checked on save with a message saying where they went wrong.
extension EditorController {
    @Sendable func rules(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            return renderRules(service, try await currentDraft(service), request, context, editor, error: nil, entered: [:], status: .ok)
        }
    }

    func renderRules(
        _ service: Service, _ draft: FormDraft, _ request: Request, _ context: PortalRequestContext, _ editor: Context,
        error: String?, entered: [String: String], status: HTTPResponse.Status
    ) -> Response {
        let text = text(request)
        let schema = draft.schema
        let answers = schema.fields.filter { $0.kind.takesInput && !$0.kind.isCompound && $0.kind != .group }
        var model = EditorRulesPage.Model(
            shell: shell(request, context, editor, title: text.rulesAndFee, hasErrors: error != nil, draft: draft), serviceTitle: service.title,
            rules: schema.rules.map { rule in
                .init(message: rule.message, fieldLabel: schema.field(rule.field)?.label ?? rule.field, condition: FormExpression.text(rule.check))
            },
            fields: answers.map { ($0.key, "\($0.label) (\($0.key))") },
            numberFields: answers.filter { [.integer, .decimal, .money].contains($0.kind) }.map { ($0.key, "\($0.label) (\($0.key))") }
                + schema.fields.filter { $0.repetition != nil }.map { ($0.key, text.entryCount($0.label, $0.repetition?.itemName ?? "")) },
            fee: schema.fee.map(FormExpression.text), action: SiteRoute.editorRules(slug: service.slug).path,
            backPath: SiteRoute.editorService(slug: service.slug).path + "#formular", csrfToken: editor.csrf, revision: draft.revision, error: error
        )
        model.entered = entered
        return PageFrame.response(EditorRulesPage.render(model), status: status)
    }

    @Sendable func rulesAction(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            var draft = try await draft(of: service, context, request)
            let form = context.form ?? FormValues()
            guard let action = try form.action(EditorRulesAction.self) else { throw PageError(.unknownAction) }
            let entered = Dictionary(
                form.names.filter { $0 != "_csrf" && $0 != "revision" }.map { ($0, form.first($0) ?? "") }, uniquingKeysWith: { first, _ in first })
            let before = Set(draft.schema.problems)
            var anchor = "#regeln"
            do {
                switch action {
                case .addRule:
                    draft.schema.rules.append(try Self.rule(from: form, in: draft.schema))
                case .deleteRule(let index):
                    guard draft.schema.rules.indices.contains(index) else {
                        throw FormEditError.ruleMissing
                    }
                    draft.schema.rules.remove(at: index)
                case .pickFee:
                    draft.schema.fee = try Self.pickedFee(form, in: draft.schema)
                    anchor = "#gebuehr"
                case .writeFee:
                    let written = form.text("gebuehr_ausdruck")
                    guard !written.isEmpty else { throw FormEditError.feeExpressionMissing }
                    guard written.count <= 2000 else { throw FormEditError.tooLong(.expression, max: 2000) }
                    do throws(FormExpression.SyntaxError) {
                        draft.schema.fee = FormExpression.resolve(try FormExpression.fee(written), in: draft.schema)
                    } catch {
                        throw FormEditError.unreadableExpression(error)
                    }
                    anchor = "#gebuehr"
                case .removeFee:
                    draft.schema.fee = nil
                    anchor = "#gebuehr"
                }
                // What the schema check finds wrong with the new rule or fee is said here, not at publishing.
                let introduced = draft.schema.problems.filter { !before.contains($0) }
                if !introduced.isEmpty { throw FormEditError.schemaProblems(introduced) }
            } catch let error as FormSchema.EditError {
                let stored = try await currentDraft(service)
                return renderRules(
                    service, stored, request, context, editor, error: error.message(frame.language(request)), entered: entered, status: .unprocessableContent)
            }
            try await store(draft, service, request, by: editor)
            context.flash(EditorText.for(frame.language(request)).saved)
            return PageFrame.redirect(SiteRoute.editorRules(slug: service.slug).path + anchor)
        }
    }

    static func rule(from form: FormValues, in schema: FormSchema) throws(FormSchema.EditError) -> CrossFieldRule {
        let keys = Set(schema.fields.map(\.key))
        guard case .set(let picked) = try EditorFieldForm.readCondition(form, prefix: "regel", in: schema, allowed: keys), let check = picked else {
            throw FormEditError.ruleNeedsCheck
        }
        let message = form.text("regel_meldung")
        guard !message.isEmpty else { throw FormEditError.empty(.ruleMessage) }
        guard message.count <= 500 else { throw FormEditError.tooLong(.ruleMessage, max: 500) }
        let chosen = (form.first("regel_meldung_feld") ?? "").trimmingCharacters(in: .whitespaces)
        let field = chosen.isEmpty ? Self.firstKey(of: check) : chosen
        guard let field, keys.contains(field) else { throw FormEditError.ruleMessageFieldMissing }
        return CrossFieldRule(check: check, field: field, message: message)
    }

    /// The field a condition reads first, in writing order.
    static func firstKey(of condition: Condition) -> String? {
        switch condition {
        case .equals(let key, _), .oneOf(let key, _), .notEmpty(let key), .compare(let key, _, _), .compareFields(let key, _, _): key
        case .all(let parts), .any(let parts): parts.lazy.compactMap(firstKey).first
        case .not(let inner): firstKey(of: inner)
        }
    }

    /// Base amount plus an amount per unit of a number answer.
    static func pickedFee(_ form: FormValues, in schema: FormSchema) throws(FormSchema.EditError) -> FeeExpression {
        func amount(_ name: String, _ what: FormEditError.Amount) throws(FormSchema.EditError) -> Decimal? {
            let text = (form.first(name) ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "€", with: "").trimmingCharacters(
                in: .whitespaces)
            if text.isEmpty { return nil }
            guard let value = GermanFormat.parseNumber(text), value >= 0, value <= 1_000_000 else {
                throw FormEditError.invalidAmount(what, text)
            }
            return value
        }
        let base = try amount("gebuehr_grund", .base)
        let perKey = (form.first("gebuehr_je_feld") ?? "").trimmingCharacters(in: .whitespaces)
        let perUnit = try amount("gebuehr_je_betrag", .perUnit)
        if perKey.isEmpty {
            guard let base else {
                throw FormEditError.feeBaseMissing
            }
            return .amount(base)
        }
        guard let field = schema.field(perKey), [.integer, .decimal, .money].contains(field.kind) || field.repetition != nil else {
            throw FormEditError.feeFieldNotCountable
        }
        guard let perUnit else { throw FormEditError.feePerUnitMissing(field: field.label) }
        let variable = FeeExpression.product([.answer(perKey), .amount(perUnit)])
        return base.map { .sum([.amount($0), variable]) } ?? variable
    }
}
