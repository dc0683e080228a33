import SQLKit

/// Daily counts of the event log (issue 17, decision 0079): one row per day in the authority's time
/// zone, kind, service, step and detail, and `event_months` the same per month, so the statistics
/// dashboard and the open data add up a few hundred rows per service and month instead of scanning
/// every event. `event_rollup` says up to which
/// day (not included) the counts are complete; younger events are counted from `events` directly.
/// Absent service, step or detail are stored as '' and 0, because key columns cannot be NULL.
struct M0060AddEventDays: Migration {
    let version = 60
    let name = "AddEventDays"

    func prepare(on database: any SQLDatabase) async throws {
        // SQLite keeps the rows in the key's order without a second index (the counts are read by day range).
        let layout = database.dialect.name == "postgresql" ? "" : " WITHOUT ROWID"
        try await database.raw(
            """
            CREATE TABLE event_days (
                day TEXT NOT NULL, kind TEXT NOT NULL, service_id TEXT NOT NULL, step INTEGER NOT NULL, detail TEXT NOT NULL,
                count BIGINT NOT NULL,
                PRIMARY KEY (day, kind, service_id, step, detail))\(unsafeRaw: layout)
            """
        ).run()
        // The same per calendar month, added to as each day is counted: a year is twelve months of rows.
        try await database.raw(
            """
            CREATE TABLE event_months (
                month TEXT NOT NULL, kind TEXT NOT NULL, service_id TEXT NOT NULL, step INTEGER NOT NULL, detail TEXT NOT NULL,
                count BIGINT NOT NULL,
                PRIMARY KEY (month, kind, service_id, step, detail))\(unsafeRaw: layout)
            """
        ).run()
        try await database.raw("CREATE TABLE event_rollup (name TEXT PRIMARY KEY, complete_before TEXT NOT NULL)").run()
        // The processing time of the cases decided before this version, so the figures start complete.
        try await database.raw(
            """
            INSERT INTO events (kind, service_id, step, detail, at)
            SELECT 'case.decided', service_id, NULL, CAST((closed_at - received_at) / 86400000 AS TEXT), closed_at FROM submissions
            WHERE closed_at IS NOT NULL AND status IN ('decided', 'completed', 'rejected') AND NOT is_test
            """
        ).run()
    }
}
