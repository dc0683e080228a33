import SQLKit

struct M0004CreateStaff: Migration {
    let version = 4
    let name = "CreateStaff"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "staff_users")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("username", type: .text, .notNull, .unique)
            .column("display_name", type: .text, .notNull)
            .column("password_hash", type: .text, .notNull)
            .column("roles", type: .text, .notNull)
            .run()
        try await database.create(table: "staff_memberships")
            .column("user_id", type: .text, .notNull, .references("staff_users", "id"))
            .column("org_unit_id", type: .text, .notNull, .references("org_units", "id"))
            .primaryKey("user_id", "org_unit_id")
            .run()
        try await database.create(table: "api_keys")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("org_unit_id", type: .text, .notNull, .references("org_units", "id"))
            .column("name", type: .text, .notNull)
            .column("secret_hash", type: .text, .notNull, .unique)
            .column("created_at", type: .bigint, .notNull)
            .column("revoked_at", type: .bigint)
            .run()
    }
}
