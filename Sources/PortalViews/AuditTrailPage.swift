import PortalCore

/// The audit trail for admins and privacy officers: one case's lines by its reference, and the
/// download of a period as CSV.
public enum AuditTrailPage {
    public struct Line: Sendable {
        public var when: String
        public var who: String
        public var what: String
        public var concerning: String

        public init(when: String, who: String, what: String, concerning: String) {
            self.when = when
            self.who = who
            self.what = what
            self.concerning = concerning
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var action: String
        public var exportAction: String
        public var reference = ""
        public var referenceError: String?
        /// The case shown, with its lines.
        public var caseTrail: (reference: String, lines: [Line])?
        /// The shown case's legal hold.
        public var legalHold: LegalHoldPanel?
        public var from = ""
        public var to = ""
        public var fromError: String?
        public var toError: String?

        public init(shell: PageShell, action: String, exportAction: String) {
            self.shell = shell
            self.action = action
            self.exportAction = exportAction
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let words = AuditText.for(text.language)
        let errors =
            [("protokoll-aktenzeichen", model.referenceError), ("protokoll-von", model.fromError), ("protokoll-bis", model.toError)]
            .compactMap { id, message in message.map { ErrorSummary.Item(anchorID: id, message: $0) } } + [model.legalHold?.summaryItem].compactMap { $0 }
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(errors, text))
                <h1>\(words.title)</h1>
                <p>\(words.intro)</p>
                <h2>\(words.caseHeading)</h2>
                \(GetForm(action: model.action, class: "audit-case", content: """
                    \(TextInput(id: "protokoll-aktenzeichen", name: "aktenzeichen", value: model.reference, spellcheck: false, autocapitalize: false)
                        .field(words.reference, hint: words.referenceHint, error: model.referenceError, errorPrefix: text.errorPrefix))
                    <button class="button button-secondary" type="submit">\(words.show)</button>
                    """))
                \(caseTrail(model, words))
                \(model.legalHold?.html ?? .empty)
                <h2>\(words.exportHeading)</h2>
                \(GetForm(action: model.exportAction, class: "audit-export", content: """
                    \(TextInput(id: "protokoll-von", name: "von", value: model.from, isShort: true, inputMode: "numeric")
                        .field(words.from, hint: words.dateHint, error: model.fromError, errorPrefix: text.errorPrefix))
                    \(TextInput(id: "protokoll-bis", name: "bis", value: model.to, isShort: true, inputMode: "numeric")
                        .field(words.to, error: model.toError, errorPrefix: text.errorPrefix))
                    <button class="button button-secondary" type="submit">\(words.download)</button>
                    """))
                """)
    }

    private static func caseTrail(_ model: Model, _ words: AuditText) -> HTML {
        guard let trail = model.caseTrail else { return .empty }
        let rows = trail.lines.map { line -> HTML in
            "<tr><td>\(line.when)</td><td>\(line.who)</td><td>\(line.what)</td><td>\(line.concerning)</td></tr>"
        }
        let table: HTML =
            rows.isEmpty
            ? "<p>\(words.noLines)</p>"
            : """
            <div class="table-scroll">
            <table class="table">
            <caption class="visually-hidden">\(words.caseTrail(trail.reference))</caption>
            <thead><tr><th scope="col">\(words.when)</th><th scope="col">\(words.who)</th><th scope="col">\(words.what)</th><th scope="col">\(words.concerning)</th></tr></thead>
            <tbody>
            \(HTML(rows, separator: "\n"))
            </tbody>
            </table>
            </div>
            """
        return """
            <h3 id="vorgang">\(words.caseTrail(trail.reference))</h3>
            \(table)
            """
    }
}
