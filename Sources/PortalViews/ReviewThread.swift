/// Comments on a draft with their answers, as editors and reviewers both see them.
public struct ReviewThread: Sendable {
    public struct Entry: Sendable {
        public var id: String
        public var target: String
        public var author: String
        public var at: String
        public var text: String
        public var isResolved: Bool
        public var replies: [(author: String, at: String, text: String)]

        public init(
            id: String, target: String, author: String, at: String, text: String, isResolved: Bool, replies: [(author: String, at: String, text: String)]
        ) {
            self.id = id
            self.target = target
            self.author = author
            self.at = at
            self.text = text
            self.isResolved = isResolved
            self.replies = replies
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// With `action`, each open remark gets a reply form and a "done" button (the editors' view).
    public func render(_ text: EditorText, action: String?, csrfToken: String, revision: Int?) -> HTML {
        guard !entries.isEmpty else { return "<p>\(text.noComments)</p>" }
        let items = entries.map { entry -> HTML in
            let replies = entry.replies.map { reply -> HTML in "<li><p class=\"caption\">\(reply.author), \(reply.at)</p><p>\(reply.text)</p></li>" }
            let controls: HTML =
                action.map { action -> HTML in
                    entry.isResolved
                        ? .empty
                        : """
                        \(PostForm(action: action, csrfToken: csrfToken, hidden: revision.map { [("revision", String($0))] } ?? [], content: """
                            \(FormControl.textarea("antwort-\(entry.id)", text.yourReply, "", rows: 2))
                            <div class="button-row">
                            <button class="button button-secondary" type="submit" \(EditorDraftAction.reply(comment: entry.id).attributes)>\(text.reply)</button>
                            <button class="button button-secondary" type="submit" \(EditorDraftAction.resolve(comment: entry.id).attributes)>\(text.resolve)</button>
                            </div>
                            """))
                        """
                } ?? .empty
            return """
                <li class="comment">
                <p class="caption">\(entry.target) · \(entry.author), \(entry.at)\(entry.isResolved ? HTML(text: " · " + text.resolved) : .empty)</p>
                <p>\(entry.text)</p>
                \(replies.isEmpty ? HTML.empty : "<ul class=\"replies\">\(HTML(replies))</ul>")
                \(controls)
                </li>
                """
        }
        return "<ul class=\"comments\">\(HTML(items, separator: "\n"))</ul>"
    }
}
