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
        /// The sign language page's videos, each with the action that removes it.
        public var videos: [(title: String, removeAction: String)] = []
        public var videoAction = ""
        public var videoError: String?
        /// A refused video's title and text, kept.
        public var enteredVideo: (title: String, transcript: String) = ("", "")

        public init(shell: PageShell, entries: [Entry], csrfToken: String, error: String?) {
            self.shell = shell
            self.entries = entries
            self.csrfToken = csrfToken
            self.error = error
        }
    }

    /// The videos of the sign language page: the list and the upload form.
    static func videoSection(_ model: Model) -> HTML {
        guard !model.videoAction.isEmpty else { return .empty }
        let words = PortalPagesText.for(model.shell.strings.language)
        let editor = EditorText.for(model.shell.strings.language)
        let rows = model.videos.map { video -> HTML in
            """
            <li>\(video.title)
            \(PostForm(action: video.removeAction, csrfToken: model.csrfToken, class: "inline-form",
                       content: "<button class=\"button button-secondary\" type=\"submit\">\(words.remove)<span class=\"visually-hidden\">: \(video.title)</span></button>"))</li>
            """
        }
        return """
            <h2 id="videos">\(words.videosInSignLanguage)</h2>
            \(rows.isEmpty ? HTML("<p>\(words.noVideosYet)</p>") : "<ul>\(HTML(rows, separator: "\n"))</ul>")
            <h3>\(words.addAVideo)</h3>
            \(PostForm(action: model.videoAction, csrfToken: model.csrfToken, encoding: .multipart, noValidate: true, content: """
            \(TextInput(id: "video-titel", name: "titel", value: model.enteredVideo.title).field(editor.title))
            \(FileInput(id: "video-datei", name: "video", accept: "video/mp4,.mp4").field(words.videoMp4AtMost50))
            \(FileInput(id: "video-untertitel", name: "untertitel", accept: "text/vtt,.vtt").field(words.captionsWebvttFile))
            \(TextArea(id: "video-text", name: "text", value: model.enteredVideo.transcript, rows: 6).field(words.theVideoSContentAs, hint: words.shownBesideTheVideoFor))
            <button class="button" type="submit">\(words.addVideo)</button>
            """))
            """
    }

    public static func render(_ model: Model) -> HTML {
        let words = PortalPagesText.for(model.shell.strings.language)
        let editor = EditorText.for(model.shell.strings.language)
        let forms = model.entries.map { entry -> HTML in
            """
            <h2 id="seite-\(entry.slug)">\(entry.title)</h2>
            \(entry.viewPath.map { path -> HTML in "<p><a href=\"\(path)\">\(words.viewPage)</a></p>" } ?? .empty)
            \(PostForm(action: entry.action, csrfToken: model.csrfToken, content: """
                \(TextInput(id: "e-titel-\(entry.slug)", name: "titel", value: entry.title).field(editor.title))
                \(TextArea(id: "e-text-\(entry.slug)", name: "text", value: entry.body, rows: 12).field(words.text, hint: entry.hint ?? words.separateParagraphsByBlankLines))
                <button class="button" type="submit">\(editor.save)</button>
                """))
            """
        }
        return Layout.render(
            model.shell,
            main: """
                \(FormControl.error(model.error ?? model.videoError, title: editor.errorTitle))
                <h1>\(words.portalPages)</h1>
                \(HTML(forms, separator: "\n"))
                \(videoSection(model))
                """)
    }
}
