import SQLKit

/// Unpublished form versions (FIM imports now, the editor later).
struct M0010CreateFormDrafts: Migration {
    let version = 10
    let name = "CreateFormDrafts"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "form_drafts")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("service_id", type: .text, .notNull, .references("services", "id"))
            .column("schema", type: .text, .notNull)
            .column("source", type: .text, .notNull)
            .column("notes", type: .text, .notNull)
            .column("warnings", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "form_drafts_service").on("form_drafts").column("service_id").run()
    }
}
