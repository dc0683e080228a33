import SQLKit

/// Case work: who works on a case (with an index for "Meine Fälle") and internal notes.
struct M0041AddCaseWork: Migration {
    let version = 41
    let name = "AddCaseWork"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE submissions ADD COLUMN assignee_id TEXT").run()
        try await database.create(index: "submissions_assignee").on("submissions").column("assignee_id").column("seq").run()
        try await database.create(table: "internal_notes")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("submission_id", type: .text, .notNull, .references("submissions", "id"))
            .column("author_id", type: .text, .notNull, .references("staff_users", "id"))
            .column("body", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "internal_notes_submission").on("internal_notes").column("submission_id").column("created_at").run()
        try await database.create(index: "audit_events_submission_action").on("audit_events").column("submission_id").column("action").column("at").run()
    }
}
