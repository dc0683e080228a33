import PortalCore

/// Staff with the statistics role (their units' services) and admins (all): the comments given with
/// ratings, to publish in the open data or hide.
public enum RatingCommentsPage {
    public struct Row: Sendable {
        public var when: String
        public var about: String
        public var stars: String
        public var text: String
        public var state: Rating.Comment.State
        public var action: String

        public init(when: String, about: String, stars: String, text: String, state: Rating.Comment.State, action: String) {
            self.when = when
            self.about = about
            self.stars = stars
            self.text = text
            self.state = state
            self.action = action
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var rows: [Row]
        public var csrfToken: String

        public init(shell: PageShell, rows: [Row], csrfToken: String) {
            self.shell = shell
            self.rows = rows
            self.csrfToken = csrfToken
        }
    }

    public static func render(_ model: Model) -> HTML {
        let words = FeedbackText.for(model.shell.strings.language)
        let rows = model.rows.map { row -> HTML in
            let button: HTML =
                row.state == .published
                ? "<button class=\"button button-secondary\" type=\"submit\" \(CommentAction.hide.attributes)>\(words.hide)</button>"
                : "<button class=\"button button-secondary\" type=\"submit\" \(CommentAction.publish.attributes)>\(words.publish)</button>"
            return """
                <tr><td>\(row.when)</td><td>\(row.about)</td><td>\(row.stars)</td><td class="comment-text">\(HTML.paragraphs(row.text))</td><td>\(words.state(row.state))</td>
                <td>\(PostForm(action: row.action, csrfToken: model.csrfToken, class: "inline-form", content: button))</td></tr>
                """
        }
        let table: HTML =
            rows.isEmpty
            ? "<p>\(words.noComments)</p>"
            : """
            <div class="table-scroll">
            <table class="table">
            <caption class="visually-hidden">\(words.commentsHeading)</caption>
            <thead><tr><th scope="col">\(words.when)</th><th scope="col">\(words.about)</th><th scope="col">\(words.rating)</th><th scope="col">\(words.commentColumn)</th><th scope="col">\(words.stateColumn)</th><th scope="col"><span class="visually-hidden">\(words.publish)</span></th></tr></thead>
            <tbody>
            \(HTML(rows, separator: "\n"))
            </tbody>
            </table>
            </div>
            """
        return Layout.render(
            model.shell,
            main: """
                <h1>\(words.commentsHeading)</h1>
                <p>\(words.commentsIntro)</p>
                \(table)
                """)
    }
}
