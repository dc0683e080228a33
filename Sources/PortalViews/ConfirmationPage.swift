/// After submitting: the reference and what happens next.
public enum ConfirmationPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var reference: String
        public var receivedAt: String
        public var nextSteps: [String]
        public var homePath: String
        /// Shown once: with the reference it opens the case's status page.
        public var accessCode: String?
        public var followPath = ""
        /// The acknowledgement mail carries the access code too; otherwise this page is the only place.
        public var accessCodeMailed = false
        /// Something the applicant must know, e.g. that no acknowledgement was mailed.
        public var notice: String?
        /// The fee was paid online before filing: said with the amount.
        public var paymentNotice: String?
        /// The rating of the online service just used.
        public var feedback: FeedbackForm?

        public init(shell: PageShell, reference: String, receivedAt: String, nextSteps: [String], homePath: String) {
            self.shell = shell
            self.reference = reference
            self.receivedAt = receivedAt
            self.nextSteps = nextSteps
            self.homePath = homePath
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let steps = model.nextSteps.map { step -> HTML in "<li>\(step)</li>" }
        return Layout.render(
            model.shell,
            main: """
                <div class="panel-confirmation">
                <h1>\(text.confirmationTitle)</h1>
                <p>\(text.yourReference)<br><strong class="reference">\(model.reference)</strong></p>
                <p>\(model.receivedAt)</p>
                </div>
                <p>\(text.referenceHint)</p>\(model.paymentNotice.map { notice -> HTML in "\n<p>\(notice)</p>" } ?? .empty)\(model.notice.map { notice -> HTML in "\n<div class=\"notice\" role=\"status\"><p>\(notice)</p></div>" } ?? .empty)\(model.accessCode.map { code -> HTML in "\n<p>\(text.yourAccessCode)<br><strong class=\"access-code\">\(code)</strong></p>\n<p>\(text.accessCodeHint) \(model.accessCodeMailed ? text.accessCodeAlsoMailed : text.accessCodeOnlyHere) <a href=\"\(model.followPath)\">\(text.followCase)</a></p>" } ?? .empty)
                <h2>\(text.whatNext)</h2>
                <ol class="steps">\(HTML(steps))</ol>
                \(model.feedback?.html ?? .empty)
                <p class="no-print">\(text.printPage)</p>
                <p class="no-print"><a href="\(model.homePath)">\(text.backToStart)</a></p>
                """)
    }
}
