import SQLKit

/// Files attached to a queued mail (the receipt in an office mail, issue 15). They leave with the
/// mail's body once it is sent, like everything personal in the outbox.
struct M0055CreateOutboxAttachments: Migration {
    let version = 55
    let name = "CreateOutboxAttachments"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "outbox_attachments")
            .column("mail_id", type: .text, .notNull)
            .column("position", type: .int, .notNull)
            .column("name", type: .text, .notNull)
            .column("media_type", type: .text, .notNull)
            .column("content", type: .blob, .notNull)
            .primaryKey("mail_id", "position")
            .run()
    }
}
