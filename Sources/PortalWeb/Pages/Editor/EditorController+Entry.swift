import Foundation
import Hummingbird
import PortalCore
import PortalFIM
import PortalViews

/// The catalogue entry: the services list, a new service, the entry's texts and its privacy statement.
extension EditorController {
    @Sendable func home(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in try await renderHome(request, context, editor, error: nil, entered: ("", ""), status: .ok) }
    }

    func renderHome(
        _ request: Request, _ context: PortalRequestContext, _ editor: Context, error: String?,
        entered: (String, String), enteredUnit: String? = nil, status: HTTPResponse.Status
    ) async throws -> Response {
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
            let title = form.text("titel")
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
                title.isEmpty || title.count > 200
                ? text(request).titleRequired200
                : !Service.isValidSlug(slug)
                    ? text(request).slugRules
                    : try await catalog.service(slug: slug) != nil ? text(request).slugTaken(slug) : nil
            guard let unitSlug = form.first("stelle"), let unit = try await staff.orgUnit(slug: unitSlug), editor.user.orgUnitIDs.contains(unit.id) else {
                return try await renderHome(
                    request, context, editor, error: text(request).chooseYourOrgUnit, entered: (title, typedSlug), status: .unprocessableContent)
            }
            if let failure {
                return try await renderHome(
                    request, context, editor, error: failure, entered: (title, typedSlug), enteredUnit: unitSlug,
                    status: .unprocessableContent)
            }
            let service = Service.newDraft(id: ids(), slug: slug, title: title, orgUnit: unit)
            let draft = FormDraft(
                id: ids(), serviceID: service.id, schema: FormSchema(steps: []), source: "Redaktion", notes: [], warnings: [], createdAt: now())
            try await catalog.saveDraft(draft, creating: service)
            context.flash(EditorText.for(frame.language(request)).theServiceIsCreatedIts("\(slug)"))
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
    func renderService(
        _ service: Service, _ request: Request, _ context: PortalRequestContext, _ editor: Context,
        error: String?, status: HTTPResponse.Status, section: EditorServicePage.Section = .overview,
        entered: Service? = nil, enteredPrivacy: PrivacyStatement? = nil, enteredUnit: String? = nil,
        enteredRetention: [String: String] = [:], refusedRetention: (stage: RetentionPolicy.Stage, message: String)? = nil, stamp: String? = nil
    ) async throws -> Response {
        let text = text(request)
        let title =
            switch section {
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
            shell: shell(request, context, editor, title: title, hasErrors: error != nil || refusedRetention != nil, draft: draft), service: entered ?? service,
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
            gate: draft.map { PublishGate.check(service, schema: $0.schema, reviewState: $0.reviewState, requiresApproval: requiresApproval, jargon: jargon) }
                ?? [],
            error: error, backPath: section == .overview ? SiteRoute.editorHome.path : SiteRoute.editorService(slug: service.slug).path
        )
        model.section = section
        if let draft {
            let language = frame.language(request)
            model.review = .init(
                state: draft.reviewState.label(language),
                canSend: requiresApproval && (draft.reviewState == .editing || draft.reviewState == .changesRequested),
                thread: ReviewThread(try await reviews.comments(of: draft.id), schema: draft.schema, text: text, frame: frame),
                history: try await reviews.events(of: draft.id).map { "\(frame.dateTime($0.at)) · \($0.actor): \($0.action.text(language))" }
            )
        }
        let schema = draft?.schema ?? current?.schema
        model.privacy =
            enteredPrivacy ?? service.privacy
            ?? PrivacyStatement.proposal(for: service, schema: schema, savedDraftDays: savedDraftDays, now: now())
        // Statements from before the periods were machine-readable get the proposal to start from.
        if model.privacy?.retention == nil { model.privacy?.retention = .proposal(savedDraftDays: savedDraftDays) }
        model.retentionInput = enteredRetention
        model.retentionRefused = refusedRetention
        if let stored = service.privacy { model.privacyUpdated = frame.date(stored.updatedAt) }
        if let statement = model.privacy, let schema { model.privacySuggestions = statement.unlistedCategories(in: schema) }
        model.privacyAction = SiteRoute.editorPrivacy(slug: service.slug).path
        model.paymentAction = SiteRoute.editorPayment(slug: service.slug).path
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
            return .init(
                number: version.number, publishedAt: frame.dateTime(version.publishedAt),
                changes: SchemaChange.between(previous, version.schema).map { $0.text(frame.language(request)) }, isCurrent: index == 0)
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
            service.processingTime, service.processingDays.map(String.init), service.legalBasis, service.redress, contact.name, contact.phone, contact.email,
            contact.address, contact.openingHours,
            service.orgUnitID.description, service.minimumTrustLevel?.rawValue,
        ]
        return String(SHA256Hex.of(parts.map { $0 ?? "\u{0}" }.joined(separator: "\u{1F}")).prefix(32))
    }

    @Sendable func saveEntry(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            let form = context.form ?? FormValues()
            func value(_ name: String, max: Int = 2000) -> String { form.text(name, max: max) }
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
                stored.processingDays = Int(form.text("bearbeitungstage", max: 10)).flatMap { (1...365).contains($0) ? $0 : nil }
                stored.legalBasis = entry.legalBasis
                stored.redress = entry.redress
                stored.contact = entry.contact
            }
            // A refused save shows the page again with everything as typed.
            var typed = service
            apply(to: &typed)
            typed.minimumTrustLevel = TrustLevel(rawValue: levelText)
            func refuse(_ message: String) async throws -> Response {
                try await renderService(
                    service, request, context, editor, error: message, status: .unprocessableContent, section: .entry,
                    entered: typed, enteredUnit: form.first("stelle"), stamp: form.first("stand"))
            }
            guard !title.isEmpty else { return try await refuse(text(request).titleEmpty) }
            let daysText = value("bearbeitungstage", max: 10)
            if !daysText.isEmpty && !(1...365).contains(Int(daysText) ?? 0) {
                return try await refuse(CaseAssignmentText.for(frame.language(request)).processingDaysInvalid)
            }
            if let email = optional("kontakt_email"), !email.contains("@") {
                return try await refuse(text(request).contactEmailInvalid)
            }
            // Another of the editor's units may take the service over; filed submissions stay where they are.
            var chosenUnit = service.orgUnitID
            if let slug = form.first("stelle"), !slug.isEmpty {
                guard let unit = try await staff.orgUnit(slug: slug), editor.user.orgUnitIDs.contains(unit.id) else {
                    return try await refuse(text(request).chooseYourOrgUnit)
                }
                // A unit whose publications the department reviews cannot be left for one without review:
                // otherwise an editor of both could publish unreviewed and move the service back.
                if unit.id != service.orgUnitID, !unit.requiresApproval,
                    try await staff.orgUnit(id: service.orgUnitID)?.requiresApproval ?? true
                {
                    return try await refuse(
                        """
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
                return try await refuse(text(request).leikaDigits)
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
                throw PageError(
                    .conflict(
                        text(request).entryChangedByOthers,
                        link: (text(request).backToService, SiteRoute.editorService(slug: service.slug).path)
                    ))
            }
            context.flash(EditorText.for(frame.language(request)).theCatalogueEntryIsSaved)
            return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#eintrag")
        }
    }

    /// Saves the privacy statement as its next version; it is live at once, like the catalogue entry.
    @Sendable func savePrivacy(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            var service = try await ownService(context, editor)
            let form = context.form ?? FormValues()
            func value(_ name: String) -> String { form.text(name, max: 5000) }
            func lines(_ name: String) -> [String] {
                Array(value(name).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.prefix(200))
            }
            let typed = PrivacyStatement(
                controller: value("ds_verantwortlich"), dataProtectionOfficer: value("ds_dsb"), purposes: value("ds_zwecke"),
                legalBasis: value("ds_rechtsgrundlage"),
                dataCategories: lines("ds_kategorien"), recipients: lines("ds_empfaenger"), thirdCountryTransfer: value("ds_drittland"),
                retentionDrafts: value("ds_speicher_entwuerfe"), retentionSubmissions: value("ds_speicher_antraege"),
                retentionMessages: value("ds_speicher_nachrichten"),
                supervisoryAuthority: value("ds_aufsicht"), obligation: value("ds_pflicht_angaben"), automatedDecisions: value("ds_automatisiert"),
                version: 0, updatedAt: now()
            )
            // The periods are checked first: a number that is not one is an input error, whatever else is missing.
            var entered: [String: String] = [:]
            var periods: [RetentionPolicy.Stage: RetentionPeriod] = [:]
            var statement = typed
            var invalid: RetentionPolicy.Stage?
            for stage in RetentionPolicy.Stage.allCases {
                let count = form.text(RetentionFieldset.countName(stage), max: 20)
                let unitText = form.text(RetentionFieldset.unitName(stage), max: 20)
                entered[RetentionFieldset.countName(stage)] = count
                entered[RetentionFieldset.unitName(stage)] = unitText
                // An empty period is not an error yet: the publish gate names it as missing.
                if count.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                guard let unit = RetentionPeriod.Unit(rawValue: unitText), let period = RetentionPeriod(count: count, unit: unit) else {
                    if invalid == nil { invalid = stage }
                    continue
                }
                periods[stage] = period
            }
            let actionText = form.text(RetentionFieldset.closedCaseActionName, max: 20)
            entered[RetentionFieldset.closedCaseActionName] = actionText
            statement.retention = RetentionPolicy(periods: periods, closedCaseAction: RetentionPolicy.Action(rawValue: actionText) ?? .anonymise)
            if let invalid {
                let words = RetentionText.for(frame.language(request))
                return try await renderService(
                    service, request, context, editor, error: nil, status: .unprocessableContent, section: .privacy,
                    enteredPrivacy: statement, enteredRetention: entered, refusedRetention: (invalid, words.notANumber(words.stage(invalid))))
            }
            // A published service must never show an incomplete statement.
            if service.isPublished && !statement.missing.isEmpty {
                return try await renderService(
                    service, request, context, editor,
                    error:
                        text(request).privacyMustStayComplete(statement.missing.map { $0.label(frame.language(request)) }.joined(separator: ", ")),
                    status: .unprocessableContent, section: .privacy, enteredPrivacy: statement)
            }
            // The statement shown so far is kept too (it may predate the archive, as in the demo).
            if let previous = service.privacy { try await catalog.archivePrivacy(previous, of: service.id) }
            let saved = statement
            try await catalog.modifyService(service.id) { stored in
                var next = saved
                next.version = (stored.privacy?.version ?? 0) + 1
                stored.privacy = next
            }
            service = try await catalog.service(id: service.id) ?? service
            if let saved = service.privacy { try await catalog.archivePrivacy(saved, of: service.id) }
            context.flash(EditorText.for(frame.language(request)).thePrivacyStatementIsSaved("\(service.privacy?.version ?? 1)"))
            return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#datenschutz")
        }
    }
}
