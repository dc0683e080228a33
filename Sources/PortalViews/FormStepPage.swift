/// One step of an online form: progress, errors, the questions, back and continue.
public enum FormStepPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var stepTitle: String
        public var stepNumber: Int
        public var stepCount: Int
        public var fields: [FieldView]
        public var action: String
        public var backPath: String
        public var csrfToken: String
        /// Some answers on this page come from the applicant's account.
        public var prefilled = false

        public init(
            shell: PageShell, stepTitle: String, stepNumber: Int, stepCount: Int, fields: [FieldView], action: String, backPath: String, csrfToken: String
        ) {
            self.shell = shell
            self.stepTitle = stepTitle
            self.stepNumber = stepNumber
            self.stepCount = stepCount
            self.fields = fields
            self.action = action
            self.backPath = backPath
            self.csrfToken = csrfToken
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let errors = model.fields.flatMap(\.errorItems)
        let multipart = model.fields.contains { $0.containsFile }
        // Enter in a text box presses the form's first button: make that "continue", not "remove".
        let defaultButton: HTML =
            model.fields.contains { $0.hasEntryButtons }
            ? "<button class=\"visually-hidden\" type=\"submit\" tabindex=\"-1\" aria-hidden=\"true\">\(text.continueButton)</button>"
            : .empty
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(text.back)</a></p>
                \(ErrorSummary.render(errors, text))
                <p class="caption">\(model.shell.serviceTitle ?? "") · <span class="progress">\(text.stepOf(model.stepNumber, model.stepCount))</span></p>
                <h1>\(model.stepTitle)</h1>\(model.prefilled ? "\n<div class=\"notice\"><p>\(AccountText.for(text.language).prefilledNotice)</p></div>" as HTML : .empty)
                \(PostForm(action: model.action, csrfToken: model.csrfToken, encoding: multipart ? .multipart : .urlEncoded, noValidate: true, content: """
                    \(defaultButton)\(FieldView.render(model.fields, text))
                    <div class="button-row">
                    <button class="button" type="submit">\(text.continueButton)</button>
                    <button class="button button-secondary" type="submit" \(FormStepAction.saveForLater.attributes)>\(text.saveForLater)</button>
                    </div>
                    """))
                """)
    }
}
