/// After "Speichern und später fortsetzen" (the resume link, shown once) and after coming back
/// through that link (what changed in the form meanwhile).
public enum SavedDraftPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var heading: String
        public var paragraphs: [String]
        /// The resume link, shown only right after saving.
        public var resumeLink: String?
        /// What changed in the form since the draft was saved.
        public var changes: [String]
        public var continuePath: String
        /// Opening a resume link asks first: the button posts here (with the CSRF token).
        public var confirm: (action: String, csrfToken: String)?

        public init(
            shell: PageShell, heading: String, paragraphs: [String], resumeLink: String?, changes: [String], continuePath: String,
            confirm: (action: String, csrfToken: String)? = nil
        ) {
            self.shell = shell
            self.heading = heading
            self.paragraphs = paragraphs
            self.resumeLink = resumeLink
            self.changes = changes
            self.continuePath = continuePath
            self.confirm = confirm
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let link: HTML =
            model.resumeLink.map { link -> HTML in
                """
                <div class="panel-link">
                <p class="label">\(text.savedLinkLabel)</p>
                <p class="resume-link"><a href="\(link)">\(link)</a></p>
                </div>
                """
            } ?? .empty
        let changes: HTML =
            model.changes.isEmpty
            ? .empty
            : """
            <div class="notice" role="status">
            <p>\(text.formChanged)</p>
            <ul>
            \(HTML(model.changes.map { change -> HTML in "<li>\(change)</li>" }, separator: "\n"))
            </ul>
            </div>
            """
        return Layout.render(
            model.shell,
            main: """
                <h1>\(model.heading)</h1>
                \(link)
                \(HTML(model.paragraphs.map { paragraph -> HTML in "<p>\(paragraph)</p>" }, separator: "\n"))
                \(changes)
                \(model.confirm.map { confirm -> HTML in
                    """
                    \(PostForm(action: confirm.action, csrfToken: confirm.csrfToken, content: """
                        <button class="button" type="submit">\(text.resumeButton)</button>
                        """))
                    """
                    } ?? "<p><a class=\"button\" href=\"\(model.continuePath)\">\(text.continueNow)</a></p>")
                """)
    }
}
