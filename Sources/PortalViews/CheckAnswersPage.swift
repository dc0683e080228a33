/// All answers with "Ändern" links, then the submit button.
public enum CheckAnswersPage {
    public struct Row: Sendable {
        public var question: String
        public var answer: String
        public var changePath: String

        public init(question: String, answer: String, changePath: String) {
            self.question = question
            self.answer = answer
            self.changePath = changePath
        }
    }

    public struct Section: Sendable {
        public var title: String
        public var rows: [Row]

        public init(title: String, rows: [Row]) {
            self.title = title
            self.rows = rows
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var sections: [Section]
        public var errors: [ErrorSummary.Item]
        public var action: String
        public var backPath: String
        public var csrfToken: String
        /// The computed fee, formatted ("62,50 €"); nil when the form has none.
        public var fee: String?
        /// The service's privacy statement, linked next to the submit button.
        public var privacyPath: String?
        /// What was typed into questions that other answers made void; an empty change path means no link.
        public var discarded: [Row] = []
        /// The fee paid online before filing, line by line; it replaces `fee`.
        public var payment: FeeLines?

        public init(shell: PageShell, sections: [Section], errors: [ErrorSummary.Item], action: String, backPath: String, csrfToken: String, fee: String? = nil)
        {
            self.shell = shell
            self.sections = sections
            self.errors = errors
            self.action = action
            self.backPath = backPath
            self.csrfToken = csrfToken
            self.fee = fee
        }
    }

    /// A fee to pay online before filing, in lines, with the button that leads to paying.
    public struct FeeLines: Sendable {
        public var lines: [(label: String, amount: String)]
        public var total: String
        /// "darin 19 % Umsatzsteuer: …"; nil without VAT.
        public var tax: String?
        /// Online payment is not set up: said instead of the button.
        public var unavailable: Bool
        public var isTest: Bool
        /// Paid online before filing; otherwise the lines only explain the fee.
        public var paysOnline = true

        public init(lines: [(label: String, amount: String)], total: String, tax: String?, unavailable: Bool, isTest: Bool) {
            self.lines = lines
            self.total = total
            self.tax = tax
            self.unavailable = unavailable
            self.isTest = isTest
        }
    }

    static func feeTable(_ payment: FeeLines, _ text: PaymentText) -> HTML {
        let rows = payment.lines.map { line -> HTML in "<tr><th scope=\"row\">\(line.label)</th><td class=\"number\">\(line.amount)</td></tr>" }
        return """
            <table class="fee-lines">
            <caption class="visually-hidden">\(text.fee)</caption>
            <tbody>
            \(HTML(rows, separator: "\n"))
            </tbody>
            <tfoot><tr><th scope="row">\(text.total)</th><td class="number"><strong>\(payment.total)</strong></td></tr></tfoot>
            </table>\(payment.tax.map { tax -> HTML in "\n<p>\(tax)</p>" } ?? .empty)
            """
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let paymentText = PaymentText.for(text.language)
        func list(_ rows: [Row]) -> HTML {
            let items = rows.map { row -> HTML in
                let change: HTML =
                    row.changePath.isEmpty
                    ? .empty
                    : """
                    \n<dd class="summary-action"><a href="\(row.changePath)">\(text.change)<span class="visually-hidden"> – \(row.question)</span></a></dd>
                    """
                return """
                    <div class="summary-row">
                    <dt>\(row.question)</dt>
                    <dd>\(row.answer.isEmpty ? text.notAnswered : row.answer)</dd>\(change)
                    </div>
                    """
            }
            return "<dl class=\"summary\">\n\(HTML(items, separator: "\n"))\n</dl>"
        }
        var sections = model.sections.map { section -> HTML in "<h2>\(section.title)</h2>\n\(list(section.rows))" }
        if !model.discarded.isEmpty {
            sections.append(
                "<div class=\"notice\" id=\"nicht-uebermittelt\">\n<h2>\(text.discardedHeading)</h2>\n<p>\(text.discardedIntro)</p>\n\(list(model.discarded))\n</div>"
            )
        }
        var fee: HTML = model.fee.map { "<h2>\(text.feeHeading)</h2>\n<p class=\"fee\"><strong>\($0)</strong></p>\n<p>\(text.feeHint)</p>" } ?? .empty
        var submit: HTML = "<button class=\"button\" type=\"submit\">\(text.submit)</button>"
        if let payment = model.payment, !payment.paysOnline {
            fee = "<h2>\(text.feeHeading)</h2>\n\(feeTable(payment, paymentText))\n<p>\(text.feeHint)</p>"
        } else if let payment = model.payment {
            let test: HTML = payment.isTest ? "\n<p class=\"notice\">\(paymentText.testPayment)</p>" : .empty
            fee = "<h2>\(text.feeHeading)</h2>\n\(feeTable(payment, paymentText))\n<p>\(paymentText.checkHint)</p>\(test)"
            submit =
                payment.unavailable
                ? "<p class=\"notice\" role=\"alert\">\(paymentText.unavailable)</p>"
                : "<button class=\"button\" type=\"submit\">\(paymentText.payAndSubmit)</button>"
        }
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(text.back)</a></p>
                \(ErrorSummary.render(model.errors, text))
                <h1>\(text.checkTitle)</h1>
                <p>\(text.checkIntro)</p>
                \(HTML(sections, separator: "\n"))
                \(fee)
                \(PostForm(action: model.action, csrfToken: model.csrfToken, content: """
                    <p>\(text.submitHint)</p>\(model.privacyPath.map { path -> HTML in "\n<p><a href=\"\(path)\">\(text.privacyOfService)</a></p>" } ?? .empty)
                    \(submit)
                    """))
                """)
    }
}
