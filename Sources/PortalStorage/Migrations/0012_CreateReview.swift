import SQLKit

/// The review loop: the draft's state, per-unit approval, comments and history.
struct M0012CreateReview: Migration {
    let version = 12
    let name = "CreateReview"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE form_drafts ADD COLUMN review_state TEXT NOT NULL DEFAULT 'editing'").run()
        try await database.raw("ALTER TABLE org_units ADD COLUMN requires_approval BOOLEAN NOT NULL DEFAULT TRUE").run()
        try await database.create(table: "draft_comments")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("draft_id", type: .text, .notNull)
            .column("target", type: .text, .notNull)
            .column("author", type: .text, .notNull)
            .column("body", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("reply_to", type: .text)
            .column("resolved", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .run()
        try await database.create(index: "draft_comments_draft").on("draft_comments").column("draft_id").run()
        try await database.create(table: "draft_events")
            .column("draft_id", type: .text, .notNull)
            .column("at", type: .bigint, .notNull)
            .column("actor", type: .text, .notNull)
            .column("action", type: .text, .notNull)
            .run()
        try await database.create(index: "draft_events_draft").on("draft_events").column("draft_id").run()
    }
}
