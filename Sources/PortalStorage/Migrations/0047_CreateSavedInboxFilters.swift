import SQLKit

/// Inbox views staff name and keep.
struct M0047CreateSavedInboxFilters: Migration {
    let version = 47
    let name = "CreateSavedInboxFilters"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "saved_inbox_filters")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("user_id", type: .text, .notNull, .references("staff_users", "id"))
            .column("name", type: .text, .notNull)
            .column("path", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "saved_inbox_filters_user").on("saved_inbox_filters").column("user_id").run()
    }
}
