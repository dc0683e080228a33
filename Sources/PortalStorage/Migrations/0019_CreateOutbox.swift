import SQLKit

/// Mails waiting for delivery (and, for a few days, delivered ones); see `Outbox`.
struct M0019CreateOutbox: Migration {
    let version = 19
    let name = "CreateOutbox"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "outbox_mails")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("recipient", type: .text, .notNull)
            .column("subject", type: .text, .notNull)
            .column("body", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("sent_at", type: .bigint)
            .run()
        try await database.create(index: "outbox_mails_sent").on("outbox_mails").column("sent_at").run()
    }
}
