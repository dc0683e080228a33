import PortalCore

/// The admins' list of staff accounts, and the form that invites a new one.
public enum StaffListPage {
    public struct Row: Sendable {
        public var name: String
        public var path: String
        public var username: String
        public var roles: String
        public var orgUnits: String
        public var lastSignIn: String
        public var status: String

        public init(name: String, path: String, username: String, roles: String, orgUnits: String, lastSignIn: String, status: String) {
            self.name = name
            self.path = path
            self.username = username
            self.roles = roles
            self.orgUnits = orgUnits
            self.lastSignIn = lastSignIn
            self.status = status
        }
    }

    /// What the invite form shows: the entered values and the problems per field.
    public struct Invitation: Sendable {
        public var name = ""
        public var username = ""
        public var email = ""
        public var roles: Set<StaffRole> = []
        public var orgUnitIDs: Set<String> = []
        public var directoryOnly = false
        public var nameError: String?
        public var usernameError: String?
        public var emailError: String?
        public var rolesError: String?

        public init() {}

        public var hasErrors: Bool { [nameError, usernameError, emailError, rolesError].contains { $0 != nil } }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var rows: [Row]
        public var orgUnits: [(id: String, name: String)]
        public var invitation: Invitation
        public var inviteAction: String
        public var csrfToken: String
        /// Whether staff can sign in through the authority's directory (then an invitation may be directory-only).
        public var offersDirectory = false

        public init(shell: PageShell, rows: [Row], orgUnits: [(id: String, name: String)], invitation: Invitation, inviteAction: String, csrfToken: String) {
            self.shell = shell
            self.rows = rows
            self.orgUnits = orgUnits
            self.invitation = invitation
            self.inviteAction = inviteAction
            self.csrfToken = csrfToken
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let words = StaffAdminText.for(text.language)
        let invitation = model.invitation
        let errors = [
            ("neu-name", invitation.nameError), ("neu-benutzername", invitation.usernameError), ("neu-email", invitation.emailError),
            ("neu-rolle-caseWorker", invitation.rolesError),
        ].compactMap { id, message in message.map { ErrorSummary.Item(anchorID: id, message: $0) } }
        let rows = model.rows.map { row -> HTML in
            """
            <tr><th scope="row"><a href="\(row.path)">\(row.name)</a></th><td>\(row.username)</td><td>\(row.roles)</td><td>\(row.orgUnits)</td>\
            <td>\(row.lastSignIn)</td><td>\(row.status)</td></tr>
            """
        }
        let units = model.orgUnits.map { (id: $0.id, name: $0.name, isChecked: invitation.orgUnitIDs.contains($0.id)) }
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(errors, text))
                <h1>\(words.staffAccounts)</h1>
                <div class="table-scroll">
                <table class="table">
                <caption class="visually-hidden">\(words.staffAccounts)</caption>
                <thead><tr><th scope="col">\(words.name)</th><th scope="col">\(words.username)</th><th scope="col">\(words.roles)</th>\
                <th scope="col">\(words.orgUnits)</th><th scope="col">\(words.lastSignIn)</th><th scope="col">\(words.status)</th></tr></thead>
                <tbody>
                \(HTML(rows, separator: "\n"))
                </tbody>
                </table>
                </div>
                <h2 id="einladen">\(words.inviteHeading)</h2>
                \(PostForm(action: model.inviteAction, csrfToken: model.csrfToken, noValidate: true, content: """
                    \(TextInput(id: "neu-name", name: "name", value: invitation.name, autocomplete: "off").field(words.name, error: invitation.nameError, errorPrefix: text.errorPrefix))
                    \(TextInput(id: "neu-benutzername", name: "benutzername", value: invitation.username, autocomplete: "off", spellcheck: false, autocapitalize: false)
                        .field(words.username, hint: words.usernameHint, error: invitation.usernameError, errorPrefix: text.errorPrefix))
                    \(TextInput(id: "neu-email", name: "email", value: invitation.email, type: .email, autocomplete: "off", spellcheck: false, autocapitalize: false)
                        .field(words.email, hint: words.emailHint, error: invitation.emailError, errorPrefix: text.errorPrefix))
                    \(StaffAccessFieldset(idPrefix: "neu", roles: invitation.roles, orgUnits: units, rolesError: invitation.rolesError, language: text.language))
                    \(model.offersDirectory ? StaffDetailPage.directoryOnlyChoice(invitation.directoryOnly, idPrefix: "neu", text.language) : .empty)
                    <button class="button" type="submit">\(words.inviteButton)</button>
                    """))
                """)
    }
}
