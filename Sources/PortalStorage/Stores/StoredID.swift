import PortalCore
import SQLKit

/// Identifiers are stored as lower-case UUID text.
enum StoredID {
    static func decode<Owner>(_ row: any SQLRow, _ column: String) throws -> Identifier<Owner> {
        let text = try row.decode(column: column, as: String.self)
        guard let id = Identifier<Owner>(string: text) else { throw CorruptRow(column: column, value: text) }
        return id
    }
}

/// A stored value that the code cannot read back; a bug or a manual edit, never user input.
struct CorruptRow: Error, CustomStringConvertible {
    var column: String
    var value: String

    var description: String { "unreadable value in column \(column)" }
}
