import SQLKit

/// Uploaded files in the database (not the file system), so every instance of a scaled-out
/// installation sees them and backups hold them. Content in chunks of `SQLUploadStore.chunkSize`.
struct M0008CreateUploads: Migration {
    let version = 8
    let name = "CreateUploads"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "uploads")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("owner", type: .text, .notNull)
            .column("field_key", type: .text, .notNull)
            .column("name", type: .text, .notNull)
            .column("media_type", type: .text, .notNull)
            .column("size", type: .bigint, .notNull)
            .column("sha256", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("expires_at", type: .bigint)
            .column("submission_id", type: .text)
            .run()
        try await database.create(index: "uploads_owner").on("uploads").column("owner").run()
        try await database.create(index: "uploads_expiry").on("uploads").column("expires_at").run()
        try await database.create(table: "upload_chunks")
            .column("upload_id", type: .text, .notNull)
            .column("seq", type: .int, .notNull)
            .column("data", type: .blob, .notNull)
            .primaryKey("upload_id", "seq")
            .run()
    }
}
