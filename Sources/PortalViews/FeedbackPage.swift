import PortalCore

/// The feedback page the footer of every page links to (EU Single Digital Gateway), and where a
/// refused rating from a confirmation page is shown again.
public enum FeedbackPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var heading: String
        public var form: FeedbackForm
        /// After sending: the thanks instead of the form.
        public var isThanked = false
        public var homePath: String

        public init(shell: PageShell, heading: String, form: FeedbackForm, homePath: String) {
            self.shell = shell
            self.heading = heading
            self.form = form
            self.homePath = homePath
        }
    }

    public static func render(_ model: Model) -> HTML {
        let words = FeedbackText.for(model.shell.strings.language)
        var form = model.form
        form.withHeading = false
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render([form.summaryItem].compactMap { $0 }, model.shell.strings))
                <h1>\(model.heading)</h1>
                \(model.isThanked ? "<p>\(words.thanks)</p>" as HTML : "<p>\(words.intro)</p>\n\(form.html)" as HTML)
                <p><a href="\(model.homePath)">\(words.backToStart)</a></p>
                """)
    }
}
