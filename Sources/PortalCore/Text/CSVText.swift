/// Lines of comma-separated values (RFC 4180): every cell quoted, quotes doubled, and a cell that
/// a spreadsheet would take for a formula (= + - @, tab, carriage return) prefixed with an apostrophe.
public enum CSVText {
    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    static func cell(_ text: String) -> String {
        let safe = ["=", "+", "-", "@", "\t", "\r"].contains(where: text.hasPrefix) ? "'" + text : text
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
