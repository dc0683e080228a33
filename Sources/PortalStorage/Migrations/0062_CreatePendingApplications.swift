import SQLKit

/// Applications that wait for their payment (policy `required`), and what the Kasse needs on each
/// payment: the reference it pays for and the booking data as sent.
struct M0062CreatePendingApplications: Migration {
    let version = 62
    let name = "CreatePendingApplications"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "pending_applications")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("draft_id", type: .text, .notNull, .unique)
            .column("reference", type: .text, .notNull)
            .column("service_id", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            // The rest as JSON, sealed when encryption is on: it holds the answers.
            .column("payload", type: .text, .notNull)
            .run()
        try await database.create(index: "pending_applications_created").on("pending_applications").column("created_at").run()
        try await database.alter(table: "payments").column("reference", type: .text).run()
        try await database.alter(table: "payments").column("booking_data", type: .text).run()
    }
}
