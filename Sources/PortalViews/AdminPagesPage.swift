/// Admins edit the portal-wide pages: imprint, privacy statement of the portal, accessibility statement.
public enum AdminPagesPage {
    public struct Entry: Sendable {
        public var slug: String
        public var title: String
        public var body: String
        public var action: String
        public var viewPath: String?
        public var hint: String?

        public init(slug: String, title: String, body: String, action: String, viewPath: String?, hint: String? = nil) {
            self.hint = hint
            self.slug = slug
            self.title = title
            self.body = body
            self.action = action
            self.viewPath = viewPath
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var entries: [Entry]
        public var csrfToken: String
        public var error: String?

        public init(shell: PageShell, entries: [Entry], csrfToken: String, error: String?) {
            self.shell = shell
            self.entries = entries
            self.csrfToken = csrfToken
            self.error = error
        }
    }

    public static func render(_ model: Model) -> HTML {
        let german = model.shell.strings.language == .german
        let editor = EditorText.for(model.shell.strings.language)
        let forms = model.entries.map { entry -> HTML in
            """
            <h2 id="seite-\(entry.slug)">\(entry.title)</h2>
            \(entry.viewPath.map { path -> HTML in "<p><a href=\"\(path)\">\(german ? "Seite ansehen" : "View page")</a></p>" } ?? .empty)
            <form method="post" action="\(entry.action)">
            <input type="hidden" name="_csrf" value="\(model.csrfToken)">
            \(FormControl.text("titel", editor.title, entry.title, id: "e-titel-\(entry.slug)"))
            <div class="field">
            <label class="label" for="e-text-\(entry.slug)">\(german ? "Text" : "Text")</label>
            <p class="hint" id="e-text-\(entry.slug)-hinweis">\(entry.hint ?? (german ? "Absätze durch Leerzeilen trennen; „## “ am Zeilenanfang für Überschriften, „- “ für Aufzählungen." : "Separate paragraphs by blank lines; “## ” at the start of a line for headings, “- ” for lists."))</p>
            <textarea class="textarea" id="e-text-\(entry.slug)" name="text" rows="12" aria-describedby="e-text-\(entry.slug)-hinweis">\(entry.body)</textarea>
            </div>
            <button class="button" type="submit">\(editor.save)</button>
            </form>
            """
        }
        return Layout.render(model.shell, main: """
        \(FormControl.error(model.error, title: editor.errorTitle))
        <h1>\(german ? "Seiten des Portals" : "Portal pages")</h1>
        \(HTML(forms, separator: "\n"))
        """)
    }
}
