import Foundation
import SQLKit

/// `serviceportal keys rotate`: seals everything anew with the current key, while the portal runs.
/// Each batch is read and rewritten in one short transaction on the write path, so a request never
/// sees half of it and never waits long; rows written meanwhile are sealed with the current key
/// already. Plain rows from before encryption was switched on are sealed too. When nothing is left
/// under another key, the older keys are forgotten by the database and may leave the key file.
public struct KeyRotation: Sendable {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
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

    static let textBatch = 200
    /// File chunks are up to 256 KiB: a few per transaction.
    static let chunkBatch = 8

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
            table: "upload_chunks", keys: ["upload_id", "seq"], column: "data", current: current.id, batch: Self.chunkBatch)
        progress.receipts = try await rewriteBytes(table: "receipts", keys: ["submission_id"], column: "pdf", current: current.id, batch: Self.chunkBatch)
        progress.mailAttachments = try await rewriteBytes(
            table: "outbox_attachments", keys: ["mail_id", "position"], column: "content", current: current.id, batch: Self.chunkBatch)
        try await database.write { db in
            try await db.raw("DELETE FROM encryption_keys WHERE id <> \(bind: current.id)").run()
        }
        return progress
    }

    private func rewriteText(table: String, key: String, column: String, sealedPattern: String) async throws -> Int {
        let cipher = database.cipher
        let lock = database.kind == .postgres ? " FOR UPDATE" : ""
        var total = 0
        while true {
            let count = try await database.write { db -> Int in
                let rows = try await db.raw(
                    """
                    SELECT \(unsafeRaw: key) AS k, \(unsafeRaw: column) AS v FROM \(unsafeRaw: table)
                    WHERE \(unsafeRaw: column) NOT LIKE \(bind: sealedPattern) LIMIT \(bind: Self.textBatch)\(unsafeRaw: lock)
                    """
                ).all()
                for row in rows {
                    let value = try cipher.seal(text: cipher.open(text: row.decode(column: "v", as: String.self)))
                    let id = try Self.keyValue(row, "k", named: key)
                    try await db.raw("UPDATE \(unsafeRaw: table) SET \(unsafeRaw: column) = \(bind: value) WHERE \(unsafeRaw: key) = \(id)").run()
                }
                return rows.count
            }
            total += count
            if count < Self.textBatch { return total }
        }
    }

    private func rewriteBytes(table: String, keys: [String], column: String, current: String, batch: Int) async throws -> Int {
        let cipher = database.cipher
        let lock = database.kind == .postgres ? " FOR UPDATE" : ""
        var total = 0
        while true {
            let count = try await database.write { db -> Int in
                let selected = keys.enumerated().map { "\($0.element) AS k\($0.offset)" }.joined(separator: ", ")
                let rows = try await db.raw(
                    """
                    SELECT \(unsafeRaw: selected), \(unsafeRaw: column) AS v, key_id FROM \(unsafeRaw: table)
                    WHERE key_id IS NULL OR key_id <> \(bind: current) LIMIT \(bind: batch)\(unsafeRaw: lock)
                    """
                ).all()
                for row in rows {
                    let plain = try cipher.open(row.decode(column: "v", as: Data.self), keyID: row.decode(column: "key_id", as: String?.self))
                    let sealed = try cipher.seal(plain)
                    var sql: SQLQueryString =
                        "UPDATE \(unsafeRaw: table) SET \(unsafeRaw: column) = \(bind: sealed.data), key_id = \(bind: sealed.keyID) WHERE "
                    for (index, key) in keys.enumerated() {
                        if index > 0 { sql += " AND " }
                        sql += "\(unsafeRaw: key) = \(try Self.keyValue(row, "k\(index)", named: key))"
                    }
                    try await db.raw(sql).run()
                }
                return rows.count
            }
            total += count
            if count < batch { return total }
        }
    }

    /// The integer key columns; the others are text.
    static let integerKeys: Set<String> = ["seq", "position"]

    /// A key column's value bound with its type.
    static func keyValue(_ row: any SQLRow, _ column: String, named name: String) throws -> SQLQueryString {
        if integerKeys.contains(name) { return "\(bind: try row.decode(column: column, as: Int64.self))" }
        return "\(bind: try row.decode(column: column, as: String.self))"
    }
}
