/// The demo's test platform's pay page: three buttons that end the payment as chosen.
public enum TestPayPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var description: String
        public var amount: String
        public var purpose: String
        public var action: String
        public var csrfToken: String
        /// Already ended: nothing to choose any more.
        public var finished: String?

        public init(shell: PageShell, description: String, amount: String, purpose: String, action: String, csrfToken: String, finished: String? = nil) {
            self.shell = shell
            self.description = description
            self.amount = amount
            self.purpose = purpose
            self.action = action
            self.csrfToken = csrfToken
            self.finished = finished
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = PaymentText.for(model.shell.strings.language)
        let choice: HTML =
            model.finished.map { state -> HTML in "<p>\(state)</p>" }
                ?? """
                \(PostForm(action: model.action, csrfToken: model.csrfToken, content: """
                <div class="button-group">
                <button class="button" type="submit" \(TestPaymentAction.pay.attributes)>\(text.testPay)</button>
                <button class="button button-secondary" type="submit" \(TestPaymentAction.cancel.attributes)>\(text.testCancel)</button>
                <button class="button button-secondary" type="submit" \(TestPaymentAction.fail.attributes)>\(text.testFail)</button>
                </div>
                """))
                """
        return Layout.render(
            model.shell,
            main: """
                <h1>\(text.testPageTitle)</h1>
                <p class="notice">\(text.testPayment)</p>
                <p>\(text.testPageIntro)</p>
                <dl class="summary">
                <div class="summary-row"><dt>\(text.columnService)</dt><dd>\(model.description)</dd></div>
                <div class="summary-row"><dt>\(text.amountLabel)</dt><dd>\(model.amount)</dd></div>
                <div class="summary-row"><dt>\(text.purposeLabel)</dt><dd>\(model.purpose)</dd></div>
                </dl>
                \(choice)
                """)
    }
}
