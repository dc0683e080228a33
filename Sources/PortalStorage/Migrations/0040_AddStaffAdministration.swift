import SQLKit

/// What administering staff in the browser needs: the last sign-in, one-time links for invitations
/// and password resets (hashes only), and audit lines about objects other than submissions.
struct M0040AddStaffAdministration: Migration {
    let version = 40
    let name = "AddStaffAdministration"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE staff_users ADD COLUMN last_sign_in_at BIGINT").run()
        try await database.create(table: "staff_tokens")
            .column("token_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("user_id", type: .text, .notNull, .references("staff_users", "id"))
            .column("purpose", type: .text, .notNull)
            .column("expires_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "staff_tokens_user").on("staff_tokens").column("user_id").run()
        try await database.raw("ALTER TABLE audit_events ADD COLUMN target TEXT").run()
        try await database.create(index: "audit_events_target").on("audit_events").column("target").column("at").run()
    }
}
