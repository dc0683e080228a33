import SQLKit

/// The acknowledgement-of-receipt PDF of each submission, made by a job.
struct M0022CreateReceipts: Migration {
    let version = 22
    let name = "CreateReceipts"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "receipts")
            .column("submission_id", type: .text, .primaryKey(autoIncrement: false))
            .column("pdf", type: .blob, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
    }
}
