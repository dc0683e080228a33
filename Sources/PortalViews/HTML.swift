import Foundation
import PortalCore

/// A piece of markup. Literals in code are trusted; every `String` interpolated into it is escaped,
/// so data can only ever become text, never markup. Other `HTML` values are inserted as they are.
///
///     let page: HTML = "<p>\(user.name)</p>"   // `<script>` in the name arrives as text
///
/// Literals are `StaticString`s, so no `String` known only at run time can become markup: there is
/// no raw escape hatch. Text that must stand alone as `HTML` goes through `HTML(text:)`.
public struct HTML: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    public private(set) var rendered: String

    public init(stringLiteral value: StaticString) {
        rendered = value.description
    }

    /// Text, escaped.
    public init(text: String) {
        rendered = HTML.escape(text)
    }

    public init(stringInterpolation: Interpolation) {
        rendered = stringInterpolation.output
    }

    public static let empty: HTML = ""

    public var description: String { rendered }

    /// Joins fragments, e.g. the rendered items of a list.
    public init(_ parts: [HTML], separator: HTML = "") {
        rendered = parts.map(\.rendered).joined(separator: separator.rendered)
    }

    public struct Interpolation: StringInterpolationProtocol {
        var output = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            output.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: StaticString) {
            output += literal.description
        }

        /// Text: escaped for element content and quoted attribute values.
        public mutating func appendInterpolation(_ text: String) {
            output += HTML.escape(text)
        }

        public mutating func appendInterpolation(_ number: Int) {
            output += String(number)
        }

        public mutating func appendInterpolation(_ html: HTML) {
            output += html.rendered
        }

        public mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { output += part.rendered }
        }

        /// ` name="value"` when there is a value, nothing otherwise.
        public mutating func appendInterpolation(attribute name: StaticString, _ value: String?) {
            guard let value else { return }
            output += " \(name)=\"" + HTML.escape(value) + "\""
        }

        /// ` name` when the condition holds (boolean attributes such as `checked`).
        public mutating func appendInterpolation(flag name: StaticString, _ condition: Bool) {
            if condition { output += " \(name)" }
        }
    }

    /// Text as people wrote it: paragraphs at blank lines, line breaks kept (CRLF as browsers send
    /// it, or LF), every line escaped.
    public static func paragraphs(_ text: String) -> HTML {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let blocks = normalized.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
        return HTML(
            blocks.map { block -> HTML in
                let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map { line -> HTML in "\(String(line))" }
                return "<p>\(HTML(lines, separator: "<br>"))</p>"
            }, separator: "\n")
    }

    /// Escapes per UTF-8 byte (see `String.markupEscaped`), so no combining mark can carry a quote out.
    public static func escape(_ text: String) -> String {
        text.markupEscaped
    }
}
