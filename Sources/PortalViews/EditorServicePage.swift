import PortalCore

/// One service for its editors: the catalogue entry, the form draft's steps, and the publish gate.
public enum EditorServicePage {
    public struct StepRow: Sendable {
        public var title: String
        public var fieldCount: Int
        public var path: String

        public init(title: String, fieldCount: Int, path: String) {
            self.title = title
            self.fieldCount = fieldCount
            self.path = path
        }
    }

    public struct Draft: Sendable {
        public var label: String
        public var revision: Int
        public var steps: [StepRow]
        public var notes: [String]
        public var warnings: [String]
        public var ruleCount = 0
        public var hasFee = false

        public init(label: String, revision: Int, steps: [StepRow], notes: [String], warnings: [String]) {
            self.label = label
            self.revision = revision
            self.steps = steps
            self.notes = notes
            self.warnings = warnings
        }
    }

    public struct Version: Sendable {
        public var number: Int
        public var publishedAt: String
        public var changes: [String]
        public var isCurrent: Bool

        public init(number: Int, publishedAt: String, changes: [String], isCurrent: Bool) {
            self.number = number
            self.publishedAt = publishedAt
            self.changes = changes
            self.isCurrent = isCurrent
        }
    }

    public struct Review: Sendable {
        public var state: String
        public var canSend: Bool
        public var thread: ReviewThread
        public var history: [String]

        public init(state: String, canSend: Bool, thread: ReviewThread, history: [String]) {
            self.state = state
            self.canSend = canSend
            self.thread = thread
            self.history = history
        }
    }

    /// The service page is an overview; the catalogue entry and the privacy statement are edited on
    /// pages of their own, so one page never holds two forms with typed text that a save of the other
    /// would throw away.
    public enum Section: Sendable {
        case overview
        case entry
        case privacy
    }

    public struct Model: Sendable {
        public var section: Section = .overview
        public var versions: [Version] = []
        public var review: Review?
        /// The statement as stored, or a proposal to start from.
        public var privacy: PrivacyStatement?
        public var privacyAction = ""
        /// The online payment's settings page; empty: not linked.
        public var paymentAction = ""
        /// When the stored statement was saved, formatted; empty while only the proposal exists.
        public var privacyUpdated = ""
        /// Data categories the form's questions suggest that the statement does not list yet.
        public var privacySuggestions: [String] = []
        /// The retention periods as typed, when the form comes back with an error.
        public var retentionInput: [String: String] = [:]
        /// A period that is not a whole number: the stage and the message, linked from the top of the page.
        public var retentionRefused: (stage: RetentionPolicy.Stage, message: String)?
        /// The org unit's name, for the overview.
        public var orgUnitName = ""
        /// Where test mode starts, and how many test submissions the service has.
        public var testAction = ""
        public var testCount = 0
        /// The draft's rules and fee page.
        public var rulesPath: String?
        /// The stored entry's fingerprint, sent back on save to detect a concurrent change.
        public var entryStamp = ""
        /// The editor's org units, one of which is responsible for the service.
        public var orgUnits: [(value: String, label: String)] = []
        public var orgUnitSlug = ""
        public var shell: PageShell
        public var service: Service
        public var entryAction: String
        public var draftAction: String
        public var publishAction: String
        public var csrfToken: String
        public var publishedVersion: Int?
        public var draft: Draft?
        public var gate: [PublishGate.Item]
        public var error: String?
        public var backPath: String

        public init(
            shell: PageShell, service: Service, entryAction: String, draftAction: String, publishAction: String, csrfToken: String,
            publishedVersion: Int?, draft: Draft?, gate: [PublishGate.Item], error: String?, backPath: String
        ) {
            self.shell = shell
            self.service = service
            self.entryAction = entryAction
            self.draftAction = draftAction
            self.publishAction = publishAction
            self.csrfToken = csrfToken
            self.publishedVersion = publishedVersion
            self.draft = draft
            self.gate = gate
            self.error = error
            self.backPath = backPath
        }
    }

    static func testSection(_ model: Model, _ text: EditorText) -> HTML {
        guard model.draft != nil || model.publishedVersion != nil || model.testCount > 0 else { return .empty }
        let draftButton: HTML =
            model.draft.map { draft -> HTML in
                draft.steps.isEmpty ? .empty : "<button class=\"button\" type=\"submit\" name=\"fassung\" value=\"entwurf\">\(text.testDraft)</button>"
            } ?? .empty
        let publishedButton: HTML =
            model.publishedVersion == nil
            ? .empty
            : "<button class=\"button button-secondary\" type=\"submit\" name=\"fassung\" value=\"veroeffentlicht\">\(text.testPublished)</button>"
        return """
            <h2 id="testmodus">\(text.testMode)</h2>
            <p class="hint">\(text.testModeHint)</p>
            \(PostForm(action: model.testAction, csrfToken: model.csrfToken, class: "inline-form", content: """
            \(draftButton)
            \(publishedButton)
            """))
            \(model.testCount > 0 ? "<p>\(text.testCount(model.testCount))</p>\(FormControl.actionButton(model.draftAction, value: EditorDraftAction.deleteTestSubmissions, label: text.deleteTests(model.testCount), csrfToken: model.csrfToken, revision: nil))" as HTML : .empty)
            """
    }

    private static func trustLevelSelect(_ service: Service, _ language: Language) -> HTML {
        let text = IdentityText.for(language)
        let options =
            [(value: "", label: text.editorNone)]
            + TrustLevel.allCases.map { (value: $0.rawValue, label: text.editorLevel($0.label(language), $0.explanation(language))) }
        return FormControl.select("vertrauensniveau", text.editorLabel, options, selected: service.minimumTrustLevel?.rawValue ?? "")
    }

    public static func render(_ model: Model) -> HTML {
        switch model.section {
        case .overview: overview(model)
        case .entry: entryPage(model)
        case .privacy: privacyPage(model)
        }
    }

    private static func entryPage(_ model: Model) -> HTML {
        let text = EditorText.for(model.shell.strings.language)
        let service = model.service
        let contact = service.contact
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(text.backToService)</a></p>
                \(FormControl.error(model.error, title: text.errorTitle))
                <h1>\(text.entryOf(service.title))</h1>
                \(PostForm(action: model.entryAction, csrfToken: model.csrfToken, hidden: [("stand", model.entryStamp)], content: """
                    \(FormControl.text("titel", text.title, service.title))
                    \(FormControl.textarea("kurzbeschreibung", text.summary, service.summary, rows: 2))
                    \(FormControl.text("titel_en", text.titleEnglish, service.titleEnglish ?? ""))
                    \(FormControl.textarea("kurzbeschreibung_en", text.summaryEnglish, service.summaryEnglish ?? "", rows: 2))
                    \(FormControl.text("leika", text.leika, service.leikaKey ?? "", hint: text.leikaHint, short: true))
                    \(model.orgUnits.count > 1 ? FormControl.select("stelle", text.orgUnit, model.orgUnits, selected: model.orgUnitSlug) : .empty)
                    \(trustLevelSelect(service, model.shell.strings.language))
                    \(FormControl.textarea("beschreibung", text.description, service.description, rows: 5))
                    \(FormControl.text("thema", text.category, service.category))
                    \(FormControl.textarea("ablauf", text.procedure, service.steps.joined(separator: "\n"), hint: text.linesHint))
                    \(FormControl.textarea("unterlagen", text.documents, service.requiredDocuments.joined(separator: "\n"), hint: text.linesHint))
                    \(FormControl.text("gebuehren", text.fees, service.feesText))
                    \(FormControl.text("fristen", text.deadlines, service.deadlines))
                    \(FormControl.text("bearbeitungsdauer", text.processingTime, service.processingTime))
                    \(FormControl.text(
                        "bearbeitungstage", CaseAssignmentText.for(model.shell.strings.language).processingDays, service.processingDays.map(String.init) ?? "",
                        hint: CaseAssignmentText.for(model.shell.strings.language).processingDaysHint, short: true))
                    \(FormControl.text("rechtsgrundlage", text.legalBasis, service.legalBasis))
                    \(FormControl.text("rechtsbehelf", text.redress, service.redress))
                    <fieldset class="fieldset group" id="kontakt">
                    <legend class="legend legend-group">\(text.contact)</legend>
                    \(FormControl.text("kontakt_name", text.contactName, contact.name))
                    \(FormControl.text("kontakt_telefon", text.phone, contact.phone ?? ""))
                    \(FormControl.text("kontakt_email", text.email, contact.email ?? ""))
                    \(FormControl.text("kontakt_anschrift", text.address, contact.address ?? ""))
                    \(FormControl.text("kontakt_sprechzeiten", text.openingHours, contact.openingHours ?? ""))
                    </fieldset>
                    <button class="button" type="submit">\(text.save)</button>
                    """))
                """)
    }

    private static func privacyPage(_ model: Model) -> HTML {
        let text = EditorText.for(model.shell.strings.language)
        let privacyText = PrivacyText.for(model.shell.strings.language)
        // The controller always supplies the stored statement or a proposal.
        guard let statement = model.privacy else { return overview(model) }
        let suggestions: HTML =
            model.privacySuggestions.isEmpty
            ? .empty
            : """
            <div class="notice" id="vorschlag-kategorien">
            <h2>\(text.suggestedCategories)</h2>
            <p>\(text.suggestedCategoriesHint)</p>
            <ul>\(HTML(model.privacySuggestions.map { label -> HTML in "<li>\(label)</li>" }))</ul>
            </div>
            """
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(text.backToService)</a></p>
                \(model.retentionRefused.map { ErrorSummary.render([.init(anchorID: RetentionFieldset.countID($0.stage), message: $0.message)], model.shell.strings) } ?? FormControl.error(model.error, title: text.errorTitle))
                <h1>\(text.privacyOf(model.service.title))</h1>
                <p class="hint">\(privacyText.editorHint)</p>
                <p>\(statement.version > 0 ? privacyText.version(statement.version, model.privacyUpdated) : text.privacyProposal)</p>
                \(suggestions)
                \(PostForm(action: model.privacyAction, csrfToken: model.csrfToken, content: """
                    \(FormControl.textarea("ds_verantwortlich", privacyText.controller, statement.controller, rows: 2))
                    \(FormControl.textarea("ds_dsb", privacyText.dataProtectionOfficer, statement.dataProtectionOfficer, rows: 2))
                    \(FormControl.textarea("ds_zwecke", privacyText.purposes, statement.purposes, rows: 2))
                    \(FormControl.textarea("ds_rechtsgrundlage", privacyText.legalBasis, statement.legalBasis, rows: 2))
                    \(FormControl.textarea("ds_kategorien", privacyText.categories, statement.dataCategories.joined(separator: "\n"), hint: privacyText.linesHint))
                    \(FormControl.textarea("ds_empfaenger", privacyText.recipients, statement.recipients.joined(separator: "\n"), hint: privacyText.linesHint))
                    \(FormControl.text("ds_drittland", privacyText.thirdCountry, statement.thirdCountryTransfer))
                    \(FormControl.text("ds_speicher_entwuerfe", "\(privacyText.retention): \(privacyText.retentionDrafts)", statement.retentionDrafts))
                    \(FormControl.text("ds_speicher_antraege", "\(privacyText.retention): \(privacyText.retentionSubmissions)", statement.retentionSubmissions))
                    \(FormControl.text("ds_speicher_nachrichten", "\(privacyText.retention): \(privacyText.retentionMessages)", statement.retentionMessages))
                    \(RetentionFieldset(policy: statement.retention, entered: model.retentionInput, language: model.shell.strings.language, refused: model.retentionRefused).html)
                    \(FormControl.textarea("ds_aufsicht", privacyText.complaint, statement.supervisoryAuthority, rows: 2))
                    \(FormControl.textarea("ds_pflicht_angaben", privacyText.obligation, statement.obligation, rows: 2))
                    \(FormControl.text("ds_automatisiert", privacyText.automated, statement.automatedDecisions))
                    <button class="button" type="submit">\(text.save)</button>
                    """))
                """)
    }

    private static func overview(_ model: Model) -> HTML {
        let text = EditorText.for(model.shell.strings.language)
        let service = model.service
        let csrf = model.csrfToken
        let version: HTML = model.publishedVersion.map { number -> HTML in "<p>\(text.publishedVersion(number))</p>" } ?? "<p>\(text.noVersion)</p>"
        var formSection: HTML = version
        if let draft = model.draft {
            let steps = draft.steps.enumerated().map { index, step -> HTML in
                """
                <li id="schritt-\(index + 1)"><a href="\(step.path)">\(step.title)</a> (\(text.fieldCount(step.fieldCount)))
                \(FormControl.actionButton(model.draftAction, value: EditorDraftAction.moveStepUp(index), label: "\(step.title): \(text.up)", csrfToken: csrf, revision: draft.revision))
                \(FormControl.actionButton(model.draftAction, value: EditorDraftAction.moveStepDown(index), label: "\(step.title): \(text.down)", csrfToken: csrf, revision: draft.revision))
                \(FormControl.actionButton(model.draftAction, value: EditorDraftAction.deleteStep(index), label: "\(step.title): \(text.delete)", csrfToken: csrf, revision: draft.revision))
                </li>
                """
            }
            let notes: HTML =
                draft.notes.isEmpty
                ? .empty
                : """
                <details><summary>\(text.importNotes) (\(draft.notes.count))</summary><ul>\(HTML(draft.notes.map { note -> HTML in "<li>\(note)</li>" }))</ul></details>
                """
            let warnings: HTML =
                draft.warnings.isEmpty
                ? .empty
                : """
                <details><summary>\(text.importWarnings) (\(draft.warnings.count))</summary><ul>\(HTML(draft.warnings.map { warning -> HTML in "<li>\(warning)</li>" }))</ul></details>
                """
            formSection = """
                \(version)
                <p>\(draft.label)</p>
                <h3>\(text.steps)</h3>
                <ol class="editor-list">
                \(HTML(steps, separator: "\n"))
                </ol>
                \(PostForm(action: model.draftAction, csrfToken: csrf, hidden: [("revision", String(draft.revision))], content: """
                \(FormControl.text("titel", text.stepTitle, "", id: "e-neuer-schritt"))
                <button class="button button-secondary" type="submit" \(EditorDraftAction.addStep.attributes)>\(text.addStep)</button>
                """))
                \(model.rulesPath.map { path -> HTML in "<p><a href=\"\(path)\">\(text.rulesLink(draft.ruleCount, draft.hasFee))</a></p>" } ?? .empty)
                \(notes)\(warnings)
                \(FormControl.actionButton(model.draftAction, value: EditorDraftAction.discardDraft, label: text.discardDraft, csrfToken: csrf, revision: draft.revision))
                """
        } else {
            formSection = """
                \(version)
                \(FormControl.actionButton(model.draftAction, value: EditorDraftAction.createDraft, label: text.newDraft, csrfToken: csrf, revision: nil, secondary: false))
                <h3>\(text.importFIM)</h3>
                \(PostForm(action: model.draftAction, csrfToken: csrf, encoding: .multipart, content: """
                \(FileInput(id: "e-schema", name: "schema", accept: ".xml,application/xml,text/xml").field(text.schemaFile, hint: text.importFIMHint))
                <button class="button button-secondary" type="submit" \(EditorDraftAction.importFIM.attributes)>\(text.importButton)</button>
                """))
                """
        }
        let blocking = model.gate.filter(\.isBlocking)
        let gateItems = model.gate.map { item -> HTML in
            // The entry and the privacy statement have pages of their own; the rest is on this page.
            let target =
                switch item.anchor {
                case "eintrag": model.entryAction
                case "kontakt": model.entryAction + "#kontakt"
                case "datenschutz": model.privacyAction
                default: "#" + item.anchor
                }
            return
                "<li><strong>\(item.isBlocking ? text.gateBlocking : text.gateWarning)</strong> <a href=\"\(target)\">\(item.finding.message(model.shell.strings.language))</a></li>"
        }
        let gate: HTML =
            model.draft == nil
            ? .empty
            : """
            <h2 id="pruefung">\(text.gate)</h2>
            \(blocking.isEmpty ? HTML("<p>\(text.gateClear)</p>") : .empty)
            <ul>
            \(HTML(gateItems, separator: "\n"))
            </ul>
            \(blocking.isEmpty ? FormControl.actionButton(model.publishAction, value: PublishAction.publish, label: text.publish, csrfToken: csrf, revision: model.draft?.revision, secondary: false) : .empty)
            """
        let versions = model.versions.map { version -> HTML in
            let changes: HTML =
                version.changes.isEmpty ? "<p>\(text.noChanges)</p>" : "<ul>\(HTML(version.changes.map { change -> HTML in "<li>\(change)</li>" }))</ul>"
            let again: HTML =
                version.isCurrent
                ? .empty
                : FormControl.actionButton(
                    model.draftAction, value: EditorDraftAction.restore(version: version.number), label: text.republish(version.number), csrfToken: csrf,
                    revision: nil)
            return """
                <li><p>\(text.versionLine(version.number, version.publishedAt))</p>
                \(changes)
                \(again)</li>
                """
        }
        let review: HTML =
            model.review.map { review -> HTML in
                """
                <h2 id="pruefung-status">\(text.review)</h2>
                <p>\(review.state)</p>
                \(review.canSend ? FormControl.actionButton(model.draftAction, value: EditorDraftAction.sendToReview, label: text.sendToReview, csrfToken: csrf, revision: model.draft?.revision, secondary: false) : .empty)
                <h3>\(text.comments)</h3>
                \(review.thread.render(text, action: model.draftAction, csrfToken: csrf, revision: model.draft?.revision))
                \(review.history.isEmpty ? HTML.empty : "<h3>\(text.history)</h3><ul>\(HTML(review.history.map { entry -> HTML in "<li>\(entry)</li>" }))</ul>")
                """
            } ?? .empty
        let history: HTML =
            model.versions.isEmpty
            ? .empty
            : """
            <h2 id="versionen">\(text.versions)</h2>
            <ol class="editor-list" reversed>
            \(HTML(versions, separator: "\n"))
            </ol>
            """
        let privacyText = PrivacyText.for(model.shell.strings.language)
        let paymentText = PaymentText.for(model.shell.strings.language)
        let privacyState: HTML =
            model.privacy.map { statement -> HTML in
                let missing = statement.missing
                return """
                    <p>\(statement.version > 0 ? privacyText.version(statement.version, model.privacyUpdated) : text.privacyProposal)</p>
                    \(missing.isEmpty ? HTML.empty : "<p>\(text.privacyMissing(missing.map { $0.label(model.shell.strings.language) }.joined(separator: ", ")))</p>")
                    """
            } ?? .empty
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(text.area)</a></p>
                \(FormControl.error(model.error, title: text.errorTitle))
                <h1>\(service.title)</h1>
                <p>\(service.isPublished ? text.published : text.unpublished)</p>
                <h2 id="eintrag">\(text.entry)</h2>
                <dl class="summary">
                <div class="summary-row"><dt>\(text.summary)</dt><dd>\(service.summary.isEmpty ? "–" : service.summary)</dd></div>
                <div class="summary-row"><dt>\(text.orgUnit)</dt><dd>\(model.orgUnitName)</dd></div>
                <div class="summary-row"><dt>\(text.category)</dt><dd>\(service.category.isEmpty ? "–" : service.category)</dd></div>
                </dl>
                <p><a href="\(model.entryAction)">\(text.editEntry)</a></p>
                <h2 id="datenschutz">\(privacyText.editorSection)</h2>
                \(privacyState)
                <p><a href="\(model.privacyAction)">\(text.editPrivacy)</a></p>
                \(model.paymentAction.isEmpty ? HTML.empty : """
                    <h2 id="bezahlung">\(paymentText.editorSection)</h2>
                    <p>\(paymentText.policyName(service.payment?.policy ?? .none))</p>
                    <p><a href="\(model.paymentAction)">\(paymentText.editorLink)</a></p>
                    """)
                <h2 id="formular">\(text.form)</h2>
                \(formSection)
                \(testSection(model, text))
                \(review)
                \(gate)
                \(history)
                """)
    }
}
