import SQLKit

/// Retention (issue 16): when a case was closed, whether it was anonymised and whether a legal
/// hold stops its deletion; the event log without personal data that survives deletion; the
/// deletion log; and the lease that lets one instance run a daily schedule.
struct M0056AddRetention: Migration {
    let version = 56
    let name = "AddRetention"

    func prepare(on database: any SQLDatabase) async throws {
        for column in ["closed_at BIGINT", "anonymised_at BIGINT", "legal_hold_reason TEXT", "legal_hold_by TEXT", "legal_hold_at BIGINT"] {
            try await database.raw("ALTER TABLE submissions ADD COLUMN \(unsafeRaw: column)").run()
        }
        // A case closes with its first move into a closed status (a decided case completed later
        // closed at the decision).
        try await database.raw(
            """
            UPDATE submissions SET closed_at = (
                SELECT MIN(changed_at) FROM case_status_changes c
                WHERE c.submission_id = submissions.id AND c.to_status IN ('decided', 'completed', 'rejected', 'withdrawn'))
            WHERE status IN ('decided', 'completed', 'rejected', 'withdrawn')
            """
        ).run()
        try await database.raw("CREATE INDEX submissions_closed ON submissions (service_id, closed_at)").run()
        try await database.raw("ALTER TABLE deliveries ADD COLUMN copy_cleared_at BIGINT").run()

        try await database.create(table: "events")
            .column("seq", type: .bigint, .primaryKey(autoIncrement: true))
            .column("kind", type: .text, .notNull)
            .column("service_id", type: .text)
            .column("step", type: .int)
            .column("detail", type: .text)
            .column("at", type: .bigint, .notNull)
            .run()
        try await database.raw("CREATE INDEX events_time ON events (at)").run()
        try await database.raw("CREATE INDEX events_service ON events (service_id, kind, at)").run()

        try await database.create(table: "deletion_log")
            .column("seq", type: .bigint, .primaryKey(autoIncrement: true))
            .column("ran_at", type: .bigint, .notNull)
            .column("service_id", type: .text)
            .column("stage", type: .text, .notNull)
            .column("action", type: .text, .notNull)
            .column("count", type: .bigint, .notNull)
            .run()

        try await database.create(table: "schedule_runs")
            .column("name", type: .text, .notNull)
            .column("day", type: .text, .notNull)
            .column("holder", type: .text, .notNull)
            .column("started_at", type: .bigint, .notNull)
            .primaryKey("name", "day")
            .run()
    }
}
