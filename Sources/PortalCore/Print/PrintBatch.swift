import Foundation

/// Decisions that go by post, handed to the print service (Druckdienstleister) together: one folder
/// with each decision's PDF and a manifest the print service checks before it prints.
public struct PrintBatch: Hashable, Sendable {
    /// `20261204-140000`: when the batch was collected, in the authority's time zone. Sorts by time
    /// and is the folder's name.
    public var id: String
    public var items: [Item]

    public init(id: String, items: [Item]) {
        self.id = id
        self.items = items
    }

    /// One letter: the decision's PDF and where it goes.
    public struct Item: Hashable, Sendable {
        public var reference: Reference
        public var recipient: PostalRecipient
        /// Nil when the PDF does not say (the manifest's field is then empty).
        public var pages: Int?
        public var sha256: String

        public init(reference: Reference, recipient: PostalRecipient, pages: Int?, sha256: String) {
            self.reference = reference
            self.recipient = recipient
            self.pages = pages
            self.sha256 = sha256
        }

        /// The PDF's name in the batch folder.
        public var fileName: String { "\(reference.rawValue).pdf" }
    }

    public static func id(at instant: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return String(format: "%04d", parts.year ?? 0) + two(parts.month) + two(parts.day) + "-" + two(parts.hour) + two(parts.minute) + two(parts.second)
    }

    public static let manifestName = "manifest.csv"

    /// The manifest: RFC 4180 (comma, CRLF, quotes where needed), UTF-8, one header row, one row
    /// per letter in the order the decisions were delivered.
    public var manifest: String {
        let header = ["aktenzeichen", "datei", "empfaenger", "strasse", "hausnummer", "adresszusatz", "plz", "ort", "seiten", "sha256"]
        let rows = items.map { item in
            let address = item.recipient.address
            return [
                item.reference.rawValue, item.fileName, item.recipient.name, address.street, address.houseNumber, address.addition ?? "",
                address.postalCode, address.city, item.pages.map(String.init) ?? "", item.sha256,
            ]
        }
        return ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ text: String) -> String {
        // A leading =, +, - or @ would be a formula to a spreadsheet opening the manifest.
        let safe = text.first.map { "=+-@".contains($0) } == true ? "'" + text : text
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
