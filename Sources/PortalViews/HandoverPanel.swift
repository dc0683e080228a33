/// The case page's hand-over section: one row per channel with its state, and a button to send a
/// failed delivery again.
public struct HandoverPanel: Sendable {
    public struct Row: Sendable {
        public var channel: String
        public var state: String
        public var isFailed: Bool
        public var details: [String]
        /// Set for a failed delivery the viewer may send again.
        public var retryAction: String?

        public init(channel: String, state: String, isFailed: Bool, details: [String], retryAction: String? = nil) {
            self.channel = channel
            self.state = state
            self.isFailed = isFailed
            self.details = details
            self.retryAction = retryAction
        }
    }

    public var rows: [Row]
    public var csrfToken: String

    public init(rows: [Row], csrfToken: String) {
        self.rows = rows
        self.csrfToken = csrfToken
    }

    public func render(_ words: HandoverText) -> HTML {
        guard !rows.isEmpty else { return "<h2 id=\"uebergabe\">\(words.heading)</h2>\n<p>\(words.none)</p>" }
        let lines = rows.map { row -> HTML in
            let state: HTML = row.isFailed ? "<strong class=\"tag tag-failed\">\(row.state)</strong>" : "\(row.state)"
            let retry = row.retryAction.map { PostButton(label: words.retry, action: $0).render(csrfToken: csrfToken) } ?? .empty
            return "<tr><th scope=\"row\">\(row.channel)</th><td>\(state)</td><td>\(row.details.joined(separator: "; "))\(retry)</td></tr>"
        }
        return """
            <h2 id="uebergabe">\(words.heading)</h2>
            <div class="table-scroll">
            <table class="table">
            <caption class="visually-hidden">\(words.heading)</caption>
            <thead><tr><th scope="col">\(words.columnChannel)</th><th scope="col">\(words.columnState)</th><th scope="col">\(words.columnDetail)</th></tr></thead>
            <tbody>
            \(HTML(lines, separator: "\n"))
            </tbody>
            </table>
            </div>
            """
    }
}
