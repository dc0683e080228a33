import SQLKit
import SQLiteKit

/// The rows of one statement, read on the connection's thread in one go: the values row after row
/// in one array, the column names once for all rows.
struct SQLiteResultRows: Sendable {
    let columns: Columns
    let values: [SQLiteData]

    var count: Int { columns.names.isEmpty ? 0 : values.count / columns.names.count }

    /// The value of `column` in the first row.
    func first(column: String) -> SQLiteData? {
        guard count > 0, let index = columns.index[column] else { return nil }
        return values[index]
    }

    func forEach(_ body: (any SQLRow) -> Void) {
        let width = columns.names.count
        guard width > 0 else { return }
        var start = 0
        while start < values.count {
            body(Row(columns: columns, values: values[start..<start + width]))
            start += width
        }
    }

    final class Columns: Sendable {
        let names: [String]
        /// The first column of a name wins, as in sqlite-nio.
        let index: [String: Int]

        init(_ names: [String]) {
            self.names = names
            self.index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    struct Row: SQLRow {
        let columns: Columns
        let values: ArraySlice<SQLiteData>

        var allColumns: [String] { columns.names }

        func contains(column: String) -> Bool { columns.index[column] != nil }

        func decodeNil(column: String) throws -> Bool {
            guard let index = columns.index[column] else { return true }
            return values[values.startIndex + index] == .null
        }

        func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
            guard let index = columns.index[column] else {
                throw DecodingError.keyNotFound(
                    SQLiteResultRows.Key(column), .init(codingPath: [], debugDescription: "Keine Spalte \(column) im Ergebnis."))
            }
            let value = values[values.startIndex + index]
            return try Self.direct(value, as: D.self) ?? Self.decoder.decode(D.self, from: value)
        }

        private static let decoder = SQLiteDataDecoder()

        /// The stores' common column types without the decoder's boxing (measured: row decoding
        /// through `SQLiteDataDecoder` 6.5 % of an inbox request, it allocates for every optional).
        private static func direct<D>(_ value: SQLiteData, as type: D.Type) -> D? {
            switch value {
            case .text(let text) where D.self == String.self || D.self == String?.self:
                return text as? D
            case .integer(let integer) where D.self == Int.self || D.self == Int?.self:
                return integer as? D
            case .integer(let integer) where D.self == Int64.self || D.self == Int64?.self:
                return Int64(integer) as? D
            case .float(let double) where D.self == Double.self || D.self == Double?.self:
                return double as? D
            case .null:
                return (D.self as? any ExpressibleByNilLiteral.Type).flatMap { $0.init(nilLiteral: ()) as? D }
            default:
                return nil
            }
        }
    }

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }

        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
