/// The back-office sign-in form with one generic error.
public enum StaffLoginPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var action: String
        public var csrfToken: String
        public var username: String
        public var error: String?
        /// The button for signing in through the authority's directory, when one is configured.
        public var directory: Directory?

        public struct Directory: Sendable {
            public var action: String
            public var button: String
            public var or: String

            public init(action: String, button: String, or: String) {
                self.action = action
                self.button = button
                self.or = or
            }
        }

        public init(shell: PageShell, action: String, csrfToken: String, username: String, error: String?, directory: Directory? = nil) {
            self.shell = shell
            self.action = action
            self.csrfToken = csrfToken
            self.username = username
            self.error = error
            self.directory = directory
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let errors = model.error.map { [ErrorSummary.Item(anchorID: "benutzername", message: $0)] } ?? []
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(errors, text))
                <h1>\(text.loginTitle)</h1>
                \(directory(model))
                \(PostForm(action: model.action, csrfToken: model.csrfToken, noValidate: true, content: """
                    \(TextInput(id: "benutzername", name: "benutzername", value: model.username, autocomplete: "username", spellcheck: false, autocapitalize: false)
                        .field(text.username))
                    \(TextInput(id: "passwort", name: "passwort", type: .password, autocomplete: "current-password").field(text.password))
                    <button class="button" type="submit">\(text.loginButton)</button>
                    """))
                """)
    }

    static func directory(_ model: Model) -> HTML {
        guard let directory = model.directory else { return .empty }
        return """
            \(PostForm(action: directory.action, csrfToken: model.csrfToken, content: "<button class=\"button\" type=\"submit\">\(directory.button)</button>"))
            <p>\(directory.or)</p>
            """
    }
}
