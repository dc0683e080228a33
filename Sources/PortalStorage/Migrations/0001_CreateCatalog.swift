import SQLKit

struct M0001CreateCatalog: Migration {
    let version = 1
    let name = "CreateCatalog"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "org_units")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("slug", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .run()
        // The whole catalogue entry is kept as JSON in `content`; the columns beside it are the
        // ones queries filter and sort on.
        try await database.create(table: "services")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("slug", type: .text, .notNull, .unique)
            .column("title", type: .text, .notNull)
            .column("org_unit_id", type: .text, .notNull, .references("org_units", "id"))
            .column("is_published", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .column("content", type: .text, .notNull)
            .run()
        try await database.create(table: "form_versions")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("service_id", type: .text, .notNull, .references("services", "id"))
            .column("number", type: .int, .notNull)
            .column("schema", type: .text, .notNull)
            .column("published_at", type: .bigint, .notNull)
            .unique("service_id", "number")
            .run()
    }
}
