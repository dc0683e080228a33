import SQLKit

struct M0009CreateSavedDrafts: Migration {
    let version = 9
    let name = "CreateSavedDrafts"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "saved_drafts")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("token_hash", type: .text, .notNull, .unique)
            .column("service_id", type: .text, .notNull)
            .column("form_version_id", type: .text, .notNull)
            .column("data", type: .text, .notNull)
            .column("saved_at", type: .bigint, .notNull)
            .column("expires_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "saved_drafts_expiry").on("saved_drafts").column("expires_at").run()
    }
}
