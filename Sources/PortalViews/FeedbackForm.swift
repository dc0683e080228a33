import PortalCore

/// The rating form: 1–5 stars as radio buttons in a fieldset and an optional comment. Shown on the
/// confirmation page of every online service and on the feedback page the footer links to.
public struct FeedbackForm: Sendable {
    public var action: String
    public var csrfToken: String
    public var language: Language
    /// The service rated (its slug), if any, and the page the form is on.
    public var serviceSlug: String?
    public var page: Rating.Page
    public var chosenStars: String?
    public var comment = ""
    public var problem: Rating.Problem?
    /// The heading level: `h2` inside a page, `h1` is the page's own.
    public var withHeading = true

    public init(action: String, csrfToken: String, language: Language, serviceSlug: String?, page: Rating.Page) {
        self.action = action
        self.csrfToken = csrfToken
        self.language = language
        self.serviceSlug = serviceSlug
        self.page = page
    }

    /// The error for the page's error summary, linked to the field it is about.
    public var summaryItem: ErrorSummary.Item? {
        problem.map {
            ErrorSummary.Item(anchorID: $0 == .starsMissing ? "bewertung-1" : "bewertung-kommentar", message: FeedbackText.for(language).problem($0))
        }
    }

    public var html: HTML {
        let words = FeedbackText.for(language)
        let starsError = problem == .starsMissing ? words.starsMissing : nil
        let choices = Rating.starRange.map { count -> HTML in
            Checkbox(
                id: "bewertung-\(count)", name: "sterne", value: "\(count)", label: words.stars(count), kind: .radio, isChecked: chosenStars == "\(count)",
                describedBy: starsError == nil ? nil : "bewertung-fehler", isInvalid: starsError != nil
            ).html
        }
        var hidden = [("seite", page.rawValue)]
        if let serviceSlug { hidden.append(("leistung", serviceSlug)) }
        return """
            \(withHeading ? "<h2 id=\"rueckmeldung\">\(words.rateHeading)</h2>" as HTML : .empty)
            \(PostForm(action: action, csrfToken: csrfToken, hidden: hidden, class: "no-print feedback-form", noValidate: true, content: """
            <div class="\(starsError == nil ? "field" : "field field-error")">
            <fieldset class="fieldset">
            <legend class="legend">\(serviceSlug == nil ? words.question : words.serviceQuestion)</legend>
            \(starsError.map { error -> HTML in "<p class=\"error-message\" id=\"bewertung-fehler\">\(error)</p>" } ?? .empty)
            <div class="choices">
            \(HTML(choices, separator: "\n"))
            </div>
            </fieldset>
            </div>
            \(TextArea(id: "bewertung-kommentar", name: "kommentar", value: comment, rows: 3)
                .field(words.comment, hint: words.commentHint, error: problem == .commentTooLong ? words.commentTooLong : nil))
            <button class="button" type="submit">\(words.send)</button>
            """))
            """
    }
}
