import SQLKit

/// Payments at the payment platform (issue 18, decision 0080): one row per transaction the portal
/// asked for, with the platform's last report. Amounts in whole cents.
struct M0061CreatePayments: Migration {
    let version = 61
    let name = "CreatePayments"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "payments")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("request_id", type: .text, .notNull, .unique)
            .column("service_id", type: .text, .notNull)
            .column("submission_id", type: .text)
            .column("amount_cents", type: .bigint, .notNull)
            .column("purpose", type: .text, .notNull)
            .column("transaction_id", type: .text)
            .column("pay_page_url", type: .text)
            .column("status", type: .text, .notNull)
            .column("method", type: .text)
            .column("created_at", type: .bigint, .notNull)
            .column("checked_at", type: .bigint)
            .column("next_check_at", type: .bigint)
            .run()
        try await database.raw("CREATE INDEX payments_due ON payments (next_check_at) WHERE status = 'INITIAL'").run()
        try await database.create(index: "payments_submission").on("payments").column("submission_id").run()
        try await database.create(index: "payments_created").on("payments").column("created_at").run()
    }
}
