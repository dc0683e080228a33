import PortalCore

/// A draft as the department reviews it: the catalogue entry, every step as citizens see it,
/// the remarks so far, a form for a new remark, and the decision.
public enum ReviewPage {
    public struct Step: Sendable {
        public var title: String
        public var fields: [FieldView]

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

        public init(shell: PageShell, service: Service, state: String, steps: [Step], thread: ReviewThread, targets: [(value: String, label: String)],
                    action: String, csrfToken: String, revision: Int, canDecide: Bool, backPath: String, error: String?) {
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
            </section>
            """
        }
        let decision: HTML = model.canDecide ? """
        <h2 id="entscheidung">\(text.approve) / \(text.requestChanges)</h2>
        <form method="post" action="\(model.action)">
        <input type="hidden" name="_csrf" value="\(model.csrfToken)"><input type="hidden" name="revision" value="\(model.revision)">
        \(FormControl.textarea("nachricht", text.decisionNote, "", rows: 3))
        <div class="button-row">
        <button class="button" type="submit" name="_aktion" value="freigeben">\(text.approve)</button>
        <button class="button button-secondary" type="submit" name="_aktion" value="aenderungen">\(text.requestChanges)</button>
        </div>
        </form>
        """ : .empty
        return Layout.render(model.shell, main: """
        <p><a class="back-link" href="\(model.backPath)">\(text.reviewArea)</a></p>
        \(FormControl.error(model.error, title: text.errorTitle))
        <h1>\(service.title)</h1>
        <p>\(model.state)</p>
        <h2>\(text.targetEntry)</h2>
        <dl class="summary">
        <div class="summary-row"><dt>\(text.summary)</dt><dd>\(service.summary)</dd></div>
        <div class="summary-row"><dt>\(text.procedure)</dt><dd>\(service.steps.joined(separator: " · "))</dd></div>
        <div class="summary-row"><dt>\(text.processingTime)</dt><dd>\(service.processingTime)</dd></div>
        <div class="summary-row"><dt>\(text.contact)</dt><dd>\([service.contact.name, service.contact.phone, service.contact.email].compactMap { $0 }.joined(separator: ", "))</dd></div>
        </dl>
        <h2>\(text.form)</h2>
        \(model.testAction.map { action -> HTML in
            """
            <form method="post" action="\(action)">
            <input type="hidden" name="_csrf" value="\(model.csrfToken)">
            <button class="button button-secondary" type="submit" name="fassung" value="entwurf">\(text.testDraft)</button>
            </form>
            """
        } ?? .empty)
        \(HTML(steps, separator: "\n"))
        <h2 id="anmerkungen">\(text.comments)</h2>
        \(model.thread.render(text, action: nil, csrfToken: model.csrfToken, revision: nil))
        <form method="post" action="\(model.action)">
        <input type="hidden" name="_csrf" value="\(model.csrfToken)"><input type="hidden" name="revision" value="\(model.revision)">
        \(FormControl.select("ziel", text.commentOn, model.targets, selected: nil))
        \(FormControl.textarea("anmerkung", text.comment, "", rows: 3))
        <button class="button button-secondary" type="submit" name="_aktion" value="kommentieren">\(text.comment)</button>
        </form>
        \(decision)
        """)
    }
}
