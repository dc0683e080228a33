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
            <form method="post" action="\(video.removeAction)" class="inline-form"><input type="hidden" name="_csrf" value="\(model.csrfToken)">
            <button class="button button-secondary" type="submit">\(words.remove)<span class="visually-hidden">: \(video.title)</span></button></form></li>
            """
        }
        return """
        <h2 id="videos">\(words.videosInSignLanguage)</h2>
        \(rows.isEmpty ? HTML("<p>\(words.noVideosYet)</p>") : "<ul>\(HTML(rows, separator: "\n"))</ul>")
        <h3>\(words.addAVideo)</h3>
        <form method="post" action="\(model.videoAction)" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value="\(model.csrfToken)">
        \(FormControl.text("titel", editor.title, model.enteredVideo.title, id: "video-titel"))
        <div class="field">
        <label class="label" for="video-datei">\(words.videoMp4AtMost50)</label>
        <input class="file-input" id="video-datei" name="video" type="file" accept="video/mp4,.mp4">
        </div>
        <div class="field">
        <label class="label" for="video-untertitel">\(words.captionsWebvttFile)</label>
        <input class="file-input" id="video-untertitel" name="untertitel" type="file" accept="text/vtt,.vtt">
        </div>
        <div class="field">
        <label class="label" for="video-text">\(words.theVideoSContentAs)</label>
        <p class="hint" id="video-text-hinweis">\(words.shownBesideTheVideoFor)</p>
        <textarea class="textarea" id="video-text" name="text" rows="6" aria-describedby="video-text-hinweis">\(model.enteredVideo.transcript)</textarea>
        </div>
        <button class="button" type="submit">\(words.addVideo)</button>
        </form>
        """
    }

    public static func render(_ model: Model) -> HTML {
        let words = PortalPagesText.for(model.shell.strings.language)
        let editor = EditorText.for(model.shell.strings.language)
        let forms = model.entries.map { entry -> HTML in
            """
            <h2 id="seite-\(entry.slug)">\(entry.title)</h2>
            \(entry.viewPath.map { path -> HTML in "<p><a href=\"\(path)\">\(words.viewPage)</a></p>" } ?? .empty)
            <form method="post" action="\(entry.action)">
            <input type="hidden" name="_csrf" value="\(model.csrfToken)">
            \(FormControl.text("titel", editor.title, entry.title, id: "e-titel-\(entry.slug)"))
            <div class="field">
            <label class="label" for="e-text-\(entry.slug)">\(words.text)</label>
            <p class="hint" id="e-text-\(entry.slug)-hinweis">\(entry.hint ?? (words.separateParagraphsByBlankLines))</p>
            <textarea class="textarea" id="e-text-\(entry.slug)" name="text" rows="12" aria-describedby="e-text-\(entry.slug)-hinweis">\(entry.body)</textarea>
            </div>
            <button class="button" type="submit">\(editor.save)</button>
            </form>
            """
        }
        return Layout.render(model.shell, main: """
        \(FormControl.error(model.error ?? model.videoError, title: editor.errorTitle))
        <h1>\(words.portalPages)</h1>
        \(HTML(forms, separator: "\n"))
        \(videoSection(model))
        """)
    }
}
