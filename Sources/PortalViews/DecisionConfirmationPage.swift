/// The step between choosing a decision and delivering it: delivery is final and the applicant is
/// told at once, so the case worker sees outcome, file and recipient once more and confirms.
public enum DecisionConfirmationPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var reference: String
        public var serviceTitle: String
        public var outcomeLabel: String
        public var outcomeValue: String
        public var fileName: String
        public var fileSize: String
        /// The uploaded, not yet delivered file; confirming delivers exactly this one.
        public var fileID: String
        /// How the applicant learns of it: by mail to their account or address, or only on the status page.
        public var recipient: String
        public var action: String
        public var cancelPath: String
        public var csrfToken: String
        /// The letter by post: to whom and when; nil when the decision goes only online.
        public var byPost: String?

        public init(
            shell: PageShell, reference: String, serviceTitle: String, outcomeLabel: String, outcomeValue: String, fileName: String,
            fileSize: String, fileID: String, recipient: String, action: String, cancelPath: String, csrfToken: String,
            byPost: String? = nil
        ) {
            self.shell = shell
            self.reference = reference
            self.serviceTitle = serviceTitle
            self.outcomeLabel = outcomeLabel
            self.outcomeValue = outcomeValue
            self.fileName = fileName
            self.fileSize = fileSize
            self.fileID = fileID
            self.recipient = recipient
            self.action = action
            self.cancelPath = cancelPath
            self.csrfToken = csrfToken
            self.byPost = byPost
        }
    }

    public static func render(_ model: Model) -> HTML {
        let words = CaseWorkText.for(model.shell.strings.language)
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.cancelPath)">\(words.backToTheApplicationWithout)</a></p>
                <p class="caption">\(model.reference) · \(model.serviceTitle)</p>
                <h1>\(words.checkAndDeliverTheDecision2)</h1>
                <dl class="summary">
                <div class="summary-row"><dt>\(words.outcome2)</dt><dd>\(model.outcomeLabel)</dd></div>
                <div class="summary-row"><dt>\(words.file)</dt><dd>\(model.fileName) (\(model.fileSize))</dd></div>
                <div class="summary-row"><dt>\(words.notification)</dt><dd>\(model.recipient)</dd></div>
                \(model.byPost.map { line -> HTML in "<div class=\"summary-row\"><dt>\(words.byPost)</dt><dd>\(line)</dd></div>" } ?? .empty)
                </dl>
                <div class="notice"><p>\(words.deliveringMakesTheDecisionAvailable)</p></div>
                \(PostForm(action: model.action, csrfToken: model.csrfToken, hidden: [("ergebnis", model.outcomeValue), ("datei", model.fileID)] + (model.byPost == nil ? [] : [("post", "ja")]), noValidate: true,
                   content: "<button class=\"button\" type=\"submit\" \(DecisionAction.deliver.attributes)>\(words.deliverTheDecisionNow)</button>"))
                """)
    }
}
