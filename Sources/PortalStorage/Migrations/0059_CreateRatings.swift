import SQLKit

/// Anonymous ratings (issue 17): stars, an optional comment, the service and page; nothing about
/// the person. `published_at` / `hidden_at` are the staff's moderation of comments.
struct M0059CreateRatings: Migration {
    let version = 59
    let name = "CreateRatings"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "ratings")
            .column("seq", type: .bigint, .primaryKey(autoIncrement: true))
            .column("service_id", type: .text)
            .column("page", type: .text, .notNull)
            .column("stars", type: .int, .notNull)
            .column("comment", type: .text)
            .column("given_at", type: .bigint, .notNull)
            .column("published_at", type: .bigint)
            .column("hidden_at", type: .bigint)
            .run()
        try await database.create(index: "ratings_given").on("ratings").column("given_at").column("service_id").run()
    }
}
