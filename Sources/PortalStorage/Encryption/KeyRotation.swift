import Foundation
import SQLKit

/// `serviceportal keys rotate`: seals everything anew with the current key, while the portal runs.
/// Each batch is read and rewritten in one short transaction on the write path, so a request never
/// sees half of it and never waits long; rows written meanwhile are sealed with the current key
/// already. Plain rows from before encryption was switched on are sealed too. When nothing is left
/// under another key, the older keys are forgotten by the database and may leave the key file.
public struct KeyRotation: Sendable {
    let database: PortalDatabase

    let textBatch: Int
    let chunkBatch: Int

    /// Batches of 200 values or 8 file chunks (up to 256 KiB each) per transaction; tests walk smaller ones.
    public init(database: PortalDatabase, textBatch: Int = 200, chunkBatch: Int = 8) {
        self.database = database
        self.textBatch = textBatch
        self.chunkBatch = chunkBatch
    }

    /// Rows sealed anew, per kind.
    public struct Progress: Sendable, Equatable {
        public var answers = 0
        public var savedDrafts = 0
        public var sessions = 0
        public var mails = 0
        public var fileChunks = 0
        public var receipts = 0
        public var mailAttachments = 0

        public var total: Int { answers + savedDrafts + sessions + mails + fileChunks + receipts + mailAttachments }
    }

    public func run() async throws -> Progress {
        let cipher = database.cipher
        guard let current = cipher.current else {
            throw ConfigurationError("ENCRYPTION_KEY_FILE ist nicht gesetzt: Ohne Schlüssel gibt es nichts neu zu verschlüsseln.")
        }
        let sealed = "enc1:\(current.id):%"
        var progress = Progress()
        progress.answers = try await rewriteText(table: "submissions", key: "seq", column: "answers", sealedPattern: sealed)
        progress.savedDrafts = try await rewriteText(table: "saved_drafts", key: "id", column: "data", sealedPattern: sealed)
        progress.sessions = try await rewriteText(table: "sessions", key: "key_hash", column: "data", sealedPattern: sealed)
        progress.mails = try await rewriteText(table: "outbox_mails", key: "id", column: "body", sealedPattern: sealed)
        progress.fileChunks = try await rewriteBytes(
            table: "upload_chunks", keys: ["upload_id", "seq"], column: "data", current: current.id, batch: chunkBatch)
        progress.receipts = try await rewriteBytes(table: "receipts", keys: ["submission_id"], column: "pdf", current: current.id, batch: chunkBatch)
        progress.mailAttachments = try await rewriteBytes(
            table: "outbox_attachments", keys: ["mail_id", "position"], column: "content", current: current.id, batch: chunkBatch)
        try await database.write { db in
            try await db.raw("DELETE FROM encryption_keys WHERE id <> \(bind: current.id)").run()
        }
        return progress
    }

    private func rewriteText(table: String, key: String, column: String, sealedPattern: String) async throws -> Int {
        let cipher = database.cipher
        return try await inBatches(
            table: table, keys: [key], columns: "\(column) AS v", due: "\(unsafeRaw: column) NOT LIKE \(bind: sealedPattern)", batch: textBatch
        ) {
            row, db, match in
            let value = try cipher.seal(text: cipher.open(text: row.decode(column: "v", as: String.self)))
            try await db.raw("UPDATE \(unsafeRaw: table) SET \(unsafeRaw: column) = \(bind: value) WHERE \(match)").run()
        }
    }

    private func rewriteBytes(table: String, keys: [String], column: String, current: String, batch: Int) async throws -> Int {
        let cipher = database.cipher
        return try await inBatches(
            table: table, keys: keys, columns: "\(column) AS v, key_id", due: "(key_id IS NULL OR key_id <> \(bind: current))", batch: batch
        ) {
            row, db, match in
            let sealed = try cipher.seal(cipher.open(row.decode(column: "v", as: Data.self), keyID: row.decode(column: "key_id", as: String?.self)))
            try await db.raw("UPDATE \(unsafeRaw: table) SET \(unsafeRaw: column) = \(bind: sealed.data), key_id = \(bind: sealed.keyID) WHERE \(match)").run()
        }
    }

    /// Walks the rows that are `due` in key order, `batch` at a time, each batch read and rewritten
    /// in one transaction; the next batch starts after the last key, so no row is read twice (the
    /// bytes' `key_id` sits behind the data, and a rescan from the start would read every file again).
    private func inBatches(
        table: String, keys: [String], columns: String, due: SQLQueryString, batch: Int,
        rewrite: @escaping @Sendable (any SQLRow, any SQLDatabase, SQLQueryString) async throws -> Void
    ) async throws -> Int {
        let lock = database.kind == .postgres ? " FOR UPDATE" : ""
        let selected = keys.enumerated().map { "\($0.element) AS k\($0.offset)" }.joined(separator: ", ")
        let keyList = keys.joined(separator: ", ")
        var total = 0
        var last: [SQLQueryString]?
        while true {
            let after = last
            let (count, next) = try await database.write { db -> (Int, [SQLQueryString]?) in
                var sql: SQLQueryString = "SELECT \(unsafeRaw: selected), \(unsafeRaw: columns) FROM \(unsafeRaw: table) WHERE \(due)"
                if let after { sql += " AND (\(unsafeRaw: keyList)) > (\(Self.joined(after)))" }
                sql += " ORDER BY \(unsafeRaw: keyList) LIMIT \(bind: batch)\(unsafeRaw: lock)"
                let rows = try await db.raw(sql).all()
                var values: [SQLQueryString]?
                for row in rows {
                    let keyed = try keys.enumerated().map { try Self.keyValue(row, "k\($0.offset)", named: $0.element) }
                    var match: SQLQueryString = ""
                    for (index, key) in keys.enumerated() {
                        if index > 0 { match += " AND " }
                        match += "\(unsafeRaw: key) = \(keyed[index])"
                    }
                    try await rewrite(row, db, match)
                    values = keyed
                }
                return (rows.count, values)
            }
            total += count
            guard count == batch, let next else { return total }
            last = next
        }
    }

    static func joined(_ values: [SQLQueryString]) -> SQLQueryString {
        var sql: SQLQueryString = ""
        for (index, value) in values.enumerated() {
            if index > 0 { sql += ", " }
            sql += value
        }
        return sql
    }

    /// The integer key columns; the others are text.
    static let integerKeys: Set<String> = ["seq", "position"]

    /// A key column's value bound with its type.
    static func keyValue(_ row: any SQLRow, _ column: String, named name: String) throws -> SQLQueryString {
        if integerKeys.contains(name) { return "\(bind: try row.decode(column: column, as: Int64.self))" }
        return "\(bind: try row.decode(column: column, as: String.self))"
    }
}
