/// The applicant's view of one case: where it stands, how it got there, what happens next.
public enum CaseStatusPage {
    public struct Entry: Sendable {
        public var at: String
        public var status: String

        public init(at: String, status: String) {
            self.at = at
            self.status = status
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var reference: String
        public var serviceTitle: String
        public var status: String
        public var timeline: [Entry]
        public var nextSteps: String
        public var processingTime: String?
        public var backPath: String
        /// The acknowledgement of receipt (PDF), once it is made.
        public var receiptPath: String?
        public var mailbox: MailboxThread?
        /// The delivered decision: outcome, delivery date and where to fetch it.
        /// Not yet `retrieved`: a button (a POST, so no other site can deliver it by a link) fetches it the first time.
        public var decision: (outcome: String, deliveredAt: String, path: String, retrieved: Bool)?
        /// Where withdrawing goes, while the case can be withdrawn.
        public var withdrawAction: String?
        public var csrfToken = ""
        public var withdrawError: String?
        /// An open request for documents: its deadline, the named slots and where uploads go.
        public var openRequest: (deadline: String, documents: [String], action: String)?
        public var requestError: String?

        public init(shell: PageShell, reference: String, serviceTitle: String, status: String, timeline: [Entry], nextSteps: String,
                    processingTime: String?, backPath: String) {
            self.shell = shell
            self.reference = reference
            self.serviceTitle = serviceTitle
            self.status = status
            self.timeline = timeline
            self.nextSteps = nextSteps
            self.processingTime = processingTime
            self.backPath = backPath
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = AccountText.for(model.shell.strings.language)
        let strings = model.shell.strings
        let timeline = model.timeline.map { entry -> HTML in "<li><strong>\(entry.status)</strong> – \(entry.at)</li>" }
        return Layout.render(model.shell, main: """
        <p><a class="back-link" href="\(model.backPath)">\(text.myApplications)</a></p>
        <p class="caption">\(model.serviceTitle)</p>
        <h1>\(model.reference)</h1>
        <dl class="facts">
        <dt>\(strings.columnStatus)</dt><dd>\(model.status)</dd>
        </dl>
        \(model.decision.map { decision -> HTML in
            """
            <div class="notice">
            <h2 id="bescheid">\(text.decision)</h2>
            <p>\(text.decisionOutcome): <strong>\(decision.outcome)</strong><br>\(text.decisionDeliveredOn(decision.deliveredAt))</p>
            \(decision.retrieved ? ("<p><a href=\"\(decision.path)\" download>\(text.decisionDownload)</a></p>" as HTML) : ("""
                <p>\(text.decisionFetchHint)</p>
                <form method="post" action="\(decision.path)"><input type="hidden" name="_csrf" value="\(model.csrfToken)"><button class="button" type="submit">\(text.decisionFetch)</button></form>
                """ as HTML))
            </div>
            """
        } ?? .empty)
        \(model.openRequest.map { request -> HTML in
            let slots = request.documents.enumerated().map { index, document -> HTML in
                """
                <div class="field">
                <label class="label" for="unterlage-\(index)">\(document)</label>
                <input class="file-input" id="unterlage-\(index)" name="unterlage-\(index)" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png">
                </div>
                """
            }
            return """
            <div class="notice">
            <h2 id="unterlagen">\(text.documentsHeading)</h2>
            <p>\(text.documentsIntro(request.deadline))</p>
            \(model.requestError.map { error -> HTML in "<p class=\"error-message\" id=\"unterlagen-fehler\">\(error)</p>" } ?? .empty)
            <form method="post" action="\(request.action)" enctype="multipart/form-data" novalidate>
            <input type="hidden" name="_csrf" value="\(model.csrfToken)">
            \(HTML(slots, separator: "\n"))
            <button class="button" type="submit">\(text.documentsSubmit)</button>
            </form>
            </div>
            """
        } ?? .empty)
        <h2>\(text.timeline)</h2>
        <ol class="history">
        \(HTML(timeline, separator: "\n"))
        </ol>
        <h2>\(text.whatNext)</h2>
        <p>\(model.nextSteps)</p>
        \(model.processingTime.map { time -> HTML in "<p>\(text.processingTime(time))</p>" } ?? .empty)
        \(model.mailbox?.render(text) ?? .empty)
        \(model.withdrawAction.map { action -> HTML in
            """
            <h2 id="zurueckziehen">\(text.withdrawHeading)</h2>
            <p>\(text.withdrawHint)</p>
            <form method="post" action="\(action)" novalidate>
            <input type="hidden" name="_csrf" value="\(model.csrfToken)">
            <div class="\(model.withdrawError == nil ? "field" : "field field-error")">
            \(model.withdrawError.map { error -> HTML in "<p class=\"error-message\" id=\"zurueckziehen-fehler\">\(error)</p>" } ?? .empty)<div class="choice">
            <input class="choice-input" id="zurueckziehen-bestaetigen" name="bestaetigt" type="checkbox" value="true"\(attribute: "aria-describedby", model.withdrawError == nil ? nil : "zurueckziehen-fehler")>
            <label class="choice-label" for="zurueckziehen-bestaetigen">\(text.withdrawConfirm)</label>
            </div>
            </div>
            <button class="button button-secondary" type="submit">\(text.withdrawButton)</button>
            </form>
            """
        } ?? .empty)
        <h2>\(text.receipt)</h2>
        <p>\(model.receiptPath.map { path -> HTML in "<a href=\"\(path)\" download>\(text.receiptDownload)</a>" } ?? "\(text.receiptPending)")</p>
        """)
    }
}
