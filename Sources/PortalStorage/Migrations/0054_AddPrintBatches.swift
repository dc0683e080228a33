import SQLKit

/// Decisions that also go by post, and the print batches that carry them to the print service
/// (issue 15). A batch is collected in one transaction and written to its folder afterwards;
/// `written_at` stays empty until the folder is complete, so a crash in between is finished later.
struct M0054AddPrintBatches: Migration {
    let version = 54
    let name = "AddPrintBatches"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.alter(table: "decisions").column("by_post", type: .custom(SQLRaw("BOOLEAN")), .notNull, .default(false)).run()
        try await database.alter(table: "decisions").column("print_batch_id", type: .text).run()
        try await database.create(table: "print_batches")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("collected_at", type: .bigint, .notNull)
            .column("written_at", type: .bigint)
            .run()
        try await database.raw("CREATE INDEX decisions_print_batch ON decisions (print_batch_id)").run()
    }
}
