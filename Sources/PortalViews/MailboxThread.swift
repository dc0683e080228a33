/// A case's messages, oldest first, with the form to write one while the case is open. Shown to
/// the applicant on their case page and to case workers on theirs.
public struct MailboxThread: Sendable {
    public struct Message: Sendable {
        public var author: String
        public var sentAt: String
        public var body: String
        /// Not yet read by whoever looks at the page.
        public var isNew: Bool
        public var files: [(name: String, path: String)]

        public init(author: String, sentAt: String, body: String, isNew: Bool, files: [(name: String, path: String)] = []) {
            self.files = files
            self.author = author
            self.sentAt = sentAt
            self.body = body
            self.isNew = isNew
        }
    }

    public var messages: [Message]
    /// Where a new message goes; nil when the case is closed.
    public var action: String?
    public var csrfToken: String
    /// The label of the text box (who the message is for).
    public var label: String
    public var error: String?
    public var entered = ""

    public init(messages: [Message], action: String?, csrfToken: String, label: String, error: String? = nil) {
        self.messages = messages
        self.action = action
        self.csrfToken = csrfToken
        self.label = label
        self.error = error
    }

    public func render(_ text: AccountText) -> HTML {
        let items = messages.map { message -> HTML in
            return """
                <li class="message"><p class="message-meta"><strong>\(message.author)</strong>, \(message.sentAt)\(message.isNew ? " <strong class=\"tag\">\(text.newMarker)</strong>" as HTML : .empty)</p>
                \(HTML.paragraphs(message.body))\(message.files.isEmpty ? HTML.empty : "<ul class=\"file-list\">\(HTML(message.files.map { file -> HTML in "<li><a href=\"\(file.path)\" download>\(file.name)</a></li>" }))</ul>")</li>
                """
        }
        let list: HTML = messages.isEmpty ? "<p>\(text.mailboxEmpty)</p>" : "<ol class=\"messages\">\(HTML(items, separator: "\n"))</ol>"
        let form: HTML =
            action.map { action -> HTML in
                """
                \(PostForm(action: action, csrfToken: csrfToken, encoding: .multipart, noValidate: true, content: """
                \(TextArea(id: "nachricht", name: "nachricht", value: entered).field(label, error: error))
                \(FileInput(id: "anhang", name: "anhang", accept: ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png", allowsSeveral: true)
                    .field(text.attachments, hint: text.attachmentsHint))
                <button class="button" type="submit">\(text.mailboxSend)</button>
                """))
                """
            } ?? "<p>\(text.mailboxClosed)</p>"
        return """
            <h2 id="nachrichten">\(text.mailbox)</h2>
            \(list)
            \(form)
            """
    }
}
