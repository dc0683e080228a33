/// Staff: messages from the contact form for their offices (and the portal's, for admins).
public enum ContactMessagesPage {
    public struct Row: Sendable {
        public var receivedAt: String
        public var about: String
        public var category: String
        public var sender: String
        public var text: String

        public init(receivedAt: String, about: String, category: String, sender: String, text: String) {
            self.receivedAt = receivedAt
            self.about = about
            self.category = category
            self.sender = sender
            self.text = text
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
        let text = ContactText.for(model.shell.strings.language)
        let items = model.rows.map { row -> HTML in
            """
            <li class="comment">
            <p class="caption">\(row.receivedAt) · \(row.about) · \(row.category) · \(row.sender)</p>
            <p class="message-text">\(row.text)</p>
            </li>
            """
        }
        return Layout.render(
            model.shell,
            main: """
                <h1>\(text.staffHeading)</h1>
                \(model.rows.isEmpty ? HTML("<p>\(text.noMessages)</p>") : "<ul class=\"comments\">\(HTML(items, separator: "\n"))</ul>")
                """)
    }
}
