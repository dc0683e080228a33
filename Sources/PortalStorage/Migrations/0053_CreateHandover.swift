import SQLKit

/// Hand-over channels per service and one delivery per submission and channel (issue 15). A
/// removed channel keeps its row, so the deliveries it made still name it.
struct M0053CreateHandover: Migration {
    let version = 53
    let name = "CreateHandover"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "handover_channels")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("service_id", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            // The folder or the webhook's address.
            .column("target", type: .text)
            .column("secret", type: .text)
            .column("previous_secret", type: .text)
            .column("attach_receipt", type: .custom(SQLRaw("BOOLEAN")), .notNull, .default(false))
            .column("created_at", type: .bigint, .notNull)
            .column("removed_at", type: .bigint)
            .run()
        try await database.raw("CREATE INDEX handover_channels_service ON handover_channels (service_id)").run()
        try await database.create(table: "deliveries")
            .column("submission_id", type: .text, .notNull)
            .column("channel_id", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("org_unit_id", type: .text, .notNull)
            .column("seq", type: .bigint, .notNull)
            .column("state", type: .text, .notNull)
            .column("attempts", type: .int, .notNull, .default(0))
            .column("delivered_at", type: .bigint)
            .column("last_error", type: .text)
            .column("updated_at", type: .bigint, .notNull)
            .column("retried_by_hand_at", type: .bigint)
            .primaryKey("submission_id", "channel_id")
            .run()
        // The pull API's "not yet acknowledged" list walks a unit's pending pull deliveries by arrival.
        try await database.raw("CREATE INDEX deliveries_pending ON deliveries (org_unit_id, kind, state, seq)").run()
    }
}
