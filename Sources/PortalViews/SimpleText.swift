import Foundation

/// Long texts written by staff, as HTML: every character escaped, then a small Markdown subset —
/// `## ` headings, `- ` list items, blank lines between paragraphs. Nothing else is markup.
public enum SimpleText {
    public static func render(_ text: String) -> HTML {
        var parts: [HTML] = []
        var paragraph: [String] = []
        var items: [String] = []
        func flush() {
            if !paragraph.isEmpty {
                parts.append("<p>\(paragraph.joined(separator: " "))</p>")
                paragraph = []
            }
            if !items.isEmpty {
                parts.append("<ul>\(HTML(items.map { item -> HTML in "<li>\(item)</li>" }))</ul>")
                items = []
            }
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("## ") {
                flush()
                parts.append("<h2>\(String(line.dropFirst(3)))</h2>")
            } else if line.hasPrefix("- ") {
                if !paragraph.isEmpty { flush() }
                items.append(String(line.dropFirst(2)))
            } else {
                if !items.isEmpty { flush() }
                paragraph.append(line)
            }
        }
        flush()
        return HTML(parts, separator: "\n")
    }
}
