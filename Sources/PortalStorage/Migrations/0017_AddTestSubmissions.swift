import SQLKit

/// Test submissions (staff filling a form in test mode) are flagged, so they can be marked,
/// left out of statistics and deleted in bulk.
struct M0017AddTestSubmissions: Migration {
    let version = 17
    let name = "AddTestSubmissions"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE submissions ADD COLUMN is_test BOOLEAN NOT NULL DEFAULT FALSE").run()
    }
}
