/// The reviewers' list: drafts of their departments' services and where each stands.
public enum ReviewListPage {
    public struct Row: Sendable {
        public var title: String
        public var state: String
        public var path: String

        public init(title: String, state: String, path: String) {
            self.title = title
            self.state = state
            self.path = path
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var rows: [Row]

        public init(shell: PageShell, rows: [Row]) {
            self.shell = shell
            self.rows = rows
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = EditorText.for(model.shell.strings.language)
        let rows = model.rows.map { row -> HTML in "<tr><td><a href=\"\(row.path)\">\(row.title)</a></td><td>\(row.state)</td></tr>" }
        return Layout.render(
            model.shell,
            main: """
                <h1>\(text.reviewArea)</h1>
                \(model.rows.isEmpty ? HTML("<p>\(text.noReviews)</p>") : """
                    <div class="table-scroll">
                    <table class="table">
                    <thead><tr><th scope="col">\(text.title)</th><th scope="col">\(text.status)</th></tr></thead>
                    <tbody>
                    \(HTML(rows, separator: "\n"))
                    </tbody>
                    </table>
                    </div>
                    """)
                """)
    }
}
