import PortalCore

/// The legal hold of one case, on the case page and on the audit trail page: its state and the
/// form to set (with a reason) or lift it.
public struct LegalHoldPanel: Sendable {
    /// "Gesperrt seit … von …"; nil: no hold.
    public var holdText: String?
    public var action: String
    public var csrfToken: String
    public var language: Language
    public var error: String?
    public var enteredReason = ""
    /// The retention run anonymised the case: nothing left to hold.
    public var isAnonymised = false

    public init(holdText: String?, action: String, csrfToken: String, language: Language) {
        self.holdText = holdText
        self.action = action
        self.csrfToken = csrfToken
        self.language = language
    }

    /// The error for the page's error summary, linked to the reason field (or to the heading when
    /// there is no form any more).
    public var summaryItem: ErrorSummary.Item? {
        error.map { ErrorSummary.Item(anchorID: isAnonymised ? "loeschsperre" : "loeschsperre-grund", message: $0) }
    }

    public var html: HTML {
        let words = RetentionText.for(language)
        if isAnonymised {
            let refusal: HTML = error.map { "\n<p class=\"error-message\">\($0)</p>" } ?? .empty
            return "<h2 id=\"loeschsperre\" tabindex=\"-1\">\(words.legalHold)</h2>\(refusal)\n<p>\(words.anonymisedNotice)</p>"
        }
        let form: HTML
        if let holdText {
            form = """
                <p><strong>\(holdText)</strong></p>
                \(PostForm(action: action, csrfToken: csrfToken, class: "no-print", content: "<button class=\"button button-secondary\" type=\"submit\" \(LegalHoldAction.lift.attributes)>\(words.liftLegalHold)</button>"))
                """
        } else {
            form = """
                \(PostForm(action: action, csrfToken: csrfToken, class: "no-print", noValidate: true, content: """
                \(TextArea(id: "loeschsperre-grund", name: "grund", value: enteredReason, rows: 2).field(words.legalHoldReason, error: error))
                <button class="button button-secondary" type="submit" \(LegalHoldAction.set.attributes)>\(words.setLegalHold)</button>
                """))
                """
        }
        return """
            <h2 id="loeschsperre">\(words.legalHold)</h2>
            <p class="hint">\(words.legalHoldHint)</p>
            \(form)
            """
    }
}
