import SQLKit

/// Citizen accounts, their one-time links, and which submissions an account filed.
struct M0020CreateCitizenAccounts: Migration {
    let version = 20
    let name = "CreateCitizenAccounts"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "citizen_accounts")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("email", type: .text, .notNull, .unique)
            .column("verified_at", type: .bigint)
            .column("password_hash", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await database.create(table: "account_tokens")
            .column("token_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("account_id", type: .text, .notNull, .references("citizen_accounts", "id"))
            .column("purpose", type: .text, .notNull)
            .column("expires_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "account_tokens_account").on("account_tokens").column("account_id").run()
        try await database.raw("ALTER TABLE submissions ADD COLUMN account_id TEXT").run()
        try await database.create(index: "submissions_account").on("submissions").column("account_id").column("seq").run()
    }
}
