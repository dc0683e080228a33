import PortalCore

/// The privacy officer's view: every service's entry in the record of processing activities.
public enum ProcessingRecordsPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var records: [(title: String, record: ProcessingRecord)]

        public init(shell: PageShell, records: [(title: String, record: ProcessingRecord)]) {
            self.shell = shell
            self.records = records
        }
    }

    public static func render(_ model: Model) -> HTML {
        let german = model.shell.strings.language == .german
        let sections = model.records.map { entry -> HTML in
            """
            <h2>\(entry.title)</h2>
            <dl class="summary">
            \(HTML(entry.record.rows.map { row -> HTML in "<div class=\"summary-row\"><dt>\(row.label)</dt><dd>\(row.value)</dd></div>" }, separator: "\n"))
            </dl>
            """
        }
        return Layout.render(model.shell, main: """
        <h1>\(german ? "Verzeichnis von Verarbeitungstätigkeiten" : "Record of processing activities")</h1>
        <p>\(german ? "Erzeugt aus den Datenschutzhinweisen der Leistungen (Art. 30 DSGVO). Als Datei: serviceportal privacy record --service KURZNAME --format md|csv." : "Generated from the services' privacy statements (Art. 30 GDPR). As a file: serviceportal privacy record --service SLUG --format md|csv.")</p>
        \(HTML(sections, separator: "\n"))
        """)
    }
}
