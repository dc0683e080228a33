import SQLKit

/// Deadlines: each case's due date (ISO day, from the service's processing days) and a follow-up
/// day set by hand; the inbox filters the unit's due cases through their own index.
struct M0044AddDeadlines: Migration {
    let version = 44
    let name = "AddDeadlines"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE submissions ADD COLUMN due_on TEXT").run()
        try await database.raw("ALTER TABLE submissions ADD COLUMN follow_up_on TEXT").run()
        try await database.create(index: "submissions_due").on("submissions").column("org_unit_id").column("due_on").run()
        try await database.create(index: "submissions_follow_up").on("submissions").column("org_unit_id").column("follow_up_on").run()
    }
}
