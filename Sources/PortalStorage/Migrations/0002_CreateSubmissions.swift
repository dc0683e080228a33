import SQLKit

struct M0002CreateSubmissions: Migration {
    let version = 2
    let name = "CreateSubmissions"

    func prepare(on database: any SQLDatabase) async throws {
        // `seq` gives arrival order for keyset paging; `id` is the stable identity used elsewhere.
        try await database.create(table: "submissions")
            .column("seq", type: .bigint, .primaryKey(autoIncrement: true))
            .column("id", type: .text, .notNull, .unique)
            .column("reference", type: .text, .notNull, .unique)
            .column("service_id", type: .text, .notNull, .references("services", "id"))
            .column("org_unit_id", type: .text, .notNull, .references("org_units", "id"))
            .column("form_version_id", type: .text, .notNull, .references("form_versions", "id"))
            .column("answers", type: .text, .notNull)
            .column("received_at", type: .bigint, .notNull)
            .column("status", type: .text, .notNull)
            .column("handed_over_at", type: .bigint)
            .run()
        try await database.create(index: "submissions_org_unit_seq")
            .on("submissions").column("org_unit_id").column("seq")
            .run()
        try await database.create(table: "case_status_changes")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("submission_id", type: .text, .notNull, .references("submissions", "id"))
            .column("from_status", type: .text, .notNull)
            .column("to_status", type: .text, .notNull)
            .column("actor", type: .text, .notNull)
            .column("note", type: .text)
            .column("changed_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "case_status_changes_submission")
            .on("case_status_changes").column("submission_id").column("changed_at")
            .run()
    }
}
