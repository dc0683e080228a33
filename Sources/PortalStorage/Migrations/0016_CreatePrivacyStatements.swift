import SQLKit

/// Every version of every service's privacy statement, kept for good.
struct M0016CreatePrivacyStatements: Migration {
    let version = 16
    let name = "CreatePrivacyStatements"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "privacy_statements")
            .column("service_id", type: .text, .notNull)
            .column("version", type: .int, .notNull)
            .column("content", type: .text, .notNull)
            .primaryKey("service_id", "version")
            .run()
    }
}
