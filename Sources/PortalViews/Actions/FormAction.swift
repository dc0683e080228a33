/// What a submit button asks its form to do, posted as `_aktion`. Views print a case's `value`;
/// controllers parse the posted value into the form's enum and switch over every case, so a
/// button without a handler (or a handler for a button that no longer exists) does not compile.
public protocol FormAction: Sendable, Equatable {
    /// The posted value, a verb and its arguments separated by colons (`feld-hoch:vorname`).
    var value: String { get }
    /// The action a posted value names; nil for anything this form does not offer.
    init?(value: String)
}

extension FormAction {
    /// The input name every action button posts under.
    public static var fieldName: String { "_aktion" }

    /// `name="_aktion" value="…"` for a submit button, the value escaped.
    public var attributes: HTML {
        "name=\"\(Self.fieldName)\" value=\"\(value)\""
    }
}

/// A posted action value taken apart: `verb:first:second`.
struct ActionValue {
    let verb: String
    let arguments: [String]

    init(_ value: String) {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        verb = parts.first ?? ""
        arguments = Array(parts.dropFirst())
    }

    /// The only argument, when there is exactly one and it is not empty.
    var argument: String? { arguments.count == 1 && !arguments[0].isEmpty ? arguments[0] : nil }
    var number: Int? { argument.flatMap(Int.init) }
}
