/// An application waiting for its payment: pay at the platform, check the status, pay again after
/// a cancelled or failed payment, or give up; for anyone else only the payment's state.
public enum PaymentPage {
    public enum State: Sendable {
        /// A transaction at the platform, not yet paid: the pay page's address.
        case open(payURL: String)
        /// The platform gave no transaction (no answer; `code` when it refused).
        case notSent(code: String?)
        case canceled
        case failed
        /// Paid, and the application is being filed (shown to a browser that is not the applicant's).
        case paid
        /// A fee paid after filing: paid, or cancelled or failed (paid again from the case page).
        case paidFee
        case feeUnpaid
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var serviceTitle: String
        public var amount: String
        public var reference: String?
        public var purpose: String?
        public var state: State
        /// The applicant's own browser: the buttons.
        public var isOwner: Bool
        public var action: String
        public var checkPath: String
        public var csrfToken: String
        public var isTest: Bool
        /// A fee paid after filing: the case page it belongs to.
        public var casePath: String?

        public init(
            shell: PageShell, serviceTitle: String, amount: String, reference: String?, purpose: String?, state: State, isOwner: Bool, action: String,
            checkPath: String, csrfToken: String, isTest: Bool
        ) {
            self.shell = shell
            self.serviceTitle = serviceTitle
            self.amount = amount
            self.reference = reference
            self.purpose = purpose
            self.state = state
            self.isOwner = isOwner
            self.action = action
            self.checkPath = checkPath
            self.csrfToken = csrfToken
            self.isTest = isTest
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = PaymentText.for(model.shell.strings.language)
        func button(_ action: PaymentAction, _ label: String, secondary: Bool = false) -> HTML {
            "<button class=\"\(secondary ? "button button-secondary" : "button")\" type=\"submit\" \(action.attributes)>\(label)</button>"
        }
        func buttons(_ items: HTML) -> HTML {
            model.isOwner ? "\(PostForm(action: model.action, csrfToken: model.csrfToken, content: "<div class=\"button-group\">\(items)</div>"))" : .empty
        }
        let giveUp = button(.giveUp, text.giveUp, secondary: true)
        let body: HTML
        switch model.state {
        case .open(let payURL):
            body = """
                <p>\(text.openText)</p>
                <p><a class="button" href="\(payURL)">\(text.payNow)</a></p>
                <p><a href="\(model.checkPath)">\(text.checkAgain)</a></p>
                """
        case .notSent(let code):
            body = """
                <div class="notice" role="alert"><p>\(code.map { text.refused($0) } ?? text.notSent)</p></div>
                \(buttons("\(button(.sendAgain, text.sendAgain))\n\(giveUp)"))
                """
        case .canceled, .failed:
            let isCanceled = if case .canceled = model.state { true } else { false }
            body = """
                <div class="notice" role="alert"><p>\(isCanceled ? text.canceledText : text.failedText)</p></div>
                \(buttons("\(button(.payAgain, text.payAgain))\n\(giveUp)"))
                """
        case .paid:
            body = "<p>\(text.paidElsewhere)</p>"
        case .paidFee:
            body = "<div class=\"notice\" role=\"status\"><p>\(text.paidFee)</p></div>"
        case .feeUnpaid:
            body = "<div class=\"notice\" role=\"alert\"><p>\(text.feeUnpaidText)</p></div>"
        }
        let back: HTML = model.casePath.map { path -> HTML in "<p><a href=\"\(path)\">\(text.backToCase)</a></p>" } ?? .empty
        let facts: [(String, String)] =
            [(text.amountLabel, model.amount)] + (model.reference.map { [(text.referenceLabel, $0)] } ?? [])
            + (model.purpose.map { [(text.purposeLabel, $0)] } ?? [])
        let list = facts.map { label, value -> HTML in "<div class=\"summary-row\"><dt>\(label)</dt><dd>\(value)</dd></div>" }
        return Layout.render(
            model.shell,
            main: """
                <h1>\(text.pageTitle)</h1>
                \(model.isTest ? "<p class=\"notice\">\(text.testPayment)</p>" : HTML.empty)
                <p class="lead">\(model.serviceTitle)</p>
                <dl class="summary">
                \(HTML(list, separator: "\n"))
                </dl>
                \(body)
                \(back)
                """)
    }
}
