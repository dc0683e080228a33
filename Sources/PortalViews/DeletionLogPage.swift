import PortalCore

/// The privacy officer's deletion log: what the daily retention run removed, counts only.
public enum DeletionLogPage {
    public struct Line: Sendable {
        public var when: String
        public var service: String
        public var stage: String
        public var action: String
        public var count: String

        public init(when: String, service: String, stage: String, action: String, count: String) {
            self.when = when
            self.service = service
            self.stage = stage
            self.action = action
            self.count = count
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var lines: [Line]
        /// When the run last started, as text; nil: never.
        public var lastRun: String?
        public var exportPath: String
        public var backPath: String

        public init(shell: PageShell, lines: [Line], lastRun: String?, exportPath: String, backPath: String) {
            self.shell = shell
            self.lines = lines
            self.lastRun = lastRun
            self.exportPath = exportPath
            self.backPath = backPath
        }
    }

    public static func render(_ model: Model) -> HTML {
        let words = RetentionText.for(model.shell.strings.language)
        let rows = model.lines.map { line -> HTML in
            "<tr><td>\(line.when)</td><td>\(line.service)</td><td>\(line.stage)</td><td>\(line.action)</td><td class=\"numeric\">\(line.count)</td></tr>"
        }
        let table: HTML =
            rows.isEmpty
            ? "<p>\(words.noDeletions)</p>"
            : """
            <div class="table-scroll">
            <table class="table">
            <caption class="visually-hidden">\(words.deletionLog)</caption>
            <thead><tr><th scope="col">\(words.when)</th><th scope="col">\(words.service)</th><th scope="col">\(words.stageColumn)</th><th scope="col">\(words.actionColumn)</th><th scope="col">\(words.number)</th></tr></thead>
            <tbody>
            \(HTML(rows, separator: "\n"))
            </tbody>
            </table>
            </div>
            <p><a href="\(model.exportPath)">\(words.downloadCSV)</a></p>
            """
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(model.shell.strings.back)</a></p>
                <h1>\(words.deletionLog)</h1>
                <p>\(words.deletionLogIntro)</p>
                <p>\(model.lastRun.map(words.lastRun) ?? words.neverRun)</p>
                \(table)
                """)
    }
}
