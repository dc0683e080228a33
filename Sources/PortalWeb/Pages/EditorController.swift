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
    func shell(_ request: Request, _ context: PortalRequestContext, _ editor: Context, title: String, hasErrors: Bool = false,
               draft: FormDraft? = nil) -> PageShell {
        var shell = frame.shell(request, context: context, title: title, hasErrors: hasErrors, staffName: editor.user.displayName, staffHome: .editorHome, now: now())
        if draft?.reviewState == .approved { shell.warning = text(request).approvedWarning }
        return shell
    }

    func text(_ request: Request) -> EditorText {
        EditorText.for(frame.language(request))
    }

    func flash(_ message: String, _ context: PortalRequestContext) {
        guard var session = context.sessions.session else { return }
        session.flash = message
        _ = context.sessions.updateSession(session)
    }

    // MARK: Services

    @Sendable func home(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in try await renderHome(request, context, editor, error: nil, entered: ("", ""), status: .ok) }
    }

    private func renderHome(_ request: Request, _ context: PortalRequestContext, _ editor: Context, error: String?,
                            entered: (String, String), enteredUnit: String? = nil, status: HTTPResponse.Status) async throws -> Response {
        let text = text(request)
        var rows: [EditorServicesPage.Row] = []
        for service in try await catalog.services(of: editor.user.orgUnitIDs) {
            let hasDraft = try await !catalog.drafts(of: service.id).isEmpty
            let status = [service.isPublished ? text.published : text.unpublished] + (hasDraft ? [text.draftOpen] : [])
            rows.append(.init(title: service.title, status: status.joined(separator: " · "), path: SiteRoute.editorService(slug: service.slug).path))
        }
        var units: [(value: String, label: String)] = []
        for unit in try await staff.orgUnits() where editor.user.orgUnitIDs.contains(unit.id) { units.append((unit.slug, unit.name)) }
        var model = EditorServicesPage.Model(
            shell: shell(request, context, editor, title: text.area, hasErrors: error != nil), rows: rows, orgUnits: units,
            createAction: SiteRoute.editorCreate.path, csrfToken: editor.csrf, error: error, entered: entered
        )
        model.enteredUnit = enteredUnit
        let page = EditorServicesPage.render(model)
        return PageFrame.response(page, status: status)
    }

    @Sendable func create(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let form = context.form ?? FormValues()
            let title = (form.first("titel") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let typedSlug = (form.first("kurzname") ?? "").trimmingCharacters(in: .whitespaces)
            // An empty short name is made from the title, numbered on when it is taken.
            var slug = typedSlug
            if slug.isEmpty && !title.isEmpty {
                let base = Service.suggestedSlug(for: title)
                slug = base
                var number = 2
                while try await catalog.service(slug: slug) != nil, number < 100 {
                    slug = "\(base)-\(number)"
                    number += 1
                }
            }
            let failure: String? =
                title.isEmpty || title.count > 200 ? "Bitte geben Sie einen Titel mit höchstens 200 Zeichen an."
                : !Service.isValidSlug(slug)
                    ? "Der Kurzname muss 3 bis 100 Zeichen lang sein: Kleinbuchstaben, Ziffern und Bindestriche."
                : try await catalog.service(slug: slug) != nil ? "Den Kurznamen „\(slug)“ gibt es schon." : nil
            guard let unitSlug = form.first("stelle"), let unit = try await staff.orgUnit(slug: unitSlug), editor.user.orgUnitIDs.contains(unit.id) else {
                return try await renderHome(request, context, editor, error: "Bitte wählen Sie eine Ihrer Stellen.", entered: (title, typedSlug), status: .unprocessableContent)
            }
            if let failure {
                return try await renderHome(request, context, editor, error: failure, entered: (title, typedSlug), enteredUnit: unitSlug,
                                            status: .unprocessableContent)
            }
            let service = Service.newDraft(id: ids(), slug: slug, title: title, orgUnit: unit)
            let draft = FormDraft(id: ids(), serviceID: service.id, schema: FormSchema(steps: []), source: "Redaktion", notes: [], warnings: [], createdAt: now())
            try await catalog.saveDraft(draft, creating: service)
            flash(frame.language(request) == .german ? "Die Leistung ist angelegt; ihre Adresse endet auf „\(slug)“." : "The service is created; its address ends in “\(slug)”.", context)
            return PageFrame.redirect(.editorService(slug: slug))
        }
    }

    @Sendable func service(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            try await renderService(try await ownService(context, editor), request, context, editor, error: nil, status: .ok)
        }
    }

    @Sendable func entry(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            try await renderService(try await ownService(context, editor), request, context, editor, error: nil, status: .ok, section: .entry)
        }
    }

    @Sendable func privacy(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            try await renderService(try await ownService(context, editor), request, context, editor, error: nil, status: .ok, section: .privacy)
        }
    }

    /// The service's overview, or its entry or privacy page; after a refused save those pages show
    /// what was entered (`entered`, `enteredPrivacy`, `enteredUnit`), never the stored text.
    private func renderService(_ service: Service, _ request: Request, _ context: PortalRequestContext, _ editor: Context,
                               error: String?, status: HTTPResponse.Status, section: EditorServicePage.Section = .overview,
                               entered: Service? = nil, enteredPrivacy: PrivacyStatement? = nil, enteredUnit: String? = nil,
                               stamp: String? = nil) async throws -> Response {
        let text = text(request)
        let title = switch section {
        case .overview: service.title
        case .entry: text.entryOf(service.title)
        case .privacy: text.privacyOf(service.title)
        }
        let versions = try await catalog.formVersions(of: service.id)
        let current = versions.first
        let draft = try await catalog.drafts(of: service.id).first
        let requiresApproval = try await staff.orgUnit(id: service.orgUnitID)?.requiresApproval ?? true
        let jargon = try await jargonList()
        var model = EditorServicePage.Model(
            shell: shell(request, context, editor, title: title, hasErrors: error != nil, draft: draft), service: entered ?? service,
            entryAction: SiteRoute.editorEntry(slug: service.slug).path, draftAction: SiteRoute.editorDraft(slug: service.slug).path,
            publishAction: SiteRoute.editorPublish(slug: service.slug).path, csrfToken: editor.csrf, publishedVersion: current?.number,
            draft: draft.map { draft in
                var shown = EditorServicePage.Draft(
                    label: text.draftFrom(draft.source, draft.revision), revision: draft.revision,
                    steps: draft.schema.steps.enumerated().map { index, step in
                        .init(title: step.title, fieldCount: step.answerFields.count, path: SiteRoute.editorStep(slug: service.slug, step: index + 1).path)
                    }, notes: draft.notes, warnings: draft.warnings)
                shown.ruleCount = draft.schema.rules.count
                shown.hasFee = draft.schema.fee != nil
                return shown
            },
            gate: draft.map { PublishGate.check(service, schema: $0.schema, reviewState: $0.reviewState, requiresApproval: requiresApproval, jargon: jargon) } ?? [],
            error: error, backPath: section == .overview ? SiteRoute.editorHome.path : SiteRoute.editorService(slug: service.slug).path
        )
        model.section = section
        if let draft {
            let language = frame.language(request)
            model.review = .init(
                state: draft.reviewState.label(language),
                canSend: requiresApproval && (draft.reviewState == .editing || draft.reviewState == .changesRequested),
                thread: ReviewThread(try await reviews.comments(of: draft.id), schema: draft.schema, text: text, frame: frame),
                history: try await reviews.events(of: draft.id).map { "\(frame.dateTime($0.at)) · \($0.actor): \($0.action)" }
            )
        }
        let schema = draft?.schema ?? current?.schema
        model.privacy = enteredPrivacy ?? service.privacy
            ?? PrivacyStatement.proposal(for: service, schema: schema, savedDraftDays: savedDraftDays, now: now())
        if let stored = service.privacy { model.privacyUpdated = frame.date(stored.updatedAt) }
        if let statement = model.privacy, let schema { model.privacySuggestions = statement.unlistedCategories(in: schema) }
        model.privacyAction = SiteRoute.editorPrivacy(slug: service.slug).path
        model.testAction = SiteRoute.testStart(slug: service.slug).path
        model.entryStamp = stamp ?? Self.entryStamp(service)
        for unit in try await staff.orgUnits() where editor.user.orgUnitIDs.contains(unit.id) || unit.id == service.orgUnitID {
            model.orgUnits.append((unit.slug, unit.name))
            if unit.id == service.orgUnitID {
                model.orgUnitSlug = unit.slug
                model.orgUnitName = unit.name
            }
        }
        if let enteredUnit, model.orgUnits.contains(where: { $0.value == enteredUnit }) { model.orgUnitSlug = enteredUnit }
        if draft != nil { model.rulesPath = SiteRoute.editorRules(slug: service.slug).path }
        model.testCount = try await submissions.testSubmissionCount(of: service.id)
        model.versions = versions.enumerated().map { index, version in
            let previous = index + 1 < versions.count ? versions[index + 1].schema : FormSchema(steps: [])
            return .init(number: version.number, publishedAt: frame.dateTime(version.publishedAt),
                         changes: SchemaChange.between(previous, version.schema).map(\.german), isCurrent: index == 0)
        }
        return PageFrame.response(EditorServicePage.render(model), status: status)
    }

    /// The office words the admins listed, or the portal's defaults.
    func jargonList() async throws -> [(word: String, plain: String)] {
        PublishGate.jargon(from: try await pages.page(slug: AdminPagesController.jargonSlug)?.body ?? PublishGate.defaultJargonText)
    }

    /// A fingerprint of the catalogue entry's own texts (not the privacy statement or publish flag).
    static func entryStamp(_ service: Service) -> String {
        let contact = service.contact
        let parts: [String?] = [
            service.title, service.summary, service.titleEnglish, service.summaryEnglish, service.leikaKey, service.description, service.category,
            service.steps.joined(separator: "\n"), service.requiredDocuments.joined(separator: "\n"), service.feesText, service.deadlines,
            service.processingTime, service.legalBasis, service.redress, contact.name, contact.phone, contact.email, contact.address, contact.openingHours,
            service.orgUnitID.description, service.minimumTrustLevel?.rawValue,
        ]
        return String(SHA256Hex.of(parts.map { $0 ?? "\u{0}" }.joined(separator: "\u{1F}")).prefix(32))
    }

    @Sendable func saveEntry(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            let form = context.form ?? FormValues()
            func value(_ name: String, max: Int = 2000) -> String { String((form.first(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(max)) }
            func lines(_ name: String) -> [String] {
                value(name, max: 10_000).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            func optional(_ name: String) -> String? { value(name).isEmpty ? nil : value(name) }
            let title = value("titel", max: 200)
            let leika = value("leika", max: 20).replacingOccurrences(of: " ", with: "")
            let levelText = form.first("vertrauensniveau") ?? ""
            let entry = (
                title: title, summary: value("kurzbeschreibung", max: 1000), titleEnglish: optional("titel_en").map { String($0.prefix(200)) },
                summaryEnglish: optional("kurzbeschreibung_en").map { String($0.prefix(1000)) }, leika: leika.isEmpty ? nil : leika,
                description: value("beschreibung", max: 10_000), category: value("thema", max: 100), steps: lines("ablauf"),
                documents: lines("unterlagen"), fees: value("gebuehren"), deadlines: value("fristen"), processingTime: value("bearbeitungsdauer"),
                legalBasis: value("rechtsgrundlage"), redress: value("rechtsbehelf"),
                contact: Contact(
                    name: value("kontakt_name", max: 200), phone: optional("kontakt_telefon"), email: optional("kontakt_email"),
                    address: optional("kontakt_anschrift"), openingHours: optional("kontakt_sprechzeiten")
                )
            )
            @Sendable func apply(to stored: inout Service) {
                stored.title = entry.title
                stored.summary = entry.summary
                stored.titleEnglish = entry.titleEnglish
                stored.summaryEnglish = entry.summaryEnglish
                stored.leikaKey = entry.leika
                stored.description = entry.description
                stored.category = entry.category
                stored.steps = entry.steps
                stored.requiredDocuments = entry.documents
                stored.feesText = entry.fees
                stored.deadlines = entry.deadlines
                stored.processingTime = entry.processingTime
                stored.legalBasis = entry.legalBasis
                stored.redress = entry.redress
                stored.contact = entry.contact
            }
            // A refused save shows the page again with everything as typed.
            var typed = service
            apply(to: &typed)
            typed.minimumTrustLevel = TrustLevel(rawValue: levelText)
            func refuse(_ message: String) async throws -> Response {
                try await renderService(service, request, context, editor, error: message, status: .unprocessableContent, section: .entry,
                                        entered: typed, enteredUnit: form.first("stelle"), stamp: form.first("stand"))
            }
            guard !title.isEmpty else { return try await refuse("Der Titel darf nicht leer sein.") }
            if let email = optional("kontakt_email"), !email.contains("@") {
                return try await refuse("Die E-Mail-Adresse des Kontakts ist ungültig.")
            }
            // Another of the editor's units may take the service over; filed submissions stay where they are.
            var chosenUnit = service.orgUnitID
            if let slug = form.first("stelle"), !slug.isEmpty {
                guard let unit = try await staff.orgUnit(slug: slug), editor.user.orgUnitIDs.contains(unit.id) else {
                    return try await refuse("Bitte wählen Sie eine Ihrer Stellen.")
                }
                // A unit whose publications the department reviews cannot be left for one without review:
                // otherwise an editor of both could publish unreviewed and move the service back.
                if unit.id != service.orgUnitID, !unit.requiresApproval,
                   try await staff.orgUnit(id: service.orgUnitID)?.requiresApproval ?? true {
                    return try await refuse("""
                        „\(unit.name)“ veröffentlicht ohne Freigabe durch die Fachabteilung. Eine Leistung, deren Stelle eine Freigabe \
                        verlangt, kann dorthin nicht verschoben werden; bitte wenden Sie sich an die Portalverwaltung.
                        """)
                }
                chosenUnit = unit.id
            }
            let orgUnit = chosenUnit
            guard levelText.isEmpty || TrustLevel(rawValue: levelText) != nil else {
                return try await refuse(IdentityText.for(frame.language(request)).editorInvalid)
            }
            let minimumTrustLevel = TrustLevel(rawValue: levelText)
            guard leika.isEmpty || (leika.count == 14 && leika.allSatisfy { $0.isASCII && $0.isNumber }) else {
                return try await refuse("Der LeiKa-Leistungsschlüssel hat 14 Ziffern.")
            }
            // Only the entry's own fields change; the privacy statement and the publish flag stay as stored.
            // The page sent the stamp of the entry it showed; a different stored entry means someone
            // else saved meanwhile, and their text is not overwritten.
            let shown = form.first("stand") ?? ""
            do {
                try await catalog.modifyService(service.id) { stored in
                    guard Self.entryStamp(stored) == shown else { throw EditConflict() }
                    apply(to: &stored)
                    stored.orgUnitID = orgUnit
                    stored.minimumTrustLevel = minimumTrustLevel
                }
            } catch is EditConflict {
                throw PageError(.conflict(
                    "Der Katalogeintrag wurde inzwischen von jemand anderem geändert. Ihre Änderung wurde nicht gespeichert; bitte laden Sie die Seite neu und tragen Sie sie noch einmal ein.",
                    link: (text(request).backToService, SiteRoute.editorService(slug: service.slug).path)
                ))
            }
            flash(frame.language(request) == .german ? "Der Katalogeintrag ist gespeichert." : "The catalogue entry is saved.", context)
            return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#eintrag")
        }
    }

    /// Saves the privacy statement as its next version; it is live at once, like the catalogue entry.
    @Sendable func savePrivacy(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            var service = try await ownService(context, editor)
            let form = context.form ?? FormValues()
            func value(_ name: String) -> String { String((form.first(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(5000)) }
            func lines(_ name: String) -> [String] {
                Array(value(name).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.prefix(200))
            }
            let statement = PrivacyStatement(
                controller: value("ds_verantwortlich"), dataProtectionOfficer: value("ds_dsb"), purposes: value("ds_zwecke"), legalBasis: value("ds_rechtsgrundlage"),
                dataCategories: lines("ds_kategorien"), recipients: lines("ds_empfaenger"), thirdCountryTransfer: value("ds_drittland"),
                retentionDrafts: value("ds_speicher_entwuerfe"), retentionSubmissions: value("ds_speicher_antraege"), retentionMessages: value("ds_speicher_nachrichten"),
                supervisoryAuthority: value("ds_aufsicht"), obligation: value("ds_pflicht_angaben"), automatedDecisions: value("ds_automatisiert"),
                version: 0, updatedAt: now()
            )
            // A published service must never show an incomplete statement.
            if service.isPublished && !statement.missing.isEmpty {
                return try await renderService(service, request, context, editor,
                                               error: "Die Leistung ist veröffentlicht; ihre Datenschutzhinweise müssen vollständig bleiben. Es fehlt: \(statement.missing.joined(separator: ", ")).",
                                               status: .unprocessableContent, section: .privacy, enteredPrivacy: statement)
            }
            // The statement shown so far is kept too (it may predate the archive, as in the demo).
            if let previous = service.privacy { try await catalog.archivePrivacy(previous, of: service.id) }
            try await catalog.modifyService(service.id) { stored in
                var next = statement
                next.version = (stored.privacy?.version ?? 0) + 1
                stored.privacy = next
            }
            service = try await catalog.service(id: service.id) ?? service
            if let saved = service.privacy { try await catalog.archivePrivacy(saved, of: service.id) }
            flash(frame.language(request) == .german
                  ? "Die Datenschutzhinweise sind als Fassung \(service.privacy?.version ?? 1) gespeichert."
                  : "The privacy statement is saved as version \(service.privacy?.version ?? 1).", context)
            return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#datenschutz")
        }
    }

    // MARK: The draft

    /// The service's draft at the revision the page was showing; a stale page gets a conflict.
    func draft(of service: Service, _ context: PortalRequestContext, _ request: Request) async throws -> FormDraft {
        guard let draft = try await catalog.drafts(of: service.id).first else {
            throw PageError(.conflict("Es gibt keinen Entwurf mehr; vielleicht wurde er gerade veröffentlicht.", link: (text(request).backToService, SiteRoute.editorService(slug: service.slug).path)))
        }
        guard let posted = context.form?.first("revision").flatMap(Int.init), posted == draft.revision else { throw conflict(service, request) }
        return draft
    }

    private func conflict(_ service: Service, _ request: Request) -> PageError {
        PageError(.conflict(
            "Der Entwurf wurde inzwischen von jemand anderem geändert. Ihre Änderung wurde nicht gespeichert; bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
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
            try await reviews.record(DraftEvent(draftID: draft.id, at: now(), actor: editor.user.displayName, action: "Nach der Freigabe geändert; die Freigabe ist aufgehoben."))
        }
    }

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
    private func importFIM(_ service: Service, _ request: Request, _ context: PortalRequestContext, _ editor: Context) async throws -> Response {
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

    private func stepIndex(_ context: PortalRequestContext, _ draft: FormDraft) throws -> Int {
        guard let number = context.parameters.get("step").flatMap(Int.init), (1...max(1, draft.schema.steps.count)).contains(number),
              draft.schema.steps.indices.contains(number - 1)
        else { throw PageError(.notFound) }
        return number - 1
    }

    func currentDraft(_ service: Service) async throws -> FormDraft {
        guard let draft = try await catalog.drafts(of: service.id).first else { throw PageError(.notFound) }
        return draft
    }

    @Sendable func step(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            let draft = try await currentDraft(service)
            return try renderStep(service, draft, try stepIndex(context, draft), request, context, editor, error: nil, status: .ok)
        }
    }

    private func renderStep(_ service: Service, _ draft: FormDraft, _ index: Int, _ request: Request, _ context: PortalRequestContext,
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

    // MARK: One field

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

    private func renderField(_ service: Service, _ draft: FormDraft, _ index: Int, _ field: FormField, _ request: Request, _ context: PortalRequestContext,
                             _ editor: Context, error: String?, status: HTTPResponse.Status) async throws -> Response {
        let jargon = try await jargonList()
        let earlier = Self.earlierFields(field, in: draft.schema)
        var model = EditorFieldPage.Model(
            shell: shell(request, context, editor, title: field.label, hasErrors: error != nil, draft: draft), serviceTitle: service.title, field: field,
            conditionFields: earlier, action: SiteRoute.editorField(slug: service.slug, step: index + 1, key: field.key).path,
            backPath: SiteRoute.editorStep(slug: service.slug, step: index + 1).path + "#feld-\(field.key)",
            csrfToken: editor.csrf, revision: draft.revision, error: error
        )
        model.warnings = PublishGate.warnings(for: field, jargon: jargon)
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
                return try await renderField(service, draft, index, field, request, context, editor, error: error.message, status: .unprocessableContent)
            }
            let introduced = draft.schema.problems.filter { !before.contains($0) }
            if !introduced.isEmpty {
                return try await renderField(service, draft, index, field, request, context, editor, error: introduced.joined(separator: " "), status: .unprocessableContent)
            }
            try await store(draft, service, request, by: editor)
            flash(frame.language(request) == .german ? "Das Feld „\(field.label)“ ist gespeichert." : "The field “\(field.label)” is saved.", context)
            return PageFrame.redirect(SiteRoute.editorStep(slug: service.slug, step: index + 1).path + "#feld-\(field.key)")
        }
    }

    @Sendable func preview(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            let draft = try await currentDraft(service)
            let index = try stepIndex(context, draft)
            let step = draft.schema.steps[index]
            let page = EditorPreviewPage.render(.init(
                shell: shell(request, context, editor, title: "\(text(request).preview): \(step.title)"), stepTitle: step.title,
                fields: step.fields.map { FieldView(field: $0, values: [:], today: LocalDate(now(), in: frame.timeZone)) },
                backPath: SiteRoute.editorStep(slug: service.slug, step: index + 1).path
            ))
            return PageFrame.response(page)
        }
    }

    // MARK: Publishing

    @Sendable func publish(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            let draft = try await draft(of: service, context, request)
            let requiresApproval = try await staff.orgUnit(id: service.orgUnitID)?.requiresApproval ?? true
            let blocking = PublishGate.check(service, schema: draft.schema, reviewState: draft.reviewState, requiresApproval: requiresApproval).filter(\.isBlocking)
            if !blocking.isEmpty {
                return try await renderService(service, request, context, editor,
                                               error: "Der Entwurf kann noch nicht veröffentlicht werden: " + blocking.map(\.message).joined(separator: " "),
                                               status: .unprocessableContent)
            }
            let number: Int
            do {
                number = try await catalog.publish(draft, versionID: ids(), at: now())
            } catch is EditConflict {
                throw conflict(service, request)
            }
            try await reviews.record(DraftEvent(draftID: draft.id, at: now(), actor: editor.user.displayName, action: "Als Version \(number) veröffentlicht."))
            flash(frame.language(request) == .german ? "Version \(number) ist veröffentlicht." : "Version \(number) is published.", context)
            return PageFrame.redirect(.editorService(slug: service.slug))
        }
    }
}
