import PortalCore

/// The privacy officer's view: every service's entry in the record of processing activities.
public enum ProcessingRecordsPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var records: [(title: String, record: ProcessingRecord)]
        /// The audit trail's page.
        public var auditPath: String?
        public var deletionLogPath: String?

        public init(shell: PageShell, records: [(title: String, record: ProcessingRecord)], auditPath: String? = nil, deletionLogPath: String? = nil) {
            self.auditPath = auditPath
            self.deletionLogPath = deletionLogPath
            self.shell = shell
            self.records = records
        }
    }

    public static func render(_ model: Model) -> HTML {
        let words = PrivacyText.for(model.shell.strings.language)
        let record = ProcessingRecordText.for(model.shell.strings.language)
        let sections = model.records.map { entry -> HTML in
            """
            <h2>\(entry.title)</h2>
            <dl class="summary">
            \(HTML(record.rows(entry.record).map { row -> HTML in "<div class=\"summary-row\"><dt>\(row.label)</dt><dd>\(row.value)</dd></div>" }, separator: "\n"))
            </dl>
            """
        }
        return Layout.render(
            model.shell,
            main: """
                <h1>\(words.recordOfProcessingActivities)</h1>
                <p>\(words.generatedFromTheServicesPrivacy)</p>
                \(model.auditPath.map { path -> HTML in "<p><a href=\"\(path)\">\(AuditText.for(model.shell.strings.language).title)</a></p>" } ?? .empty)
                \(model.deletionLogPath.map { path -> HTML in "<p><a href=\"\(path)\">\(RetentionText.for(model.shell.strings.language).deletionLog)</a></p>" } ?? .empty)
                \(HTML(sections, separator: "\n"))
                """)
    }
}
