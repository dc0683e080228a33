/// The applicant's view of one case: where it stands, how it got there, what happens next.
public enum CaseStatusPage {
    public struct Entry: Sendable {
        public var at: String
        public var status: String

        public init(at: String, status: String) {
            self.at = at
            self.status = status
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var reference: String
        public var serviceTitle: String
        public var status: String
        public var timeline: [Entry]
        public var nextSteps: String
        public var processingTime: String?
        public var backPath: String
        /// The acknowledgement of receipt (PDF), once it is made.
        public var receiptPath: String?
        public var mailbox: MailboxThread?

        public init(shell: PageShell, reference: String, serviceTitle: String, status: String, timeline: [Entry], nextSteps: String,
                    processingTime: String?, backPath: String) {
            self.shell = shell
            self.reference = reference
            self.serviceTitle = serviceTitle
            self.status = status
            self.timeline = timeline
            self.nextSteps = nextSteps
            self.processingTime = processingTime
            self.backPath = backPath
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = AccountText.for(model.shell.strings.language)
        let strings = model.shell.strings
        let timeline = model.timeline.map { entry -> HTML in "<li><strong>\(entry.status)</strong> – \(entry.at)</li>" }
        return Layout.render(model.shell, main: """
        <p><a class="back-link" href="\(model.backPath)">\(text.myApplications)</a></p>
        <p class="caption">\(model.serviceTitle)</p>
        <h1>\(model.reference)</h1>
        <dl class="facts">
        <dt>\(strings.columnStatus)</dt><dd>\(model.status)</dd>
        </dl>
        <h2>\(text.timeline)</h2>
        <ol class="history">
        \(HTML(timeline, separator: "\n"))
        </ol>
        <h2>\(text.whatNext)</h2>
        <p>\(model.nextSteps)</p>
        \(model.processingTime.map { time -> HTML in "<p>\(text.processingTime(time))</p>" } ?? .empty)
        \(model.mailbox?.render(text) ?? .empty)
        <h2>\(text.receipt)</h2>
        <p>\(model.receiptPath.map { path -> HTML in "<a href=\"\(path)\" download>\(text.receiptDownload)</a>" } ?? "\(text.receiptPending)")</p>
        """)
    }
}
