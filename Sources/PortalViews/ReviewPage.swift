import PortalCore

/// A draft as the department reviews it: the catalogue entry, every step as citizens see it,
/// the remarks so far, a form for a new remark, and the decision.
public enum ReviewPage {
    public struct Step: Sendable {
        public var title: String
        public var fields: [FieldView]
        /// Conditions, limits and answer codes (`ReviewSummary.rules`).
        public var rules: [ReviewSummary.FieldRules] = []

        public init(title: String, fields: [FieldView]) {
            self.title = title
            self.fields = fields
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var service: Service
        public var state: String
        public var steps: [Step]
        public var thread: ReviewThread
        /// Where a remark may point: `(target, label)`.
        public var targets: [(value: String, label: String)]
        public var action: String
        public var csrfToken: String
        public var revision: Int
        public var canDecide: Bool
        public var backPath: String
        public var error: String?
        /// Starts test mode on the draft, so the department can file a test application.
        public var testAction: String?
        /// What the changes are measured against („seit Ihrer Prüfung am …“), nil for a new service.
        public var changesBasis: String?
        public var changes: [ReviewSummary.Group] = []
        /// The form's cross-field rules and fee, in words.
        public var formRules: [String] = []
        public var fee: String?

        public init(
            shell: PageShell, service: Service, state: String, steps: [Step], thread: ReviewThread, targets: [(value: String, label: String)],
            action: String, csrfToken: String, revision: Int, canDecide: Bool, backPath: String, error: String?
        ) {
            self.shell = shell
            self.service = service
            self.state = state
            self.steps = steps
            self.thread = thread
            self.targets = targets
            self.action = action
            self.csrfToken = csrfToken
            self.revision = revision
            self.canDecide = canDecide
            self.backPath = backPath
            self.error = error
        }
    }

    static func entryRows(_ service: Service, _ text: EditorText) -> [HTML] {
        let contact = service.contact
        let rows: [(String, String)] = [
            (text.summary, service.summary), (text.description, service.description), (text.category, service.category),
            (text.procedure, service.steps.joined(separator: " · ")), (text.documents, service.requiredDocuments.joined(separator: " · ")),
            (text.fees, service.feesText), (text.deadlines, service.deadlines), (text.processingTime, service.processingTime),
            (text.legalBasis, service.legalBasis), (text.redress, service.redress),
            (
                text.contact,
                [contact.name, contact.phone, contact.email, contact.address, contact.openingHours].compactMap { $0 }.filter { !$0.isEmpty }.joined(
                    separator: ", ")
            ),
        ]
        return rows.map { label, value -> HTML in "<div class=\"summary-row\"><dt>\(label)</dt><dd>\(value.isEmpty ? "–" : value)</dd></div>" }
    }

    static func privacySection(_ statement: PrivacyStatement?, _ language: Language) -> HTML {
        let text = PrivacyText.for(language)
        guard let statement else { return "<h2>\(text.editorSection)</h2>\n<p>–</p>" }
        let rows: [(String, String)] = [
            (text.controller, statement.controller), (text.dataProtectionOfficer, statement.dataProtectionOfficer), (text.purposes, statement.purposes),
            (text.legalBasis, statement.legalBasis), (text.categories, statement.dataCategories.joined(separator: " · ")),
            (text.recipients, statement.recipients.joined(separator: " · ")), (text.thirdCountry, statement.thirdCountryTransfer),
            ("\(text.retention): \(text.retentionDrafts)", statement.retentionDrafts),
            ("\(text.retention): \(text.retentionSubmissions)", statement.retentionSubmissions),
            ("\(text.retention): \(text.retentionMessages)", statement.retentionMessages), (text.complaint, statement.supervisoryAuthority),
            (text.obligation, statement.obligation), (text.automated, statement.automatedDecisions),
        ]
        return """
            <h2>\(text.editorSection)</h2>
            <dl class="summary">
            \(HTML(rows.map { label, value -> HTML in "<div class=\"summary-row\"><dt>\(label)</dt><dd>\(value.isEmpty ? "–" : value)</dd></div>" }, separator: "\n"))
            </dl>
            """
    }

    static func changesSection(_ model: Model, _ text: EditorText) -> HTML {
        guard let basis = model.changesBasis else { return "<h2 id=\"aenderungen\">\(text.reviewChanges)</h2>\n<p>\(text.reviewAllNew)</p>" }
        let words = ReviewSummaryText.for(text.language)
        let groups = model.changes.map { group -> HTML in
            "<h3>\(words.groupTitle(group.title))</h3>\n<ul>\(HTML(group.lines.map { line -> HTML in "<li>\(words.line(line))</li>" }))</ul>"
        }
        return """
            <h2 id="aenderungen">\(text.reviewChanges)</h2>
            <p>\(basis)</p>
            \(groups.isEmpty ? HTML("<p>\(text.reviewNoChanges)</p>") : HTML(groups, separator: "\n"))
            """
    }

    public static func render(_ model: Model) -> HTML {
        let text = EditorText.for(model.shell.strings.language)
        let strings = model.shell.strings
        let service = model.service
        let steps = model.steps.enumerated().map { index, step -> HTML in
            """
            <section class="review-step" aria-labelledby="pruefschritt-\(index + 1)">
            <h3 id="pruefschritt-\(index + 1)">\(text.targetStep(index + 1, step.title))</h3>
            <div class="preview">
            \(FieldView.render(step.fields, strings))
            </div>
            \(step.rules.isEmpty ? HTML.empty : "<h4>\(text.reviewRules)</h4>\n<ul>\(HTML(step.rules.map { rule -> HTML in "<li>\(ReviewSummaryText.for(text.language).fieldRules(rule))</li>" }))</ul>")
            </section>
            """
        }
        let decision: HTML =
            model.canDecide
            ? """
            <h2 id="entscheidung">\(text.approve) / \(text.requestChanges)</h2>
            \(PostForm(action: model.action, csrfToken: model.csrfToken, hidden: [("revision", String(model.revision))], content: """
            \(FormControl.textarea("nachricht", text.decisionNote, "", rows: 3))
            <div class="button-row">
            <button class="button" type="submit" \(ReviewAction.approve.attributes)>\(text.approve)</button>
            <button class="button button-secondary" type="submit" \(ReviewAction.requestChanges.attributes)>\(text.requestChanges)</button>
            </div>
            """))
            """ : .empty
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(text.reviewArea)</a></p>
                \(FormControl.error(model.error, title: text.errorTitle))
                <h1>\(service.title)</h1>
                <p>\(model.state)</p>
                \(changesSection(model, text))
                <h2>\(text.targetEntry)</h2>
                <dl class="summary">
                \(HTML(entryRows(service, text), separator: "\n"))
                </dl>
                \(privacySection(service.privacy, model.shell.strings.language))
                <h2>\(text.form)</h2>
                \(model.testAction.map { action -> HTML in
                    """
                    \(PostForm(action: action, csrfToken: model.csrfToken, content: """
                        <button class="button button-secondary" type="submit" name="fassung" value="entwurf">\(text.testDraft)</button>
                        """))
                    """
                    } ?? .empty)
                \(HTML(steps, separator: "\n"))
                \(model.formRules.isEmpty && model.fee == nil ? HTML.empty : """
                    <h3>\(text.reviewFormRules)</h3>
                    <ul>\(HTML(model.formRules.map { rule -> HTML in "<li>\(rule)</li>" }))\(model.fee.map { fee -> HTML in "<li>\(text.reviewFee): <code>\(fee)</code></li>" } ?? .empty)</ul>
                    """)
                <h2 id="anmerkungen">\(text.comments)</h2>
                \(model.thread.render(text, action: nil, csrfToken: model.csrfToken, revision: nil))
                \(PostForm(action: model.action, csrfToken: model.csrfToken, hidden: [("revision", String(model.revision))], content: """
                    \(FormControl.select("ziel", text.commentOn, model.targets, selected: nil))
                    \(FormControl.textarea("anmerkung", text.comment, "", rows: 3))
                    <button class="button button-secondary" type="submit" \(ReviewAction.comment.attributes)>\(text.comment)</button>
                    """))
                \(decision)
                """)
    }
}
