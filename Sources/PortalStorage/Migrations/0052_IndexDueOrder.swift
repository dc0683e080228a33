import SQLKit

/// The inbox sorted by due day reads `(org_unit_id, due_on, seq)` in order. SQLite's index on
/// `(org_unit_id, due_on)` carried the row id (`seq`) already; PostgreSQL's did not, so it sorted
/// every case of the unit with a due day first (1.75 s per page with a million cases, measured in
/// `bench/RESULTS.md`, session 12).
struct M0052IndexDueOrder: Migration {
    let version = 52
    let name = "IndexDueOrder"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("DROP INDEX submissions_due").run()
        try await database.raw("CREATE INDEX submissions_due ON submissions (org_unit_id, due_on, seq)").run()
    }
}
