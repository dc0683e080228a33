import PortalCore

/// A staff member's own access: who they are to the portal, changing the password, the second factor.
public enum StaffOwnAccessPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var name: String
        public var username: String
        public var email: String?
        public var roles: [String]
        public var orgUnits: [String]
        public var passwordAction: String
        public var csrfToken: String
        public var currentPasswordError: String?
        public var newPasswordError: String?
        /// "Eingerichtet am …" or nil when there is none.
        public var secondFactor: String?
        public var secondFactorRequired: Bool
        public var enrolPath: String
        public var emailAction = ""
        public var enteredEmail = ""
        public var emailError: String?
        public var emailPasswordError: String?
        /// Set for an account that signs in only through the directory: no password, and the address is the admins' to change.
        public var directoryOnly: String?

        public init(
            shell: PageShell, name: String, username: String, email: String?, roles: [String], orgUnits: [String], passwordAction: String,
            csrfToken: String, secondFactor: String?, secondFactorRequired: Bool, enrolPath: String
        ) {
            self.shell = shell
            self.name = name
            self.username = username
            self.email = email
            self.roles = roles
            self.orgUnits = orgUnits
            self.passwordAction = passwordAction
            self.csrfToken = csrfToken
            self.secondFactor = secondFactor
            self.secondFactorRequired = secondFactorRequired
            self.enrolPath = enrolPath
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let words = StaffAdminText.for(text.language)
        var errors: [ErrorSummary.Item] = []
        if let error = model.currentPasswordError { errors.append(.init(anchorID: "bisheriges-passwort", message: error)) }
        if let error = model.newPasswordError { errors.append(.init(anchorID: "neues-passwort", message: error)) }
        if let error = model.emailError { errors.append(.init(anchorID: "neue-email", message: error)) }
        if let error = model.emailPasswordError { errors.append(.init(anchorID: "email-passwort", message: error)) }
        let factor: HTML =
            model.secondFactor.map { "<p>\($0)</p>" }
                ?? """
                <p>\(words.secondFactorMissing)</p>
                <p><a class="button button-secondary" href="\(model.enrolPath)">\(words.setUpSecondFactor)</a></p>
                """
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(errors, text))
                <h1>\(words.ownAccessTitle)</h1>
                <h2>\(words.yourAccount)</h2>
                <dl class="facts">
                <dt>\(words.name)</dt><dd>\(model.name)</dd>
                <dt>\(words.username)</dt><dd>\(model.username)</dd>
                <dt>\(words.email)</dt><dd>\(model.email ?? "–")</dd>
                <dt>\(words.roles)</dt><dd>\(model.roles.joined(separator: ", "))</dd>
                <dt>\(words.orgUnits)</dt><dd>\(model.orgUnits.isEmpty ? words.noOrgUnit : model.orgUnits.joined(separator: ", "))</dd>
                </dl>
                <h2>\(words.secondFactor)</h2>
                \(model.secondFactorRequired ? "<p>\(words.secondFactorRequiredForYou)</p>" : HTML.empty)
                \(factor)
                \(passwordForms(model, words))
                """)
    }

    static func passwordForms(_ model: Model, _ words: StaffAdminText) -> HTML {
        if let directoryOnly = model.directoryOnly { return "<p>\(directoryOnly)</p>" }
        let text = model.shell.strings
        return """
            <h2>\(words.changePassword)</h2>
            \(PostForm(action: model.passwordAction, csrfToken: model.csrfToken, noValidate: true, content: """
                \(TextInput(id: "bisheriges-passwort", name: "bisheriges_passwort", type: .password, autocomplete: "current-password")
                    .field(words.currentPassword, error: model.currentPasswordError, errorPrefix: text.errorPrefix))
                \(TextInput(id: "neues-passwort", name: "neues_passwort", type: .password, autocomplete: "new-password")
                    .field(words.newPassword, hint: words.newPasswordHint, error: model.newPasswordError, errorPrefix: text.errorPrefix))
                <button class="button" type="submit">\(words.changePasswordButton)</button>
                """))
            \(emailForm(model, words))
            """
    }

    static func emailForm(_ model: Model, _ words: StaffAdminText) -> HTML {
        guard !model.emailAction.isEmpty else { return .empty }
        let prefix = model.shell.strings.errorPrefix
        return """
            <h2>\(words.changeEmail)</h2>
            \(PostForm(action: model.emailAction, csrfToken: model.csrfToken, noValidate: true, content: """
            \(TextInput(id: "neue-email", name: "email", value: model.enteredEmail, type: .email, autocomplete: "email", spellcheck: false, autocapitalize: false)
                .field(words.newEmail, error: model.emailError, errorPrefix: prefix))
            \(TextInput(id: "email-passwort", name: "passwort", type: .password, autocomplete: "current-password")
                .field(words.passwordToConfirm, error: model.emailPasswordError, errorPrefix: prefix))
            <button class="button button-secondary" type="submit">\(words.sendConfirmation)</button>
            """))
            """
    }
}
