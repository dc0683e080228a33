import SQLKit

struct M0014CreateContactMessages: Migration {
    let version = 14
    let name = "CreateContactMessages"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "contact_messages")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("category", type: .text, .notNull)
            .column("service_id", type: .text)
            .column("org_unit_id", type: .text)
            .column("name", type: .text)
            .column("email", type: .text, .notNull)
            .column("body", type: .text, .notNull)
            .column("received_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "contact_messages_unit").on("contact_messages").column("org_unit_id").column("received_at").run()
    }
}
