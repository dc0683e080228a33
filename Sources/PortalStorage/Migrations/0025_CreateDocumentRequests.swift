import SQLKit

/// Requests for missing documents, with what was uploaded for them.
struct M0025CreateDocumentRequests: Migration {
    let version = 25
    let name = "CreateDocumentRequests"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "document_requests")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("submission_id", type: .text, .notNull, .references("submissions", "id"))
            .column("documents", type: .text, .notNull)
            .column("deadline", type: .text, .notNull)
            .column("requested_at", type: .bigint, .notNull)
            .column("requested_by", type: .text, .notNull)
            .column("fulfilled_at", type: .bigint)
            .column("deliveries", type: .text, .notNull)
            .run()
        try await database.create(index: "document_requests_submission").on("document_requests").column("submission_id").run()
    }
}
