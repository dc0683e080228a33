import PortalCore

/// The case workers' list of submissions: filters, search, newest first, 50 per page.
public enum InboxPage {
    public struct Row: Sendable {
        public var reference: String
        public var path: String
        public var applicant: String
        public var service: String
        public var status: String
        public var receivedAt: String
        public var isUnread: Bool
        public var isTest: Bool
        /// The applicant wrote a message nobody has read yet.
        public var hasNewMessages: Bool
        /// Who works on it ("" when nobody).
        public var assignee = ""
        /// The due day ("" without one), whether it has passed, and a follow-up day.
        public var due = ""
        public var isOverdue = false
        public var followUp: String?

        public init(
            reference: String, path: String, applicant: String, service: String, status: String, receivedAt: String, isUnread: Bool,
            isTest: Bool = false, hasNewMessages: Bool = false, assignee: String = "", due: String = "", isOverdue: Bool = false, followUp: String? = nil
        ) {
            self.due = due
            self.isOverdue = isOverdue
            self.followUp = followUp
            self.assignee = assignee
            self.hasNewMessages = hasNewMessages
            self.isTest = isTest
            self.reference = reference
            self.path = path
            self.applicant = applicant
            self.service = service
            self.status = status
            self.receivedAt = receivedAt
            self.isUnread = isUnread
        }
    }

    public struct Option: Sendable {
        public var value: String
        public var label: String
        public var isSelected: Bool

        public init(value: String, label: String, isSelected: Bool) {
            self.value = value
            self.label = label
            self.isSelected = isSelected
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var action: String
        public var services: [Option]
        public var statuses: [Option]
        public var search: String
        /// All cases, "Meine Fälle", not assigned.
        public var views: [Option] = []
        /// All, due by today, overdue, follow-up due.
        public var deadlines: [Option] = []
        /// Newest first, by due day, by status; the first needs no parameter.
        public var orders: [Option] = []
        /// Where the status of the ticked cases is changed; nil: no checkboxes.
        public var bulkAction: String?
        public var bulkStatuses: [Option] = []
        public var bulkError: String?
        public var csrfToken = ""
        public var receivedFrom = ""
        public var receivedTo = ""
        public var filterError: String?
        /// The reader's saved views: name, path, delete action.
        public var savedViews: [(name: String, path: String, deleteAction: String)] = []
        /// Where the current view is saved, with its path; nil: no saving (no session).
        public var saveViewAction: String?
        public var currentPath = ""
        public var viewError: String?
        public var rows: [Row]
        public var olderPath: String?
        public var newestPath: String?

        public init(
            shell: PageShell, action: String, services: [Option], statuses: [Option], search: String, rows: [Row], olderPath: String?, newestPath: String?,
            views: [Option] = [], deadlines: [Option] = []
        ) {
            self.deadlines = deadlines
            self.views = views
            self.shell = shell
            self.action = action
            self.services = services
            self.statuses = statuses
            self.search = search
            self.rows = rows
            self.olderPath = olderPath
            self.newestPath = newestPath
        }
    }

    static func select(_ id: String, _ label: String, _ options: [Option], all: String) -> HTML {
        let select = Select(
            id: id, name: id, options: [("", all)] + options.map { ($0.value, $0.label) }, selected: options.first { $0.isSelected }?.value ?? "")
        return """
            <div class="field filter">
            <label class="label" for="\(id)">\(label)</label>
            \(select)
            </div>
            """
    }

    /// A choice without an "all" entry (the views by who works on a case, the orders): the first
    /// option needs no parameter and is chosen when none is.
    static func choice(_ id: String, _ label: String, _ options: [Option]) -> HTML {
        guard let first = options.first else { return .empty }
        let select = Select(
            id: id, name: id, options: options.map { ($0.value, $0.label) }, selected: options.first { $0.isSelected }?.value ?? first.value)
        return """
            <div class="field filter">
            <label class="label" for="\(id)">\(label)</label>
            \(select)
            </div>
            """
    }

    static func summary(_ model: Model) -> [ErrorSummary.Item] {
        [("eingang-von", model.filterError), ("ansicht-name", model.viewError), ("sammel-status", model.bulkError)]
            .compactMap { id, message in message.map { ErrorSummary.Item(anchorID: id, message: $0) } }
    }

    /// The saved views as links (each with its delete button) and the form that saves this one.
    static func savedViews(_ model: Model, _ words: CaseAssignmentText) -> HTML {
        guard let action = model.saveViewAction else { return .empty }
        let items = model.savedViews.map { view -> HTML in
            """
            <li><a href="\(view.path)">\(view.name)</a> \(PostForm(action: view.deleteAction, csrfToken: model.csrfToken, class: "inline-form",
                content: "<button class=\"button button-secondary\" type=\"submit\">\(words.deleteView)<span class=\"visually-hidden\">: \(view.name)</span></button>"))</li>
            """
        }
        return """
            <details class="saved-views"\(flag: "open", model.viewError != nil || !model.savedViews.isEmpty)>
            <summary>\(words.savedViews)</summary>
            \(items.isEmpty ? HTML.empty : "<ul class=\"link-list\">\(HTML(items, separator: "\n"))</ul>")
            \(PostForm(action: action, csrfToken: model.csrfToken, hidden: [("pfad", model.currentPath)], noValidate: true, content: """
            \(TextInput(id: "ansicht-name", name: "name", autocomplete: "off").field(words.viewName, error: model.viewError))
            <button class="button button-secondary" type="submit">\(words.saveView)</button>
            """))
            </details>
            """
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let words = CaseAssignmentText.for(text.language)
        let rows = model.rows.map { row -> HTML in
            let testTag: HTML = row.isTest ? " <strong class=\"tag tag-test\">\(text.testMarker)</strong>" : .empty
            let messageTag: HTML =
                row.hasNewMessages
                ? " <strong class=\"tag\">\(AccountText.for(text.language).mailbox): \(AccountText.for(text.language).newMarker)</strong>" : .empty
            let tag: HTML = "\(testTag)\(row.isUnread ? " <strong class=\"tag\">\(text.unread)</strong>" as HTML : .empty)\(messageTag)"
            let select: HTML =
                model.bulkAction == nil
                ? .empty
                : "<td>\(Checkbox(id: "auswahl-\(row.reference)", name: "vorgang", value: row.reference, label: HTML("<span class=\"visually-hidden\">\(words.selectCase(row.reference))</span>")))</td>"
            return """
                <tr\(attribute: "class", row.isUnread ? "unread" : nil)>
                \(select)<td><a href="\(row.path)">\(row.reference)</a>\(tag)</td>
                <td>\(row.applicant)</td>
                <td>\(row.service)</td>
                <td>\(row.status)</td>
                <td>\(row.assignee)</td>
                <td>\(row.due)\(row.isOverdue ? " <strong class=\"tag tag-overdue\">\(words.overdueTag)</strong>" as HTML : .empty)\(row.followUp.map { day -> HTML in "<br>\(words.followUpTag(day))" } ?? .empty)</td>
                <td>\(row.receivedAt)</td>
                </tr>
                """
        }
        let table: HTML =
            model.rows.isEmpty
            ? "<p>\(text.noCases)</p>"
            : """
            <div class="table-scroll">
            <table class="table">
            <caption class="visually-hidden">\(text.inboxTitle)</caption>
            <thead><tr>\(model.bulkAction == nil ? HTML.empty : "<th scope=\"col\"><span class=\"visually-hidden\">\(words.bulkHeading)</span></th>")<th scope="col">\(text.columnReference)</th><th scope="col">\(text.columnApplicant)</th><th scope="col">\(text.columnService)</th><th scope="col">\(text.columnStatus)</th><th scope="col">\(words.columnAssignee)</th><th scope="col">\(words.columnDue)</th><th scope="col">\(text.columnReceived)</th></tr></thead>
            <tbody>
            \(HTML(rows, separator: "\n"))
            </tbody>
            </table>
            </div>
            """
        let listing: HTML =
            model.bulkAction.map { action -> HTML in
                guard !model.rows.isEmpty else { return table }
                let statuses = Select(
                    id: "sammel-status", name: "status", options: [("", "–")] + model.bulkStatuses.map { ($0.value, $0.label) }, selected: nil)
                return """
                    \(PostForm(action: action, csrfToken: model.csrfToken, noValidate: true, content: """
                    \(table)
                    <fieldset class="field bulk-change">
                    <legend>\(words.bulkHeading)</legend>
                    \(model.bulkError.map { error -> HTML in "<p class=\"error-message\" id=\"sammel-fehler\">\(error)</p>" } ?? .empty)
                    \(statuses.field(words.bulkStatus))
                    \(TextArea(id: "sammel-vermerk", name: "vermerk", rows: 2).field(words.bulkNote))
                    <button class="button button-secondary" type="submit">\(words.bulkButton)</button>
                    </fieldset>
                    """))
                    """
            } ?? table
        var paging: [HTML] = []
        if let newest = model.newestPath { paging.append("<a href=\"\(newest)\">\(text.newestCases)</a>") }
        if let older = model.olderPath { paging.append("<a href=\"\(older)\" rel=\"next\">\(text.olderCases)</a>") }
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(summary(model), text))
                <h1>\(text.inboxTitle)</h1>
                \(GetForm(action: model.action, class: "filters", content: """
                    \(choice("ansicht", words.view, model.views))
                    \(choice("sortierung", words.order, model.orders))
                    \(model.deadlines.isEmpty ? HTML.empty : select("frist", words.deadline, model.deadlines, all: words.allDeadlines))
                    \(select("leistung", text.filterService, model.services, all: text.filterAll))
                    \(select("status", text.filterStatus, model.statuses, all: text.filterAll))
                    <div class="field filter">
                    <label class="label" for="eingang-von">\(words.receivedFrom)</label>
                    \(TextInput(id: "eingang-von", name: "von", value: model.receivedFrom, isShort: true, inputMode: "numeric", placeholder: "TT.MM.JJJJ"))
                    </div>
                    <div class="field filter">
                    <label class="label" for="eingang-bis">\(words.receivedTo)</label>
                    \(TextInput(id: "eingang-bis", name: "bis", value: model.receivedTo, isShort: true, inputMode: "numeric", placeholder: "TT.MM.JJJJ"))
                    </div>
                    <div class="field filter">
                    <label class="label" for="suche">\(text.searchCases)</label>
                    \(TextInput(id: "suche", name: "suche", value: model.search, type: .search, placeholder: text.searchCasesHint))
                    </div>
                    <button class="button button-secondary" type="submit">\(text.applyFilter)</button>
                    """))
                \(savedViews(model, words))
                \(listing)
                <nav class="paging" aria-label="\(text.inboxTitle)">\(HTML(paging, separator: " "))</nav>
                """)
    }
}
