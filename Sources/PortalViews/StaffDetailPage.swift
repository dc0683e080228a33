import PortalCore

/// One staff account for admins: name, address, roles and org units to change; locking, a new
/// password link, resetting the second factor; and the account's history from the audit trail.
public enum StaffDetailPage {
    public struct HistoryLine: Sendable {
        public var when: String
        public var who: String
        public var what: String

        public init(when: String, who: String, what: String) {
            self.when = when
            self.who = who
            self.what = what
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var name: String
        public var username: String
        public var email: String
        public var roles: Set<StaffRole>
        public var orgUnits: [(id: String, name: String, isChecked: Bool)]
        public var isActive: Bool
        public var status: String
        public var lastSignIn: String
        public var hasSecondFactor: Bool
        public var action: String
        public var csrfToken: String
        public var nameError: String?
        public var emailError: String?
        public var rolesError: String?
        /// A refused account action (locking oneself, the last admin).
        public var actionError: String?
        public var history: [HistoryLine]
        /// Shown when the authority's directory is configured for staff sign-in.
        public var directory: Directory?

        public struct Directory: Sendable {
            public var isLinked: Bool
            public var isOnlyWay: Bool
            /// The directory's role claim decides the roles; changes here last until the next sign-in.
            public var assignsRoles: Bool

            public init(isLinked: Bool, isOnlyWay: Bool, assignsRoles: Bool) {
                self.isLinked = isLinked
                self.isOnlyWay = isOnlyWay
                self.assignsRoles = assignsRoles
            }
        }

        public init(
            shell: PageShell, name: String, username: String, email: String, roles: Set<StaffRole>, orgUnits: [(id: String, name: String, isChecked: Bool)],
            isActive: Bool, status: String, lastSignIn: String, hasSecondFactor: Bool, action: String, csrfToken: String, history: [HistoryLine]
        ) {
            self.shell = shell
            self.name = name
            self.username = username
            self.email = email
            self.roles = roles
            self.orgUnits = orgUnits
            self.isActive = isActive
            self.status = status
            self.lastSignIn = lastSignIn
            self.hasSecondFactor = hasSecondFactor
            self.action = action
            self.csrfToken = csrfToken
            self.history = history
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let words = StaffAdminText.for(text.language)
        let errors = [
            ("konto-name", model.nameError), ("konto-email", model.emailError), ("konto-rolle-caseWorker", model.rolesError),
            ("zugang", model.actionError),
        ].compactMap { id, message in message.map { ErrorSummary.Item(anchorID: id, message: $0) } }
        func button(_ action: StaffAccountAction, _ label: String) -> HTML {
            PostForm(
                action: model.action, csrfToken: model.csrfToken, class: "inline-form",
                content: "<button class=\"button button-secondary\" type=\"submit\" \(action.attributes)>\(label)</button>"
            ).html
        }
        var buttons: [HTML] = [model.isActive ? button(.deactivate, words.deactivate) : button(.reactivate, words.reactivate)]
        let directoryWords = DirectoryText.for(text.language)
        if model.directory?.isOnlyWay != true { buttons.append(button(.sendPasswordLink, words.sendPasswordLink)) }
        if model.directory?.isLinked == true { buttons.append(button(.unlinkDirectory, directoryWords.unlink)) }
        if model.hasSecondFactor { buttons.append(button(.removeSecondFactor, words.removeSecondFactor)) }
        let history = model.history.map { line -> HTML in "<tr><td>\(line.when)</td><td>\(line.who)</td><td>\(line.what)</td></tr>" }
        let historyTable: HTML =
            history.isEmpty
            ? "<p>\(words.noHistory)</p>"
            : """
            <div class="table-scroll">
            <table class="table">
            <caption class="visually-hidden">\(words.history)</caption>
            <thead><tr><th scope="col">\(words.when)</th><th scope="col">\(words.who)</th><th scope="col">\(words.what)</th></tr></thead>
            <tbody>
            \(HTML(history, separator: "\n"))
            </tbody>
            </table>
            </div>
            """
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(errors, text))
                <h1>\(words.accountOf(model.name))</h1>
                <dl class="facts">
                <dt>\(words.username)</dt><dd>\(model.username)</dd>
                <dt>\(words.status)</dt><dd>\(model.status)</dd>
                <dt>\(words.lastSignIn)</dt><dd>\(model.lastSignIn)</dd>
                <dt>\(words.secondFactor)</dt><dd>\(words.secondFactorOfAccount(model.hasSecondFactor))</dd>
                \(model.directory.map { directory -> HTML in
                    "<dt>\(directoryWords.directoryAccount)</dt><dd>\(directory.isLinked ? directoryWords.linked : directoryWords.notLinked)</dd>"
                } ?? .empty)
                </dl>
                \(PostForm(action: model.action, csrfToken: model.csrfToken, noValidate: true, content: """
                    \(TextInput(id: "konto-name", name: "name", value: model.name, autocomplete: "off").field(words.name, error: model.nameError, errorPrefix: text.errorPrefix))
                    \(TextInput(id: "konto-email", name: "email", value: model.email, type: .email, autocomplete: "off", spellcheck: false, autocapitalize: false)
                        .field(words.email, error: model.emailError, errorPrefix: text.errorPrefix))
                    \(StaffAccessFieldset(idPrefix: "konto", roles: model.roles, orgUnits: model.orgUnits, rolesError: model.rolesError, language: text.language))
                    \(model.directory?.assignsRoles == true ? "<p class=\"hint\">\(directoryWords.rolesFromDirectory)</p>" : HTML.empty)
                    \(model.directory.map { directoryOnlyChoice($0.isOnlyWay, idPrefix: "konto", text.language) } ?? .empty)
                    <button class="button" type="submit" \(StaffAccountAction.save.attributes)>\(words.save)</button>
                    """))
                <h2 id="zugang">\(words.accessHeading)</h2>
                \(model.actionError.map { error -> HTML in "<p class=\"error-message\">\(error)</p>" } ?? .empty)
                <div class="button-group">
                \(HTML(buttons, separator: "\n"))
                </div>
                <h2>\(words.history)</h2>
                \(historyTable)
                """)
    }

    /// The admin's choice that an account signs in only through the directory, with what it means.
    public static func directoryOnlyChoice(_ isChecked: Bool, idPrefix: String, _ language: Language) -> HTML {
        let words = DirectoryText.for(language)
        return """
            <p class="hint" id="\(idPrefix)-nur-verzeichnis-hinweis">\(words.directoryOnlyHint)</p>
            \(Checkbox(
                id: "\(idPrefix)-nur-verzeichnis", name: "nur-verzeichnis", value: "ja", label: words.directoryOnly, isChecked: isChecked,
                describedBy: "\(idPrefix)-nur-verzeichnis-hinweis"))
            """
    }
}
