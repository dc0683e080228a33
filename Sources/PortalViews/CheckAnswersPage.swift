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

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
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
        let fee: HTML = model.fee.map { "<h2>\(text.feeHeading)</h2>\n<p class=\"fee\"><strong>\($0)</strong></p>\n<p>\(text.feeHint)</p>" } ?? .empty
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
                    <button class="button" type="submit">\(text.submit)</button>
                    """))
                """)
    }
}
