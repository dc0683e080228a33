import SQLKit

/// FIT-Connect (issue 19). Sending: the channel's data format, each submission's transfer (the
/// Zustelldienst's submission, announced attachments, how far it got) and the events read from its
/// event log. Receiving: what became of each picked-up submission, and the org unit per LeiKa key.
struct M0064CreateFITConnectTransfers: Migration {
    let version = 64
    let name = "CreateFITConnectTransfers"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.alter(table: "handover_channels").column("data_format", type: .text).run()
        try await database.create(table: "fitconnect_transfers")
            .column("submission_id", type: .text, .notNull)
            .column("channel_id", type: .text, .notNull)
            .column("destination_id", type: .text, .notNull)
            .column("remote_id", type: .text, .notNull)
            .column("case_id", type: .text)
            .column("attachments", type: .text, .notNull)
            .column("state", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("submitted_at", type: .bigint)
            .column("decided_at", type: .bigint)
            .column("next_check_at", type: .bigint)
            .column("checks", type: .int, .notNull)
            .primaryKey("submission_id", "channel_id")
            .run()
        try await database.create(index: "fitconnect_transfers_next_check").on("fitconnect_transfers").column("next_check_at").run()
        try await database.create(table: "fitconnect_events")
            .column("submission_id", type: .text, .notNull)
            .column("channel_id", type: .text, .notNull)
            .column("event_id", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("issued_at", type: .bigint, .notNull)
            // Its place in the event log, for events issued in the same second.
            .column("position", type: .int, .notNull)
            .column("issuer", type: .text, .notNull)
            .column("problems", type: .text)
            .primaryKey("submission_id", "channel_id", "event_id")
            .run()
        // Receiving: submissions picked up as a subscriber, and which org unit takes which LeiKa key.
        try await database.create(table: "fitconnect_incoming")
            .column("remote_id", type: .text, .primaryKey(autoIncrement: false))
            .column("case_id", type: .text, .notNull)
            .column("submission_id", type: .text)
            .column("state", type: .text, .notNull)
            .column("problem", type: .text)
            .column("event_sent", type: .custom(SQLRaw("BOOLEAN")), .notNull, .default(false))
            .column("sender_reference", type: .text)
            .column("reply_address", type: .text)
            .column("received_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "fitconnect_incoming_submission").on("fitconnect_incoming").column("submission_id").run()
        try await database.create(table: "fitconnect_routes")
            .column("leika_key", type: .text, .primaryKey(autoIncrement: false))
            .column("org_unit_id", type: .text, .notNull)
            .run()
    }
}
