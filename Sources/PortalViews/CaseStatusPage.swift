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

    /// One requested document: its upload slot, or what arrived for it.
    public struct RequestItem: Sendable {
        public var document: String
        /// The name of its file input (`unterlage-0`), stable while the request is open.
        public var field: String
        public var received: (name: String, path: String)?
        public var error: String?

        public init(document: String, field: String, received: (name: String, path: String)? = nil, error: String? = nil) {
            self.document = document
            self.field = field
            self.received = received
            self.error = error
        }
    }

    public struct OpenRequest: Sendable {
        public var deadline: String
        public var items: [RequestItem]
        public var action: String
        /// Said when some slots failed: the others were kept.
        public var keptNote: Bool = false

        public init(deadline: String, items: [RequestItem], action: String) {
            self.deadline = deadline
            self.items = items
            self.action = action
        }

        public var errors: [ErrorSummary.Item] {
            items.compactMap { item in item.error.map { ErrorSummary.Item(anchorID: item.field, message: $0) } }
        }
    }

    public struct SentDocument: Sendable {
        public var document: String
        public var name: String
        public var path: String
        public var sentOn: String

        public init(document: String, name: String, path: String, sentOn: String) {
            self.document = document
            self.name = name
            self.path = path
            self.sentOn = sentOn
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
        /// The fee paid online, in words.
        public var payment: String?
        /// A fee the office asked for and not yet paid: the button to pay it.
        public var paymentDue: PaymentDue?

        public struct PaymentDue: Sendable {
            public var amount: String
            public var action: String
            /// The last payment ended unpaid: "Erneut bezahlen".
            public var again: Bool
            public var csrfToken: String

            public init(amount: String, action: String, again: Bool, csrfToken: String) {
                self.amount = amount
                self.action = action
                self.again = again
                self.csrfToken = csrfToken
            }
        }
        public var backPath: String
        /// Says where the back link goes; "Meine Anträge" unless set.
        public var backLabel: String?
        /// The acknowledgement of receipt (PDF), once it is made.
        public var receiptPath: String?
        public var mailbox: MailboxThread?
        /// The delivered decision: outcome, delivery date and where to fetch it.
        /// Not yet `retrieved`: a button (a POST, so no other site can deliver it by a link) fetches it the first time.
        public var decision: (outcome: String, deliveredAt: String, path: String, retrieved: Bool)?
        /// How to object to the decision (Rechtsbehelf), from the catalogue entry, once one is delivered.
        public var redress: String?
        /// Where withdrawing goes, while the case can be withdrawn.
        public var withdrawAction: String?
        public var csrfToken = ""
        public var withdrawError: String?
        /// An open request for documents: its deadline, one item per named document and where uploads go.
        public var openRequest: OpenRequest?
        /// What the applicant sent for requests already answered, so they can see what arrived.
        public var sentDocuments: [SentDocument] = []
        /// The receiving authority's answer through FIT-Connect, with its reason when it rejected.
        public var authority: (line: String, reason: (label: String, text: String)?)?

        public init(
            shell: PageShell, reference: String, serviceTitle: String, status: String, timeline: [Entry], nextSteps: String,
            processingTime: String?, backPath: String
        ) {
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
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(model.backLabel ?? text.myApplications)</a></p>
                <p class="caption">\(model.serviceTitle)</p>
                <h1>\(model.reference)</h1>
                <dl class="facts">
                <dt>\(strings.columnStatus)</dt><dd>\(model.status)</dd>
                </dl>\(model.authority.map { answer -> HTML in
                    "\n<div class=\"notice\" role=\"status\"><p>\(answer.line)</p>\(answer.reason.map { reason -> HTML in "<p>\(reason.label): \(reason.text)</p>" } ?? .empty)</div>"
                } ?? .empty)
                \(model.decision.map { decision -> HTML in
                    """
                    <div class="notice">
                    <h2 id="bescheid">\(text.decision)</h2>
                    <p>\(text.decisionOutcome): <strong>\(decision.outcome)</strong><br>\(text.decisionDeliveredOn(decision.deliveredAt))</p>
                    \(decision.retrieved ? ("<p><a href=\"\(decision.path)\" download>\(text.decisionDownload)</a></p>" as HTML) : ("""
                        <p>\(text.decisionFetchHint)</p>
                        \(PostForm(action: decision.path, csrfToken: model.csrfToken, content: "<button class=\"button\" type=\"submit\">\(text.decisionFetch)</button>"))
                        """ as HTML))
                    \(model.redress.map { redress -> HTML in "<h3>\(text.redressHeading)</h3>\n<p>\(redress)</p>" } ?? .empty)
                    </div>
                    """
                    } ?? .empty)
                \(model.openRequest.map { request in openRequest(request, model, text) } ?? .empty)
                \(sentDocuments(model.sentDocuments, text))
                <h2>\(text.timeline)</h2>
                <ol class="history">
                \(HTML(timeline, separator: "\n"))
                </ol>
                <h2>\(text.whatNext)</h2>
                <p>\(model.nextSteps)</p>
                \(model.processingTime.map { time -> HTML in "<p>\(text.processingTime(time))</p>" } ?? .empty)\(model.payment.map { line -> HTML in "\n<p>\(PaymentText.for(model.shell.strings.language).onlinePayment): \(line)</p>" } ?? .empty)\(model.paymentDue.map { due -> HTML in dueFee(due, PaymentText.for(model.shell.strings.language)) } ?? .empty)
                \(model.mailbox?.render(text) ?? .empty)
                \(model.withdrawAction.map { action -> HTML in
                    """
                    <h2 id="zurueckziehen">\(text.withdrawHeading)</h2>
                    <p>\(text.withdrawHint)</p>
                    \(PostForm(action: action, csrfToken: model.csrfToken, noValidate: true, content: """
                        <div class="\(model.withdrawError == nil ? "field" : "field field-error")">
                        \(model.withdrawError.map { error -> HTML in "<p class=\"error-message\" id=\"zurueckziehen-fehler\">\(error)</p>" } ?? .empty)\
                        \(Checkbox(id: "zurueckziehen-bestaetigen", name: "bestaetigt", label: text.withdrawConfirm, describedBy: model.withdrawError == nil ? nil : "zurueckziehen-fehler"))
                        </div>
                        <button class="button button-secondary" type="submit">\(text.withdrawButton)</button>
                        """))
                    """
                    } ?? .empty)
                <h2>\(text.receipt)</h2>
                <p>\(model.receiptPath.map { path -> HTML in "<a href=\"\(path)\" download>\(text.receiptDownload)</a>" } ?? "\(text.receiptPending)")</p>
                """)
    }

    static func openRequest(_ request: OpenRequest, _ model: Model, _ text: AccountText) -> HTML {
        let items = request.items.map { item -> HTML in
            let input = FileInput(
                id: item.field, name: item.field, accept: ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png",
                describedBy: item.error == nil ? nil : "\(item.field)-fehler")
            guard let received = item.received else {
                return """
                    <div class="\(item.error == nil ? "field" : "field field-error")">
                    <label class="label" for="\(item.field)">\(item.document)</label>
                    \(item.error.map { error -> HTML in "<p class=\"error-message\" id=\"\(item.field)-fehler\">\(error)</p>" } ?? .empty)\(input)
                    </div>
                    """
            }
            return """
                <div class="\(item.error == nil ? "field" : "field field-error")">
                <p class="label">\(item.document)</p>
                <p>\(text.documentsReceived): <a href="\(received.path)">\(received.name)</a></p>
                \(item.error.map { error -> HTML in "<p class=\"error-message\" id=\"\(item.field)-fehler\">\(error)</p>" } ?? .empty)\
                <details\(flag: "open", item.error != nil)><summary>\(text.documentsUploadAgain)</summary>
                <label class="label" for="\(item.field)">\(item.document)</label>
                \(input)
                </details>
                </div>
                """
        }
        let errors = request.errors
        return """
            <div class="notice">
            <h2 id="unterlagen">\(text.documentsHeading)</h2>
            \(ErrorSummary.render(errors, model.shell.strings))
            \(request.keptNote ? HTML("<p>\(text.documentsKept)</p>") : .empty)
            <p>\(text.documentsIntro(request.deadline))</p>
            <p class="hint">\(text.documentsFinishHint)</p>
            \(PostForm(action: request.action, csrfToken: model.csrfToken, encoding: .multipart, noValidate: true, content: """
                \(HTML(items, separator: "\n"))
                <button class="button" type="submit" \(DocumentsAction.upload.attributes)>\(text.documentsSubmit)</button>
                <button class="button button-secondary" type="submit" \(DocumentsAction.finish.attributes)>\(text.documentsFinish)</button>
                """))
            </div>
            """
    }

    static func sentDocuments(_ documents: [SentDocument], _ text: AccountText) -> HTML {
        guard !documents.isEmpty else { return .empty }
        let rows = documents.map { document -> HTML in
            "<li>\(document.document): <a href=\"\(document.path)\">\(document.name)</a> (\(text.documentsSentOn(document.sentOn)))</li>"
        }
        return """
            <h2 id="nachgereicht">\(text.documentsSentHeading)</h2>
            <ul>
            \(HTML(rows, separator: "\n"))
            </ul>
            """
    }

    static func dueFee(_ due: Model.PaymentDue, _ text: PaymentText) -> HTML {
        """

        <section class="panel" id="gebuehr" aria-labelledby="gebuehr-titel">
        <h2 id="gebuehr-titel">\(text.dueHeading)</h2>
        <p>\(text.dueText(due.amount))</p>
        \(PostForm(action: due.action, csrfToken: due.csrfToken, content: "<button class=\"button\" type=\"submit\">\(due.again ? text.payAgain : text.payNow)</button>"))
        </section>
        """
    }
}
