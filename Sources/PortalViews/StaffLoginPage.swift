/// The back-office sign-in form with one generic error.
public enum StaffLoginPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var action: String
        public var csrfToken: String
        public var username: String
        public var error: String?

        public init(shell: PageShell, action: String, csrfToken: String, username: String, error: String?) {
            self.shell = shell
            self.action = action
            self.csrfToken = csrfToken
            self.username = username
            self.error = error
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
                \(PostForm(action: model.action, csrfToken: model.csrfToken, noValidate: true, content: """
                    \(TextInput(id: "benutzername", name: "benutzername", value: model.username, autocomplete: "username", spellcheck: false, autocapitalize: false)
                        .field(text.username))
                    \(TextInput(id: "passwort", name: "passwort", type: .password, autocomplete: "current-password").field(text.password))
                    <button class="button" type="submit">\(text.loginButton)</button>
                    """))
                """)
    }
}
