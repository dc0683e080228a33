import PortalCore

/// What `serviceportal xdf inspect` reports about a FIM XDatenfelder file.
public struct XDFSummary: Hashable, Sendable {
    public enum Standard: String, Sendable {
        case xdf2
        case xdf3
    }

    public var standard: Standard
    /// The message's root element, e.g. `xdatenfelder.stammdatenschema.0102`.
    public var message: String
    public var id: String?
    public var version: String?
    public var name: String?
    /// Every occurrence counts: a Baukasten group used twice contributes its fields twice, as in the form.
    public var fields: Int
    public var groups: Int
    public var rules: Int
    /// Canonical identifications of referenced code lists, sorted, without repeats.
    public var codeLists: [String]
    public var warnings: [String]

    /// The JSON document printed by `xdf inspect`, members in a fixed order.
    public var json: JSONValue {
        .object([
            .init("standard", .string(standard.rawValue)),
            .init("id", id.map(JSONValue.string) ?? .null),
            .init("version", version.map(JSONValue.string) ?? .null),
            .init("name", name.map(JSONValue.string) ?? .null),
            .init("fields", .number(.init(fields))),
            .init("groups", .number(.init(groups))),
            .init("rules", .number(.init(rules))),
            .init("codeLists", .array(codeLists.map(JSONValue.string))),
            .init("warnings", .array(warnings.map(JSONValue.string))),
        ])
    }
}

/// A file that cannot be read as XDatenfelder; the message says why, in German.
public struct XDFError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
