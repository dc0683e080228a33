import PortalCore

/// Case work on the staff's case page: who works on it (take it, give it to a colleague, return it)
/// in the actions column, and the internal notes below the history.
public struct CaseWorkPanel: Sendable {
    public struct Note: Sendable {
        public var author: String
        public var at: String
        public var body: String

        public init(author: String, at: String, body: String) {
            self.author = author
            self.at = at
            self.body = body
        }
    }

    /// "Bearbeitet von …" or nil when nobody works on it.
    public var assigneeName: String?
    public var isAssignedToReader: Bool
    public var colleagues: [(value: String, label: String)]
    public var assignmentAction: String
    public var assignmentError: String?
    public var notes: [Note]
    public var notesAction: String
    public var noteError: String?
    /// A refused note's text, kept.
    public var enteredNote = ""
    public var csrfToken: String
    public var language: Language
    /// The due day as text (nil: the service has no processing days) and whether it has passed.
    public var dueOn: String?
    public var isOverdue = false
    public var followUpOn = ""
    public var followUpAction = ""
    public var followUpError: String?
    public var legalHold: LegalHoldPanel?

    public init(
        assigneeName: String?, isAssignedToReader: Bool, colleagues: [(value: String, label: String)], assignmentAction: String, notes: [Note],
        notesAction: String, csrfToken: String, language: Language
    ) {
        self.assigneeName = assigneeName
        self.isAssignedToReader = isAssignedToReader
        self.colleagues = colleagues
        self.assignmentAction = assignmentAction
        self.notes = notes
        self.notesAction = notesAction
        self.csrfToken = csrfToken
        self.language = language
    }

    /// The responsibility block of the actions column.
    public var assignment: HTML {
        let words = CaseAssignmentText.for(language)
        let state: HTML = assigneeName.map { "<p>\(words.assignedTo($0))</p>" } ?? "<p>\(words.unassigned)</p>"
        let take: HTML =
            isAssignedToReader
            ? .empty
            : "\(PostForm(action: assignmentAction, csrfToken: csrfToken, class: "inline-form", content: "<button class=\"button button-secondary\" type=\"submit\" \(AssignmentAction.take.attributes)>\(words.takeIt)</button>"))"
        let giveBack: HTML =
            assigneeName == nil
            ? .empty
            : "\(PostForm(action: assignmentAction, csrfToken: csrfToken, class: "inline-form", content: "<button class=\"button button-secondary\" type=\"submit\" \(AssignmentAction.returnToUnit.attributes)>\(words.returnToUnit)</button>"))"
        let give: HTML =
            colleagues.isEmpty
            ? .empty
            : """
            \(PostForm(action: assignmentAction, csrfToken: csrfToken, noValidate: true, content: """
            \(assignmentError.map { error -> HTML in "<p class=\"error-message\" id=\"zustaendig-fehler\">\(error)</p>" } ?? .empty)
            \(Select(id: "zustaendig", name: "an", options: [("", words.chooseColleague)] + colleagues, selected: nil).field(words.colleague))
            <button class="button button-secondary" type="submit" \(AssignmentAction.assign.attributes)>\(words.assign)</button>
            """))
            """
        return """
            <h3 id="frist">\(words.deadline)</h3>
            <p>\(words.dueOn): \(dueOn ?? words.noProcessingDays)\(isOverdue ? " <strong class=\"tag tag-overdue\">\(words.overdueTag)</strong>" as HTML : .empty)</p>
            \(PostForm(action: followUpAction, csrfToken: csrfToken, class: "no-print", noValidate: true, content: """
            \(TextInput(id: "wiedervorlage", name: "wiedervorlage", value: followUpOn, isShort: true, inputMode: "numeric")
                .field(words.followUp, hint: words.followUpHint, error: followUpError))
            <button class="button button-secondary" type="submit">\(words.setFollowUp)</button>
            """))
            <h3 id="zustaendigkeit">\(words.assignment)</h3>
            \(state)
            <div class="button-group no-print">
            \(take)
            \(giveBack)
            </div>
            \(give)
            """
    }

    /// The internal notes with the form for a new one.
    public var notesSection: HTML {
        let words = CaseAssignmentText.for(language)
        let items = notes.map { note -> HTML in "<li><p><strong>\(note.at)</strong> (\(note.author))</p><p class=\"note-body\">\(note.body)</p></li>" }
        return """
            <h2 id="notizen">\(words.internalNotes)</h2>
            <p class="hint">\(words.internalNotesHint)</p>
            \(items.isEmpty ? HTML("<p>\(words.noNotes)</p>") : "<ol class=\"history\">\(HTML(items, separator: "\n"))</ol>")
            \(PostForm(action: notesAction, csrfToken: csrfToken, class: "no-print", noValidate: true, content: """
            \(TextArea(id: "notiz", name: "notiz", value: enteredNote, rows: 4).field(words.newNote, error: noteError))
            <button class="button button-secondary" type="submit">\(words.addNote)</button>
            """))
            """
    }
}
