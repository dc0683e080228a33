/// On the staff case page of a service whose fee is paid later: the amount to ask for, or the
/// open request with the button to withdraw it.
public struct PaymentRequestPanel: Sendable {
    public var action: String
    public var csrfToken: String
    /// Nothing asked for yet (or the last request was withdrawn): the amount field.
    public var canRequest: Bool
    /// An open request the applicant has not started paying.
    public var canWithdraw: Bool
    public var amount: String = ""
    public var error: String?

    public init(action: String, csrfToken: String, canRequest: Bool, canWithdraw: Bool) {
        self.action = action
        self.csrfToken = csrfToken
        self.canRequest = canRequest
        self.canWithdraw = canWithdraw
    }

    public func render(_ text: PaymentText, errorPrefix: String) -> HTML {
        let form: HTML
        if canRequest {
            form = """
                \(PostForm(action: action, csrfToken: csrfToken, noValidate: true, content: """
                    \(TextInput(id: "zahlung-betrag", name: "betrag", value: amount, isShort: true, inputMode: "decimal").field(text.requestAmount, hint: text.requestHint, error: error, errorPrefix: errorPrefix))
                    <button class="button" type="submit" \(PaymentRequestAction.request.attributes)>\(text.requestButton)</button>
                    """))
                """
        } else if canWithdraw {
            form = """
                \(PostForm(action: action, csrfToken: csrfToken, content: """
                    <button class="button button-secondary" type="submit" \(PaymentRequestAction.withdraw.attributes)>\(text.withdrawRequest)</button>
                    """))
                """
        } else {
            form = .empty
        }
        return """
            <section class="panel" id="zahlung" aria-labelledby="zahlung-titel">
            <h2 id="zahlung-titel">\(text.requestHeading)</h2>
            \(form)
            </section>
            """
    }
}
