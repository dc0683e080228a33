import PortalCore

/// The admins' org units: the tree with each unit's mailbox, approval rule and services, the form
/// for a new unit; or one unit to change, with its members.
public enum OrgUnitsPage {
    public struct Row: Sendable {
        public var name: String
        public var path: String
        public var depth: Int
        public var details: String
        public var services: [String]

        public init(name: String, path: String, depth: Int, details: String, services: [String]) {
            self.name = name
            self.path = path
            self.depth = depth
            self.details = details
            self.services = services
        }
    }

    /// The form's values and problems (new unit or the unit shown).
    public struct Entry: Sendable {
        public var name = ""
        public var slug = ""
        public var parent = ""
        public var mailbox = ""
        public var requiresApproval = true
        public var nameError: String?
        public var slugError: String?
        public var parentError: String?
        public var mailboxError: String?

        public init() {}

        public var hasErrors: Bool { !errors.isEmpty }

        var errors: [ErrorSummary.Item] {
            [("einheit-name", nameError), ("einheit-kurzname", slugError), ("einheit-oben", parentError), ("einheit-postfach", mailboxError)]
                .compactMap { id, message in message.map { ErrorSummary.Item(anchorID: id, message: $0) } }
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        /// The tree (the list page) or nothing (one unit's page).
        public var rows: [Row]
        /// One unit's page: its title, services and members.
        public var unit: (name: String, services: [String], members: [String])?
        public var parents: [(value: String, label: String)]
        public var entry: Entry
        public var action: String
        public var csrfToken: String

        public init(
            shell: PageShell, rows: [Row], parents: [(value: String, label: String)], entry: Entry, action: String, csrfToken: String
        ) {
            self.shell = shell
            self.rows = rows
            self.parents = parents
            self.entry = entry
            self.action = action
            self.csrfToken = csrfToken
        }
    }

    static func form(_ model: Model, _ words: StaffAdminText, button: String) -> HTML {
        let entry = model.entry
        let prefix = model.shell.strings.errorPrefix
        return """
            \(PostForm(action: model.action, csrfToken: model.csrfToken, noValidate: true, content: """
            \(TextInput(id: "einheit-name", name: "name", value: entry.name, autocomplete: "off").field(words.unitName, error: entry.nameError, errorPrefix: prefix))
            \(TextInput(id: "einheit-kurzname", name: "kurzname", value: entry.slug, autocomplete: "off", spellcheck: false, autocapitalize: false)
                .field(words.unitSlug, hint: words.unitSlugHint, error: entry.slugError, errorPrefix: prefix))
            \(Select(id: "einheit-oben", name: "oben", options: [("", words.unitTop)] + model.parents, selected: entry.parent).field(words.unitParent))
            \(entry.parentError.map { error -> HTML in "<p class=\"error-message\">\(error)</p>" } ?? .empty)
            \(TextInput(id: "einheit-postfach", name: "postfach", value: entry.mailbox, type: .email, autocomplete: "off", spellcheck: false, autocapitalize: false)
                .field(words.unitMailbox, hint: words.unitMailboxHint, error: entry.mailboxError, errorPrefix: prefix))
            \(Checkbox(id: "einheit-freigabe", name: "freigabe", value: "ja", label: words.unitApproval, isChecked: entry.requiresApproval))
            <button class="button" type="submit">\(button)</button>
            """))
            """
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let words = StaffAdminText.for(text.language)
        if let unit = model.unit {
            let services = unit.services.isEmpty ? words.noServices : unit.services.joined(separator: ", ")
            let members = unit.members.isEmpty ? words.noServices : unit.members.joined(separator: ", ")
            return Layout.render(
                model.shell,
                main: """
                    \(ErrorSummary.render(model.entry.errors, text))
                    <h1>\(words.unitOf(unit.name))</h1>
                    <dl class="facts">
                    <dt>\(words.unitServices)</dt><dd>\(services)</dd>
                    <dt>\(words.unitMembers)</dt><dd>\(members)</dd>
                    </dl>
                    \(form(model, words, button: words.save))
                    """)
        }
        let rows = model.rows.map { row -> HTML in
            let services = row.services.isEmpty ? words.noServices : row.services.joined(separator: ", ")
            return """
                <li class="org-unit depth-\(String(min(row.depth, 4)))"><a href="\(row.path)">\(row.name)</a> <span class="hint">\(row.details)</span>
                <br>\(words.unitServices): \(services)</li>
                """
        }
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(model.entry.errors, text))
                <h1>\(words.orgUnitsTitle)</h1>
                <ul class="org-units">
                \(HTML(rows, separator: "\n"))
                </ul>
                <h2>\(words.newUnitHeading)</h2>
                \(form(model, words, button: words.createUnit))
                """)
    }
}
