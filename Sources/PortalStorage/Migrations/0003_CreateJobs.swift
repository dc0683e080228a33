import SQLKit

struct M0003CreateJobs: Migration {
    let version = 3
    let name = "CreateJobs"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "jobs")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("kind", type: .text, .notNull)
            .column("payload", type: .text, .notNull)
            .column("state", type: .text, .notNull)
            .column("attempts", type: .int, .notNull)
            .column("run_at", type: .bigint, .notNull)
            .column("locked_by", type: .text)
            .column("locked_until", type: .bigint)
            .column("last_error", type: .text)
            .column("created_at", type: .bigint, .notNull)
            .column("finished_at", type: .bigint)
            .run()
        try await database.create(index: "jobs_due")
            .on("jobs").column("state").column("run_at")
            .run()
    }
}
