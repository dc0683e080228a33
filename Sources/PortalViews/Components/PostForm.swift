/// A form that changes something: method POST, the CSRF token always inside, further hidden values
/// (an edit's revision, the page to come back to) after it.
public struct PostForm: HTMLComponent {
    public enum Encoding: Sendable {
        case urlEncoded
        /// For forms with a file input.
        case multipart
    }

    public var action: String
    public var csrfToken: String
    public var hidden: [(name: String, value: String)]
    public var cssClass: String?
    public var encoding: Encoding
    /// Browsers' own checks are switched off where the server explains errors better (German, in the summary).
    public var noValidate: Bool
    public var content: HTML

    public init(
        action: String, csrfToken: String, hidden: [(name: String, value: String)] = [], class cssClass: String? = nil,
        encoding: Encoding = .urlEncoded, noValidate: Bool = false, content: HTML
    ) {
        self.action = action
        self.csrfToken = csrfToken
        self.hidden = hidden
        self.cssClass = cssClass
        self.encoding = encoding
        self.noValidate = noValidate
        self.content = content
    }

    public var html: HTML {
        let values = HTML(hidden.map { HiddenField(name: $0.name, value: $0.value).html })
        return """
            <form method="post" action="\(action)"\(attribute: "class", cssClass)\(attribute: "enctype", encoding == .multipart ? "multipart/form-data" : nil)\(flag: "novalidate", noValidate)>
            \(HiddenField(name: "_csrf", value: csrfToken))\(values)
            \(content)
            </form>
            """
    }
}
