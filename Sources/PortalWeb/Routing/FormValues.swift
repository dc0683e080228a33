import Foundation
import PortalViews

/// A decoded `application/x-www-form-urlencoded` body: every value of every name, in order.
public struct FormValues: Sendable, Equatable {
    public private(set) var values: [String: [String]] = [:]

    public init(_ values: [String: [String]] = [:]) {
        self.values = values
    }

    public subscript(name: String) -> [String] { values[name] ?? [] }

    public func first(_ name: String) -> String? { values[name]?.first }

    public var names: Set<String> { Set(values.keys) }

    /// The first value of `name` without surrounding spaces and line breaks ("" when absent),
    /// line breaks as `\n`, and at most `max` characters when given. Lengths that the page reports
    /// as an error are checked on the untruncated text (no `max`).
    public func text(_ name: String, max: Int? = nil) -> String {
        let text = (first(name) ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return max.map { String(text.prefix($0)) } ?? text
    }

    /// An e-mail address as typed, trimmed and lower-cased, at most 254 characters.
    public var email: String {
        text("email", max: 254).lowercased()
    }

    /// The button pressed: nil when none was named (a form sent with the Enter key names its
    /// first button, a plain "Weiter" none); a value the form does not offer is a bad request.
    public func action<Action: FormAction>(_ type: Action.Type) throws -> Action? {
        guard let value = first(Action.fieldName), !value.isEmpty else { return nil }
        guard let action = Action(value: value) else { throw PageError(.unknownAction) }
        return action
    }

    /// Nil for bodies that are not form encoding or break the limits (too many fields, invalid
    /// percent escapes or UTF-8).
    public static func parse(_ body: String, maxFields: Int = 500) -> FormValues? {
        var result = FormValues()
        guard !body.isEmpty else { return result }
        let pairs = body.split(separator: "&", omittingEmptySubsequences: true)
        guard pairs.count <= maxFields else { return nil }
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : "") else { return nil }
            result.values[name, default: []].append(value)
        }
        return result
    }

    private static func decode(_ part: Substring) -> String? {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
