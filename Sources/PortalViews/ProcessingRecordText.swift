import PortalCore

/// The record of processing activities in words, and its Markdown and CSV exports, per language.
public struct ProcessingRecordText: Sendable {
    public let language: Language
    public let label: @Sendable (ProcessingRecord.Item) -> String
    public let value: @Sendable (ProcessingRecord.Value) -> String
    /// The two column heads of the Markdown table.
    public let columns: (item: String, content: String)

    public static func `for`(_ language: Language) -> ProcessingRecordText {
        switch language {
        case .german: german
        case .english: english
        }
    }

    public func rows(_ record: ProcessingRecord) -> [(label: String, value: String)] {
        record.entries.map { (label($0.item), value($0.value)) }
    }

    public func markdown(_ record: ProcessingRecord) -> String {
        let escaped = rows(record).map { "| \($0.label) | \($0.value.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")) |" }
        return (["| \(columns.item) | \(columns.content) |", "|---|---|"] + escaped).joined(separator: "\n") + "\n"
    }

    /// One header line and one record line (RFC 4180 quoting).
    public func csv(_ record: ProcessingRecord) -> String {
        let rows = rows(record)
        return CSVText.line(rows.map(\.label)) + CSVText.line(rows.map(\.value))
    }
}
