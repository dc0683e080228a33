import SQLKit

/// Sign-ins at identity providers tied to citizen accounts, the trust level an account has
/// reached, and the level a submission was filed at.
struct M0030AddTrustLevels: Migration {
    let version = 30
    let name = "AddTrustLevels"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "linked_identities")
            .column("provider", type: .text, .notNull)
            .column("subject", type: .text, .notNull)
            .column("account_id", type: .text, .notNull, .references("citizen_accounts", "id"))
            .column("trust_level", type: .text, .notNull)
            .column("linked_at", type: .bigint, .notNull)
            .column("last_used_at", type: .bigint, .notNull)
            .primaryKey("provider", "subject")
            .run()
        try await database.create(index: "linked_identities_account").on("linked_identities").column("account_id").run()
        try await database.raw("ALTER TABLE citizen_accounts ADD COLUMN trust_level TEXT").run()
        try await database.raw("ALTER TABLE submissions ADD COLUMN trust_level TEXT").run()
    }
}
