/// A heading and a paragraph: placeholders for legal pages and every error page.
public enum PlainPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var heading: String
        public var paragraphs: [String]
        public var link: (text: String, path: String)?
        /// Buttons that send a POST (sign in with a provider), with the session's CSRF token.
        public var buttons: [PostButton] = []
        public var csrfToken = ""
        public var links: [(text: String, path: String)] = []

        public init(shell: PageShell, heading: String, paragraphs: [String], link: (text: String, path: String)? = nil) {
            self.shell = shell
            self.heading = heading
            self.paragraphs = paragraphs
            self.link = link
        }
    }

    public static func render(_ model: Model) -> HTML {
        let paragraphs = model.paragraphs.map { paragraph -> HTML in "<p>\(paragraph)</p>" }
        let link: HTML = model.link.map { "<p><a href=\"\($0.path)\">\($0.text)</a></p>" } ?? .empty
        let links = model.links.map { link -> HTML in "<li><a href=\"\(link.path)\">\(link.text)</a></li>" }
        return Layout.render(
            model.shell,
            main: """
                <h1>\(model.heading)</h1>
                \(HTML(paragraphs, separator: "\n"))
                \(link)\(PostButton.render(model.buttons, csrfToken: model.csrfToken))\(links.isEmpty ? HTML.empty : "<ul class=\"link-list\">\(HTML(links, separator: "\n"))</ul>")
                """)
    }
}
