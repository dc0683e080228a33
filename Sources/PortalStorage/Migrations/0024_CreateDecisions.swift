import SQLKit

/// The decision (Bescheid) of each case: the PDF is an upload attached to the submission.
struct M0024CreateDecisions: Migration {
    let version = 24
    let name = "CreateDecisions"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "decisions")
            .column("submission_id", type: .text, .primaryKey(autoIncrement: false), .references("submissions", "id"))
            .column("upload_id", type: .text, .notNull)
            .column("outcome", type: .text, .notNull)
            .column("delivered_at", type: .bigint, .notNull)
            .column("delivered_by", type: .text, .notNull)
            .column("first_retrieved_at", type: .bigint)
            .run()
    }
}
