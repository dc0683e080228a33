import PortalCore

/// "Mein Konto": the signed-in citizen's applications with their status, their details for
/// forms, their data, address and deletion, and signing out.
public enum MyApplicationsPage {
    public struct Row: Sendable {
        public var reference: String
        public var service: String
        public var status: String
        public var receivedAt: String
        public var path: String

        public init(reference: String, service: String, status: String, receivedAt: String, path: String) {
            self.reference = reference
            self.service = service
            self.status = status
            self.receivedAt = receivedAt
            self.path = path
        }
    }

    /// Ways to sign in and the trust level.
    public struct Identity: Sendable {
        public var accountLevel: String
        public var sessionLevel: String
        public var linked: [(text: String, unlink: PostButton?)]
        public var connect: [PostButton]

        public init(accountLevel: String, sessionLevel: String, linked: [(text: String, unlink: PostButton?)], connect: [PostButton]) {
            self.accountLevel = accountLevel
            self.sessionLevel = sessionLevel
            self.linked = linked
            self.connect = connect
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var email: String
        public var rows: [Row]
        public var logoutAction: String
        public var csrfToken: String
        public var exportPath = ""
        public var profile = CitizenProfile()
        public var profileAction = ""
        public var profileError: String?
        public var emailAction = ""
        public var deleteAction = ""
        public var emailError: String?
        public var deleteError: String?
        /// Without a password, changing the address waits for one, and deleting takes a tick instead.
        public var hasPassword = true
        public var setPasswordPath = ""
        public var identity: Identity?

        public init(shell: PageShell, email: String, rows: [Row], logoutAction: String, csrfToken: String) {
            self.shell = shell
            self.email = email
            self.rows = rows
            self.logoutAction = logoutAction
            self.csrfToken = csrfToken
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = AccountText.for(model.shell.strings.language)
        let strings = model.shell.strings
        let rows = model.rows.map { row -> HTML in
            "<tr><td><a href=\"\(row.path)\">\(row.reference)</a></td><td>\(row.service)</td><td>\(row.status)</td><td>\(row.receivedAt)</td></tr>"
        }
        let list: HTML =
            model.rows.isEmpty
            ? "<p>\(text.noApplications)</p>"
            : """
            <div class="table-scroll">
            <table class="table">
            <caption class="visually-hidden">\(text.myApplications)</caption>
            <thead><tr><th scope="col">\(strings.columnReference)</th><th scope="col">\(strings.columnService)</th><th scope="col">\(strings.columnStatus)</th><th scope="col">\(strings.columnReceived)</th></tr></thead>
            <tbody>
            \(HTML(rows, separator: "\n"))
            </tbody>
            </table>
            </div>
            """
        return Layout.render(
            model.shell,
            main: """
                <h1>\(text.myAccount)</h1>
                <p>\(text.signedInAs(model.email))</p>
                <h2>\(text.myApplications)</h2>
                \(list)
                <h2 id="angaben">\(text.profileHeading)</h2>
                <p>\(text.profileHint)</p>
                \(PostForm(action: model.profileAction, csrfToken: model.csrfToken, noValidate: true, content: """
                    \(model.profileError.map { error -> HTML in "<p class=\"error-message\" id=\"angaben-fehler\">\(error)</p>" } ?? .empty)
                    \(HTML(zip([
                        ("vorname", "given-name", model.profile.givenName), ("nachname", "family-name", model.profile.familyName),
                        ("strasse", "address-line1", model.profile.street), ("plz", "postal-code", model.profile.postalCode),
                        ("ort", "address-level2", model.profile.city), ("telefon", "tel", model.profile.phone),
                    ], text.profileLabels).map { field, label -> HTML in
                        let (name, token, value) = field
                        return TextInput(id: "profil-\(name)", name: name, value: value, autocomplete: token).field(label).html
                    }, separator: "\n"))
                    <button class="button button-secondary" type="submit">\(text.profileSave)</button>
                    """))
                <h2 id="meine-daten">\(text.exportHeading)</h2>
                <p>\(text.exportText)</p>
                <p><a href="\(model.exportPath)" download>\(text.exportLink)</a></p>
                \(identitySection(model))
                <h2 id="email-aendern">\(text.changeEmailHeading)</h2>
                \(model.hasPassword ? emailForm(model, text) : "<p>\(IdentityText.for(strings.language).noPassword)</p><p><a href=\"\(model.setPasswordPath)\">\(IdentityText.for(strings.language).setPasswordFirst)</a></p>")
                <h2 id="konto-loeschen">\(text.deleteHeading)</h2>
                <p>\(text.deleteText)</p>
                \(PostForm(action: model.deleteAction, csrfToken: model.csrfToken, noValidate: true, content: """
                    \(model.deleteError.map { error -> HTML in "<p class=\"error-message\" id=\"loeschen-fehler\">\(error)</p>" } ?? .empty)
                    \(deleteConfirmation(model, text))
                    <button class="button button-secondary" type="submit">\(text.deleteButton)</button>
                    """))
                <h2>\(text.logout)</h2>
                \(PostForm(action: model.logoutAction, csrfToken: model.csrfToken, content: """
                    <button class="button button-secondary" type="submit">\(text.logout)</button>
                    """))
                """)
    }

    private static func identitySection(_ model: Model) -> HTML {
        guard let identity = model.identity else { return .empty }
        let text = IdentityText.for(model.shell.strings.language)
        let linked = identity.linked.map { entry -> HTML in
            "<li>\(entry.text)\(entry.unlink.map { $0.render(csrfToken: model.csrfToken) } ?? .empty)</li>"
        }
        return """
            <h2 id="anmeldewege">\(text.sectionHeading)</h2>
            <p>\(identity.accountLevel)</p>
            <p>\(identity.sessionLevel)</p>
            \(linked.isEmpty ? HTML.empty : "<ul>\(HTML(linked, separator: "\n"))</ul>")
            \(identity.connect.isEmpty ? HTML.empty : "<p>\(text.connectHint)</p>\(PostButton.render(identity.connect, csrfToken: model.csrfToken))")
            """
    }

    /// The password, or a tick for accounts without one. Typed `HTML`: a `String` ternary here was
    /// escaped and printed the field as text (the bug that made deleting impossible).
    private static func deleteConfirmation(_ model: Model, _ text: AccountText) -> HTML {
        if model.hasPassword {
            return TextInput(
                id: "loeschen-passwort", name: "passwort", type: .password, autocomplete: "current-password",
                describedBy: model.deleteError == nil ? nil : "loeschen-fehler"
            ).field(text.currentPassword).html
        }
        return """
            <div class="field">
            \(Checkbox(id: "loeschen-bestaetigt", name: "bestaetigt", value: "ja", label: IdentityText.for(model.shell.strings.language).deleteConfirm))
            </div>
            """
    }

    private static func emailForm(_ model: Model, _ text: AccountText) -> HTML {
        """
        \(PostForm(action: model.emailAction, csrfToken: model.csrfToken, noValidate: true, content: """
            \(model.emailError.map { error -> HTML in "<p class=\"error-message\" id=\"email-fehler\">\(error)</p>" } ?? .empty)
            \(TextInput(id: "neue-email", name: "email", type: .email, autocomplete: "email", spellcheck: false).field(text.newEmail))
            \(TextInput(id: "email-passwort", name: "passwort", type: .password, autocomplete: "current-password").field(text.currentPassword))
            <button class="button button-secondary" type="submit">\(text.changeEmailButton)</button>
            """))
        """
    }
}
