/// The list of problems at the top of a page, each linking to its field.
public enum ErrorSummary {
    public struct Item: Sendable {
        public var message: String
        /// Where the message links: `#feld-key` on the same page, or a path with fragment.
        public var link: String

        public init(anchorID: String, message: String, link: String? = nil) {
            self.message = message
            self.link = link ?? "#" + anchorID
        }
    }

    public static func render(_ items: [Item], _ text: Strings) -> HTML {
        guard !items.isEmpty else { return .empty }
        let links = items.map { item -> HTML in "<li><a href=\"\(item.link)\">\(item.message)</a></li>" }
        return """
            <div class="error-summary" role="alert" aria-labelledby="fehler-titel" tabindex="-1" id="fehlerliste">
            <h2 class="error-summary-title" id="fehler-titel">\(text.errorSummaryTitle)</h2>
            <ul class="error-summary-list">
            \(HTML(links, separator: "\n"))
            </ul>
            </div>
            """
    }
}
