import PortalCore

/// The admins' API keys: the list with last use and a revoke button each, the form for a new
/// key, and right after creating one its secret, shown this once.
public enum APIKeysPage {
    public struct Row: Sendable {
        public var name: String
        public var orgUnit: String
        public var scopes: String
        public var createdAt: String
        public var lastUsedAt: String
        /// Nil for a revoked key (its status says so instead).
        public var revokeAction: String?
        public var status: String

        public init(name: String, orgUnit: String, scopes: String, createdAt: String, lastUsedAt: String, revokeAction: String?, status: String) {
            self.name = name
            self.orgUnit = orgUnit
            self.scopes = scopes
            self.createdAt = createdAt
            self.lastUsedAt = lastUsedAt
            self.revokeAction = revokeAction
            self.status = status
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var rows: [Row]
        public var orgUnits: [(value: String, label: String)]
        public var createAction: String
        public var csrfToken: String
        /// A key just created: its name and secret.
        public var created: (name: String, secret: String)?
        public var enteredName = ""
        public var enteredOrgUnit: String?
        /// A new key may only read unless the admin ticks more (least privilege).
        public var enteredScopes: Set<APIKey.Scope> = [.readSubmissions]
        public var nameError: String?
        public var orgUnitError: String?
        public var scopeError: String?

        public init(shell: PageShell, rows: [Row], orgUnits: [(value: String, label: String)], createAction: String, csrfToken: String) {
            self.shell = shell
            self.rows = rows
            self.orgUnits = orgUnits
            self.createAction = createAction
            self.csrfToken = csrfToken
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let words = StaffAdminText.for(text.language)
        let errors = [("schluessel-name", model.nameError), ("schluessel-einheit", model.orgUnitError), ("schluessel-recht-0", model.scopeError)]
            .compactMap { id, message in message.map { ErrorSummary.Item(anchorID: id, message: $0) } }
        let created: HTML =
            model.created.map { created -> HTML in
                """
                <div class="notice" role="status">
                <p>\(words.secretShownOnce(created.name))</p>
                <p><code class="api-secret">\(created.secret)</code></p>
                </div>
                """
            } ?? .empty
        let rows = model.rows.map { row -> HTML in
            let action: HTML =
                row.revokeAction.map { path -> HTML in
                    """
                    \(PostForm(action: path, csrfToken: model.csrfToken, class: "inline-form",
                        content: "<button class=\"button button-secondary\" type=\"submit\">\(words.revoke)<span class=\"visually-hidden\">: \(row.name)</span></button>"))
                    """
                } ?? .empty
            return """
                <tr><th scope="row">\(row.name)</th><td>\(row.orgUnit)</td><td>\(row.scopes)</td><td>\(row.createdAt)</td><td>\(row.lastUsedAt)</td>\
                <td>\(row.status)</td><td>\(action)</td></tr>
                """
        }
        let table: HTML =
            rows.isEmpty
            ? "<p>\(words.noKeys)</p>"
            : """
            <div class="table-scroll">
            <table class="table">
            <caption class="visually-hidden">\(words.apiKeys)</caption>
            <thead><tr><th scope="col">\(words.keyName)</th><th scope="col">\(words.keyOrgUnit)</th><th scope="col">\(words.keyScopes)</th>\
            <th scope="col">\(words.keyCreated)</th><th scope="col">\(words.keyLastUsed)</th><th scope="col">\(words.status)</th>\
            <th scope="col"><span class="visually-hidden">\(words.revoke)</span></th></tr></thead>
            <tbody>
            \(HTML(rows, separator: "\n"))
            </tbody>
            </table>
            </div>
            """
        let scopes = APIKey.Scope.allCases.enumerated().map { index, scope -> HTML in
            Checkbox(
                id: "schluessel-recht-\(index)", name: "recht", value: scope.rawValue, label: words.scope(scope), isChecked: model.enteredScopes.contains(scope)
            ).html
        }
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(errors, text))
                \(created)
                <h1>\(words.apiKeys)</h1>
                \(table)
                <h2>\(words.newKeyHeading)</h2>
                \(PostForm(action: model.createAction, csrfToken: model.csrfToken, noValidate: true, content: """
                    \(TextInput(id: "schluessel-name", name: "name", value: model.enteredName, autocomplete: "off")
                        .field(words.keyName, hint: words.keyNameHint, error: model.nameError, errorPrefix: text.errorPrefix))
                    \(Select(id: "schluessel-einheit", name: "einheit", options: [("", "–")] + model.orgUnits, selected: model.enteredOrgUnit)
                        .field(words.keyOrgUnit, hint: words.keyOrgUnitHint))
                    \(model.orgUnitError.map { error -> HTML in "<p class=\"error-message\">\(error)</p>" } ?? .empty)
                    <fieldset class="field">
                    <legend>\(words.keyScopes)</legend>
                    \(model.scopeError.map { error -> HTML in "<p class=\"error-message\">\(error)</p>" } ?? .empty)
                    \(HTML(scopes, separator: "\n"))
                    </fieldset>
                    <button class="button" type="submit">\(words.createKey)</button>
                    """))
                """)
    }
}
