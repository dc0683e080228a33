import SQLKit

/// The form a reviewer decided on, kept with the decision, so the next review shows what changed since.
struct M0037AddReviewedSchema: Migration {
    let version = 37
    let name = "AddReviewedSchema"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE draft_events ADD COLUMN reviewed_schema TEXT").run()
    }
}
