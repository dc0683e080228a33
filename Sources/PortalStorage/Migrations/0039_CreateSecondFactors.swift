import SQLKit

/// Staff TOTP secrets (base 32) and their single-use recovery codes, stored as SHA-256 hashes.
struct M0039CreateSecondFactors: Migration {
    let version = 39
    let name = "CreateSecondFactors"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "staff_second_factors")
            .column("user_id", type: .text, .primaryKey(autoIncrement: false), .references("staff_users", "id"))
            .column("secret", type: .text, .notNull)
            .column("confirmed_at", type: .bigint)
            .column("last_step", type: .bigint)
            .run()
        try await database.create(table: "staff_recovery_codes")
            .column("user_id", type: .text, .notNull, .references("staff_users", "id"))
            .column("code_hash", type: .text, .notNull)
            .column("used_at", type: .bigint)
            .primaryKey("user_id", "code_hash")
            .run()
    }
}
