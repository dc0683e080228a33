/// The contact form (general or about one service): questions go to the right office, barriers
/// to the portal's administrators, without publishing e-mail addresses.
public enum ContactPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var heading: String
        public var intro: String
        public var fields: [FieldView]
        public var action: String
        public var csrfToken: String
        public var sendLabel: String
        public var backPath: String

        public init(
            shell: PageShell, heading: String, intro: String, fields: [FieldView], action: String, csrfToken: String, sendLabel: String, backPath: String
        ) {
            self.shell = shell
            self.heading = heading
            self.intro = intro
            self.fields = fields
            self.action = action
            self.csrfToken = csrfToken
            self.sendLabel = sendLabel
            self.backPath = backPath
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(text.back)</a></p>
                \(ErrorSummary.render(model.fields.flatMap(\.errorItems), text))
                <h1>\(model.heading)</h1>
                <p>\(model.intro)</p>
                \(PostForm(action: model.action, csrfToken: model.csrfToken, noValidate: true, content: """
                    \(FieldView.render(model.fields, text))
                    <button class="button" type="submit">\(model.sendLabel)</button>
                    """))
                """)
    }
}
