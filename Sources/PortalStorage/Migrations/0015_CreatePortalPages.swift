import SQLKit

struct M0015CreatePortalPages: Migration {
    let version = 15
    let name = "CreatePortalPages"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "portal_pages")
            .column("slug", type: .text, .primaryKey(autoIncrement: false))
            .column("title", type: .text, .notNull)
            .column("body", type: .text, .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .run()
    }
}
