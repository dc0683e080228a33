import SQLKit

/// The audit trail of a period (the privacy officer's export) is read by time.
struct M0042IndexAuditTime: Migration {
    let version = 42
    let name = "IndexAuditTime"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(index: "audit_events_at").on("audit_events").column("at").run()
    }
}
