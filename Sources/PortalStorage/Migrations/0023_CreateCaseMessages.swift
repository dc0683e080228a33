import SQLKit

/// The mailbox of each case: messages between applicant and office.
struct M0023CreateCaseMessages: Migration {
    let version = 23
    let name = "CreateCaseMessages"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "case_messages")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("submission_id", type: .text, .notNull, .references("submissions", "id"))
            .column("from_applicant", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .column("author", type: .text, .notNull)
            .column("body", type: .text, .notNull)
            .column("sent_at", type: .bigint, .notNull)
            .column("read_at", type: .bigint)
            .run()
        try await database.create(index: "case_messages_submission").on("case_messages").column("submission_id").column("sent_at").run()
    }
}
