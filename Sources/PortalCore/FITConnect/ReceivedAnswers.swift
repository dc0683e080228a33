import Foundation

/// Fachdaten of a case received through FIT-Connect, for reading without the sender's form: one
/// line per value, labelled with the path of member names that leads to it (`G60000086 › F60000227`,
/// entries of a list numbered from 1). XML arrives as one text.
public enum ReceivedAnswers {
    public static func lines(_ data: JSONValue, words: AnswerText.Words) -> [(label: String, value: String)] {
        var lines: [(String, String)] = []
        func visit(_ value: JSONValue, _ path: [String]) {
            let label = path.joined(separator: " › ")
            switch value {
            case .object(let members):
                for member in members { visit(member.value, path + [member.key]) }
            case .array(let items):
                if items.allSatisfy({ if case .object = $0 { false } else if case .array = $0 { false } else { true } }) {
                    lines.append((label, items.map { text($0, words) }.joined(separator: ", ")))
                } else {
                    for (index, item) in items.enumerated() { visit(item, path.isEmpty ? ["\(index + 1)"] : path.dropLast() + ["\(path.last!) \(index + 1)"]) }
                }
            default:
                lines.append((label, text(value, words)))
            }
        }
        visit(data, [])
        return lines
    }

    static func text(_ value: JSONValue, _ words: AnswerText.Words) -> String {
        switch value {
        case .string(let text): text
        case .number(let number): words.number(number)
        case .bool(let flag): flag ? words.yes : words.no
        case .null: "–"
        case .object, .array: value.jsonText
        }
    }
}
