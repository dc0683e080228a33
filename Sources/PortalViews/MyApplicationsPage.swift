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
        let list: HTML = model.rows.isEmpty ? "<p>\(text.noApplications)</p>" : """
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
        return Layout.render(model.shell, main: """
        <h1>\(text.myAccount)</h1>
        <p>\(text.signedInAs(model.email))</p>
        <h2>\(text.myApplications)</h2>
        \(list)
        <h2 id="angaben">\(text.profileHeading)</h2>
        <p>\(text.profileHint)</p>
        <form method="post" action="\(model.profileAction)" novalidate>
        <input type="hidden" name="_csrf" value="\(model.csrfToken)">
        \(model.profileError.map { error -> HTML in "<p class=\"error-message\" id=\"angaben-fehler\">\(error)</p>" } ?? .empty)
        \(HTML(zip([
            ("vorname", "given-name", model.profile.givenName), ("nachname", "family-name", model.profile.familyName),
            ("strasse", "address-line1", model.profile.street), ("plz", "postal-code", model.profile.postalCode),
            ("ort", "address-level2", model.profile.city), ("telefon", "tel", model.profile.phone),
        ], text.profileLabels).map { field, label -> HTML in
            let (name, token, value) = field
            return """
            <div class="field">
            <label class="label" for="profil-\(name)">\(label)</label>
            <input class="input" id="profil-\(name)" name="\(name)" type="text" value="\(value)" autocomplete="\(token)">
            </div>
            """
        }, separator: "\n"))
        <button class="button button-secondary" type="submit">\(text.profileSave)</button>
        </form>
        <h2 id="meine-daten">\(text.exportHeading)</h2>
        <p>\(text.exportText)</p>
        <p><a href="\(model.exportPath)" download>\(text.exportLink)</a></p>
        \(identitySection(model))
        <h2 id="email-aendern">\(text.changeEmailHeading)</h2>
        \(model.hasPassword ? emailForm(model, text) : "<p>\(IdentityText.for(strings.language).noPassword)</p><p><a href=\"\(model.setPasswordPath)\">\(IdentityText.for(strings.language).setPasswordFirst)</a></p>")
        <h2 id="konto-loeschen">\(text.deleteHeading)</h2>
        <p>\(text.deleteText)</p>
        <form method="post" action="\(model.deleteAction)" novalidate>
        <input type="hidden" name="_csrf" value="\(model.csrfToken)">
        \(model.deleteError.map { error -> HTML in "<p class=\"error-message\" id=\"loeschen-fehler\">\(error)</p>" } ?? .empty)
        \(deleteConfirmation(model, text))
        <button class="button button-secondary" type="submit">\(text.deleteButton)</button>
        </form>
        <h2>\(text.logout)</h2>
        <form method="post" action="\(model.logoutAction)">
        <input type="hidden" name="_csrf" value="\(model.csrfToken)">
        <button class="button button-secondary" type="submit">\(text.logout)</button>
        </form>
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
            return """
            <div class="field">
            <label class="label" for="loeschen-passwort">\(text.currentPassword)</label>
            <input class="input" id="loeschen-passwort" name="passwort" type="password" autocomplete="current-password"\(attribute: "aria-describedby", model.deleteError == nil ? nil : "loeschen-fehler")>
            </div>
            """
        }
        return """
        <div class="field">
        <div class="choice">
        <input class="choice-input" id="loeschen-bestaetigt" name="bestaetigt" type="checkbox" value="ja">
        <label class="choice-label" for="loeschen-bestaetigt">\(IdentityText.for(model.shell.strings.language).deleteConfirm)</label>
        </div>
        </div>
        """
    }

    private static func emailForm(_ model: Model, _ text: AccountText) -> HTML {
        """
        <form method="post" action="\(model.emailAction)" novalidate>
        <input type="hidden" name="_csrf" value="\(model.csrfToken)">
        \(model.emailError.map { error -> HTML in "<p class=\"error-message\" id=\"email-fehler\">\(error)</p>" } ?? .empty)
        <div class="field">
        <label class="label" for="neue-email">\(text.newEmail)</label>
        <input class="input" id="neue-email" name="email" type="email" autocomplete="email" spellcheck="false">
        </div>
        <div class="field">
        <label class="label" for="email-passwort">\(text.currentPassword)</label>
        <input class="input" id="email-passwort" name="passwort" type="password" autocomplete="current-password">
        </div>
        <button class="button button-secondary" type="submit">\(text.changeEmailButton)</button>
        </form>
        """
    }
}
