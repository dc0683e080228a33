import SQLKit

struct M0006AddInboxColumns: Migration {
    let version = 6
    let name = "AddInboxColumns"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE submissions ADD COLUMN applicant_name TEXT").run()
        try await database.raw("ALTER TABLE submissions ADD COLUMN applicant_name_folded TEXT").run()
        // Who opened which submission, for unread markers.
        try await database.create(table: "submission_reads")
            .column("submission_id", type: .text, .notNull, .references("submissions", "id"))
            .column("user_id", type: .text, .notNull, .references("staff_users", "id"))
            .column("first_read_at", type: .bigint, .notNull)
            .column("last_read_at", type: .bigint, .notNull)
            .primaryKey("submission_id", "user_id")
            .run()
        // Every read of personal data by staff, kept for the data protection officer.
        try await database.create(table: "audit_events")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("actor", type: .text, .notNull)
            .column("action", type: .text, .notNull)
            .column("submission_id", type: .text)
            .column("at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "audit_events_submission").on("audit_events").column("submission_id").column("at").run()
    }
}
