/// "Mein Konto": the signed-in citizen's applications with their status, and signing out.
public enum MyApplicationsPage {
    public struct Row: Sendable {
        public var reference: String
        public var service: String
        public var status: String
        public var receivedAt: String
        public var path: String

        public init(reference: String, service: String, status: String, receivedAt: String, path: String) {
            self.reference = reference
            self.service = service
            self.status = status
            self.receivedAt = receivedAt
            self.path = path
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var email: String
        public var rows: [Row]
        public var logoutAction: String
        public var csrfToken: String

        public init(shell: PageShell, email: String, rows: [Row], logoutAction: String, csrfToken: String) {
            self.shell = shell
            self.email = email
            self.rows = rows
            self.logoutAction = logoutAction
            self.csrfToken = csrfToken
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = AccountText.for(model.shell.strings.language)
        let strings = model.shell.strings
        let rows = model.rows.map { row -> HTML in
            "<tr><td><a href=\"\(row.path)\">\(row.reference)</a></td><td>\(row.service)</td><td>\(row.status)</td><td>\(row.receivedAt)</td></tr>"
        }
        let list: HTML = model.rows.isEmpty ? "<p>\(text.noApplications)</p>" : """
        <div class="table-scroll">
        <table class="table">
        <caption class="visually-hidden">\(text.myApplications)</caption>
        <thead><tr><th scope="col">\(strings.columnReference)</th><th scope="col">\(strings.columnService)</th><th scope="col">\(strings.columnStatus)</th><th scope="col">\(strings.columnReceived)</th></tr></thead>
        <tbody>
        \(HTML(rows, separator: "\n"))
        </tbody>
        </table>
        </div>
        """
        return Layout.render(model.shell, main: """
        <h1>\(text.myAccount)</h1>
        <p>\(text.signedInAs(model.email))</p>
        <h2>\(text.myApplications)</h2>
        \(list)
        <form method="post" action="\(model.logoutAction)">
        <input type="hidden" name="_csrf" value="\(model.csrfToken)">
        <button class="button button-secondary" type="submit">\(text.logout)</button>
        </form>
        """)
    }
}
