import SQLKit

struct M0005CreateSessions: Migration {
    let version = 5
    let name = "CreateSessions"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "sessions")
            .column("key_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("data", type: .text, .notNull)
            .column("expires_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "sessions_expiry").on("sessions").column("expires_at").run()
        // The start page counts recent submissions per service.
        try await database.create(index: "submissions_received").on("submissions").column("received_at").run()
    }
}
