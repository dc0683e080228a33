/// Text made safe for HTML element content and quoted attribute values. Pages build markup only
/// from literals and `HTMLText`, so every value from data is escaped by default.
public struct HTMLText: Sendable, CustomStringConvertible {
    public let escaped: String

    public init(_ text: String) {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        escaped = result
    }

    public var description: String { escaped }
}
