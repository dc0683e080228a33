import SQLKit

/// Encryption at rest (decision 0077): which key sealed each stored file chunk, receipt and mail
/// attachment (text values carry their key id in the value), and the keys the database has seen,
/// with a check value, so a start with a missing or different key is refused before anything is
/// read or written.
struct M0058AddEncryptionKeys: Migration {
    let version = 58
    let name = "AddEncryptionKeys"

    func prepare(on database: any SQLDatabase) async throws {
        for table in ["upload_chunks", "receipts", "outbox_attachments"] {
            try await database.raw("ALTER TABLE \(unsafeRaw: table) ADD COLUMN key_id TEXT").run()
        }
        try await database.create(table: "encryption_keys")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("key_check", type: .text, .notNull)
            .column("first_used_at", type: .bigint, .notNull)
            .run()
    }
}
