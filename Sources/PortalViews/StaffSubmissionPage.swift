/// One submission for case workers: answers in form order, status history, status change.
public enum StaffSubmissionPage {
    public struct Answer: Sendable {
        public var question: String
        public var answer: String
        /// Uploaded files, each a download link.
        public var files: [FileLink]

        public init(question: String, answer: String, files: [FileLink] = []) {
            self.question = question
            self.answer = answer
            self.files = files
        }
    }

    public struct FileLink: Sendable {
        public var name: String
        public var path: String

        public init(name: String, path: String) {
            self.name = name
            self.path = path
        }
    }

    public struct Section: Sendable {
        public var title: String
        public var answers: [Answer]

        public init(title: String, answers: [Answer]) {
            self.title = title
            self.answers = answers
        }
    }

    public struct HistoryEntry: Sendable {
        public var at: String
        public var from: String
        public var to: String
        public var actor: String
        public var note: String?
        /// A line that is not a status change (an assignment): shown instead of "from → to".
        public var event: String?

        public init(at: String, from: String, to: String, actor: String, note: String?, event: String? = nil) {
            self.event = event
            self.at = at
            self.from = from
            self.to = to
            self.actor = actor
            self.note = note
        }
    }

    public struct StatusChoice: Sendable {
        public var value: String
        public var label: String

        public init(value: String, label: String) {
            self.value = value
            self.label = label
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var reference: String
        public var serviceTitle: String
        public var status: String
        public var receivedAt: String
        public var formVersion: Int
        public var isTest: Bool
        public var sections: [Section]
        public var history: [HistoryEntry]
        public var statusChoices: [StatusChoice]
        public var statusAction: String
        public var csrfToken: String
        public var error: String?
        public var fee: String?
        /// The fee paid online before filing, in words (`PaymentText.line`).
        public var payment: String?
        public var mailbox: MailboxThread?
        public var decision: DeliveredDecision?
        public var decisionForm: DecisionForm?
        public var documentRequests: [RequestRow] = []
        /// Where a new request goes, while the case is in progress.
        public var requestAction: String?
        public var requestError: String?
        /// How the applicant was identified (account and trust level, access code, API).
        public var identification: String?
        /// Who works on the case, and the internal notes.
        public var caseWork: CaseWorkPanel?
        /// Where the application went (DMS, Fachverfahren, mailbox) and how far it got.
        public var handover: HandoverPanel?
        /// Asking for a fee paid later (policy `deferred`).
        public var paymentRequest: PaymentRequestPanel?

        public init(
            shell: PageShell, reference: String, serviceTitle: String, status: String, receivedAt: String, formVersion: Int, isTest: Bool = false,
            sections: [Section], history: [HistoryEntry], statusChoices: [StatusChoice], statusAction: String, csrfToken: String,
            error: String? = nil, fee: String? = nil
        ) {
            self.shell = shell
            self.reference = reference
            self.serviceTitle = serviceTitle
            self.status = status
            self.receivedAt = receivedAt
            self.formVersion = formVersion
            self.isTest = isTest
            self.sections = sections
            self.history = history
            self.statusChoices = statusChoices
            self.statusAction = statusAction
            self.csrfToken = csrfToken
            self.error = error
            self.fee = fee
        }
    }

    public struct DeliveredDecision: Sendable {
        public var outcome: String
        public var deliveredAt: String
        public var deliveredBy: String
        public var retrievedAt: String?
        public var filePath: String
        public var fileName: String
        /// Where the letter by post stands; nil when the decision goes only online.
        public var postal: String?

        public init(outcome: String, deliveredAt: String, deliveredBy: String, retrievedAt: String?, filePath: String, fileName: String) {
            self.outcome = outcome
            self.deliveredAt = deliveredAt
            self.deliveredBy = deliveredBy
            self.retrievedAt = retrievedAt
            self.filePath = filePath
            self.fileName = fileName
        }
    }

    public struct RequestRow: Sendable {
        public var documents: [String]
        public var status: String
        public var files: [(name: String, path: String)]

        public init(documents: [String], status: String, files: [(name: String, path: String)]) {
            self.documents = documents
            self.status = status
            self.files = files
        }
    }

    /// Open and answered requests for documents, with what arrived.
    static func requestList(_ model: Model) -> HTML {
        let words = CaseWorkText.for(model.shell.strings.language)
        guard !model.documentRequests.isEmpty else { return .empty }
        let rows = model.documentRequests.map { row -> HTML in
            let files = row.files.map { file -> HTML in "<li><a href=\"\(file.path)\" download>\(file.name)</a></li>" }
            return
                "<li><p>\(row.documents.joined(separator: "; ")) – \(row.status)</p>\(files.isEmpty ? HTML.empty : "<ul class=\"file-list\">\(HTML(files))</ul>")</li>"
        }
        return """
            <h2 id="nachforderungen">\(words.documentRequests)</h2>
            <ul>\(HTML(rows, separator: "\n"))</ul>
            """
    }

    /// The form to ask for missing documents, while the case is in progress.
    static func requestForm(_ model: Model) -> HTML {
        let words = CaseWorkText.for(model.shell.strings.language)
        guard let action = model.requestAction else { return .empty }
        let error = model.requestError
        return """
            <h3 id="nachforderung">\(words.requestDocuments)</h3>
            \(PostForm(action: action, csrfToken: model.csrfToken, class: "no-print", noValidate: true, content: """
            \(TextArea(id: "nachforderung-unterlagen", name: "unterlagen", rows: 3).field(words.missingDocumentsOnePerLine, error: error))
            \(TextInput(id: "nachforderung-frist", name: "frist", isShort: true, inputMode: "numeric").field(words.deadline, hint: words.ddMmYyyyForExample))
            <button class="button button-secondary" type="submit">\(words.requestDocuments)</button>
            """))
            """
    }

    public struct DecisionForm: Sendable {
        public var action: String
        public var outcomes: [(value: String, label: String)]
        public var error: String?
        /// The outcome chosen before a refused attempt, kept selected.
        public var chosen: String?
        /// A print service is configured: the decision may also go by post.
        public var offersPost = false
        public var byPostChecked = false

        public init(action: String, outcomes: [(value: String, label: String)], error: String?) {
            self.action = action
            self.outcomes = outcomes
            self.error = error
        }
    }

    /// The delivered decision with its retrieval.
    static func deliveredDecision(_ model: Model) -> HTML {
        let words = CaseWorkText.for(model.shell.strings.language)
        guard let decision = model.decision else { return .empty }
        let retrieval =
            decision.retrievedAt.map { words.fetchedByTheApplicantOn("\($0)") }
            ?? (words.notFetchedYet)
        return """
            <h2 id="bescheid">\(words.decision)</h2>
            <dl class="facts">
            <dt>\(words.outcome)</dt><dd>\(decision.outcome)</dd>
            <dt>\(words.delivered)</dt><dd>\(decision.deliveredAt) (\(decision.deliveredBy))</dd>
            <dt>\(words.retrieval)</dt><dd>\(retrieval)</dd>
            \(decision.postal.map { postal -> HTML in "<dt>\(words.byPost)</dt><dd>\(postal)</dd>" } ?? .empty)
            </dl>
            <p><a href="\(decision.filePath)" download>\(decision.fileName)</a></p>
            """
    }

    /// The form to deliver the decision; it leads to a confirmation step before anything is sent.
    static func decisionForm(_ model: Model) -> HTML {
        let words = CaseWorkText.for(model.shell.strings.language)
        guard let form = model.decisionForm else { return .empty }
        let choices = form.outcomes.enumerated().map { index, outcome -> HTML in
            Checkbox(
                id: "ergebnis-\(index)", name: "ergebnis", value: outcome.value, label: outcome.label, kind: .radio, isChecked: outcome.value == form.chosen
            ).html
        }
        return """
            <h3 id="bescheid">\(words.deliverTheDecision)</h3>
            \(PostForm(action: form.action, csrfToken: model.csrfToken, class: "no-print", encoding: .multipart, noValidate: true, content: """
            <div class="\(form.error == nil ? "field" : "field field-error")">
            \(form.error.map { error -> HTML in "<p class=\"error-message\" id=\"bescheid-fehler\">\(error)</p>" } ?? .empty)
            <fieldset class="fieldset">
            <legend class="legend">\(words.outcome)</legend>
            <div class="choices">
            \(HTML(choices, separator: "\n"))
            </div>
            </fieldset>
            </div>
            \(FileInput(id: "bescheid-datei", name: "bescheid", accept: "application/pdf,.pdf").field(words.decisionAsPdfAtMost))
            \(form.offersPost ? """
                <div class="field">
                \(Checkbox(id: "bescheid-post", name: "post", value: "ja", label: words.alsoByPost, kind: .checkbox, isChecked: form.byPostChecked,
                           describedBy: "bescheid-post-hinweis").html)
                <p class="hint" id="bescheid-post-hinweis">\(words.alsoByPostHint)</p>
                </div>
                """ : HTML.empty)
            <button class="button" type="submit" \(DecisionAction.check.attributes)>\(words.continueToCheck)</button>
            """))
            """
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let sections = model.sections.map { section -> HTML in
            let rows = section.answers.map { answer -> HTML in
                answer.files.isEmpty
                    ? "<div class=\"summary-row\"><dt>\(answer.question)</dt><dd>\(answer.answer.isEmpty ? text.notAnswered : answer.answer)</dd></div>"
                    : "<div class=\"summary-row\"><dt>\(answer.question)</dt><dd><ul class=\"file-list\">\(HTML(answer.files.map { file -> HTML in "<li><a href=\"\(file.path)\" download>\(file.name)</a></li>" }))</ul></dd></div>"
            }
            return "<h3>\(section.title)</h3>\n<dl class=\"summary\">\n\(HTML(rows, separator: "\n"))\n</dl>"
        }
        let history = model.history.map { entry -> HTML in
            let what: HTML = entry.event.map { "\($0)" } ?? "\(entry.from) → \(entry.to)"
            return "<li><strong>\(entry.at)</strong>: \(what) (\(entry.actor))\(entry.note.map { note -> HTML in "<br>\(note)" } ?? .empty)</li>"
        }
        let choices = model.statusChoices.enumerated().map { index, choice -> HTML in
            let id = index == 0 ? "neuer-status" : "neuer-status-\(index)"
            return Checkbox(id: id, name: "status", value: choice.value, label: choice.label, kind: .radio).html
        }
        let errors = model.error.map { [ErrorSummary.Item(anchorID: "neuer-status", message: $0)] } ?? []
        let change: HTML =
            model.statusChoices.isEmpty
            ? "<p>\(text.finalStatus)</p>"
            : """
            \(PostForm(action: model.statusAction, csrfToken: model.csrfToken, class: "no-print", noValidate: true, content: """
            <div class="field">
            <fieldset class="fieldset">
            <legend class="legend">\(text.newStatus)</legend>
            <div class="choices">
            \(HTML(choices, separator: "\n"))
            </div>
            </fieldset>
            </div>
            \(TextArea(id: "vermerk", name: "vermerk", rows: 3).field(text.note, hint: text.noteHint))
            <button class="button" type="submit">\(text.saveStatus)</button>
            """))
            """
        let historyList: HTML = model.history.isEmpty ? "<p>\(text.noHistory)</p>" : "<ol class=\"history\">\(HTML(history, separator: "\n"))</ol>"
        let words = CaseWorkText.for(text.language)
        // Every action's error is listed at the top, linked to its field, however long the answers are.
        var allErrors = errors
        if let error = model.requestError { allErrors.append(.init(anchorID: "nachforderung-unterlagen", message: error)) }
        if let error = model.decisionForm?.error { allErrors.append(.init(anchorID: "ergebnis-0", message: error)) }
        if let error = model.mailbox?.error { allErrors.append(.init(anchorID: "nachricht", message: error)) }
        if let error = model.caseWork?.assignmentError { allErrors.append(.init(anchorID: "zustaendig", message: error)) }
        if let error = model.caseWork?.noteError { allErrors.append(.init(anchorID: "notiz", message: error)) }
        if let error = model.caseWork?.followUpError { allErrors.append(.init(anchorID: "wiedervorlage", message: error)) }
        if let item = model.caseWork?.legalHold?.summaryItem { allErrors.append(item) }
        var sectionsNav: [(String, String)] = [("antworten", text.answersHeading)]
        if !model.documentRequests.isEmpty { sectionsNav.append(("nachforderungen", words.documentRequests)) }
        if model.decision != nil { sectionsNav.append(("bescheid", words.decision)) }
        if model.mailbox != nil { sectionsNav.append(("nachrichten", words.messages)) }
        sectionsNav.append(("verlauf", text.historyHeading))
        if model.handover != nil { sectionsNav.append(("uebergabe", HandoverText.for(text.language).heading)) }
        if model.caseWork != nil { sectionsNav.append(("notizen", CaseAssignmentText.for(text.language).internalNotes)) }
        if model.caseWork?.legalHold != nil { sectionsNav.append(("loeschsperre", RetentionText.for(text.language).legalHold)) }
        sectionsNav.append(("aktionen", words.actions))
        let nav = sectionsNav.map { anchor, label -> HTML in "<li><a href=\"#\(anchor)\">\(label)</a></li>" }
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(allErrors, text))
                <p class="caption">\(model.serviceTitle)</p>
                <h1>\(model.reference)\(model.isTest ? " <strong class=\"tag tag-test\">\(text.testMarker)</strong>" as HTML : .empty)</h1>
                \(model.isTest ? "<div class=\"notice\"><p>\(text.testSubmissionNotice)</p></div>" as HTML : .empty)
                <dl class="facts">
                <dt>\(text.columnStatus)</dt><dd>\(model.status)</dd>
                <dt>\(text.columnReceived)</dt><dd>\(model.receivedAt)</dd>
                \(model.fee.map { fee -> HTML in "<dt>\(text.feeHeading)</dt><dd>\(fee)</dd>" } ?? .empty)\(model.payment.map { line -> HTML in "<dt>\(PaymentText.for(text.language).onlinePayment)</dt><dd>\(line)</dd>" } ?? .empty)\(model.identification.map { value -> HTML in "<dt>\(IdentityText.for(text.language).staffLabel)</dt><dd>\(value)</dd>" } ?? .empty)
                </dl>
                <nav class="case-nav no-print" aria-label="\(words.sectionsOfThisApplication)">
                <ul>\(HTML(nav))</ul>
                </nav>
                <div class="case-layout">
                <div class="case-main">
                <h2 id="antworten">\(text.answersHeading)</h2>
                \(HTML(sections, separator: "\n"))
                \(requestList(model))
                \(deliveredDecision(model))
                \(model.mailbox.map { thread -> HTML in thread.render(AccountText.for(text.language)) } ?? .empty)
                <h2 id="verlauf">\(text.historyHeading)</h2>
                \(historyList)\(model.handover.map { panel -> HTML in "\n\(panel.render(HandoverText.for(text.language)))" } ?? .empty)\(model.paymentRequest.map { panel -> HTML in "\n\(panel.render(PaymentText.for(text.language), errorPrefix: text.errorPrefix))" } ?? .empty)
                \(model.caseWork?.notesSection ?? .empty)
                \(model.caseWork?.legalHold?.html ?? .empty)
                </div>
                <aside class="case-actions no-print" aria-labelledby="aktionen">
                <h2 id="aktionen">\(words.actions)</h2>
                \(model.caseWork?.assignment ?? .empty)
                <h3>\(text.changeStatusHeading)</h3>
                \(change)
                \(requestForm(model))
                \(decisionForm(model))
                </aside>
                </div>
                """)
    }
}
