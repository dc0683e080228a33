import Foundation
import PortalCore
import SQLKit

/// `FITConnectStore` on SQLite and PostgreSQL.
public struct SQLFITConnectStore: FITConnectStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    static let columns = """
        submission_id, channel_id, destination_id, remote_id, case_id, attachments, state, created_at, submitted_at, decided_at, next_check_at, checks
        """

    public func transfer(of submission: Submission.ID, through channel: HandoverChannel.ID) async throws -> FITConnectTransfer? {
        try await database.reader.raw(
            """
            SELECT \(unsafeRaw: Self.columns) FROM fitconnect_transfers
            WHERE submission_id = \(bind: submission.description) AND channel_id = \(bind: channel.description)
            """
        ).first().map(Self.transfer)
    }

    public func transfers(of submission: Submission.ID) async throws -> [FITConnectTransfer] {
        try await database.reader.raw(
            """
            SELECT \(unsafeRaw: Self.columns) FROM fitconnect_transfers
            WHERE submission_id = \(bind: submission.description) ORDER BY created_at, channel_id
            """
        ).all().map(Self.transfer)
    }

    public func save(_ transfer: FITConnectTransfer) async throws {
        let attachments = try JSONCoding.encode(transfer.attachments)
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO fitconnect_transfers (\(unsafeRaw: Self.columns))
                VALUES (\(bind: transfer.submissionID.description), \(bind: transfer.channelID.description), \(bind: transfer.destinationID),
                        \(bind: transfer.remoteID), \(bind: transfer.caseID), \(bind: attachments), \(bind: transfer.state.rawValue),
                        \(bind: SQLTime.encode(transfer.createdAt)), \(bind: transfer.submittedAt.map(SQLTime.encode)),
                        \(bind: transfer.decidedAt.map(SQLTime.encode)), \(bind: transfer.nextCheckAt.map(SQLTime.encode)), \(bind: transfer.checks))
                ON CONFLICT (submission_id, channel_id) DO UPDATE SET destination_id = excluded.destination_id, remote_id = excluded.remote_id,
                    case_id = excluded.case_id, attachments = excluded.attachments, state = excluded.state, submitted_at = excluded.submitted_at,
                    decided_at = excluded.decided_at, next_check_at = excluded.next_check_at, checks = excluded.checks
                """
            ).run()
        }
    }

    public func transfersDue(at instant: Date, limit: Int) async throws -> [FITConnectTransfer] {
        try await database.reader.raw(
            """
            SELECT \(unsafeRaw: Self.columns) FROM fitconnect_transfers
            WHERE state = 'submitted' AND next_check_at IS NOT NULL AND next_check_at <= \(bind: SQLTime.encode(instant))
            ORDER BY next_check_at LIMIT \(bind: limit)
            """
        ).all().map(Self.transfer)
    }

    public func record(_ events: [FITConnectEvent], of submission: Submission.ID, through channel: HandoverChannel.ID) async throws -> [FITConnectEvent] {
        guard !events.isEmpty else { return [] }
        let rows = try events.map { event in (event, event.problems.isEmpty ? nil : try JSONCoding.encode(event.problems)) }
        return try await database.write { db in
            var added: [FITConnectEvent] = []
            for (position, (event, problems)) in rows.enumerated() {
                let inserted = try await db.raw(
                    """
                    INSERT INTO fitconnect_events (submission_id, channel_id, event_id, kind, issued_at, position, issuer, problems)
                    VALUES (\(bind: submission.description), \(bind: channel.description), \(bind: event.id), \(bind: event.kind.rawValue),
                            \(bind: SQLTime.encode(event.issuedAt)), \(bind: position), \(bind: event.issuer), \(bind: problems))
                    ON CONFLICT (submission_id, channel_id, event_id) DO NOTHING RETURNING event_id
                    """
                ).first()
                if inserted != nil { added.append(event) }
            }
            return added
        }
    }

    public func events(of submission: Submission.ID) async throws -> [(channel: HandoverChannel.ID, event: FITConnectEvent)] {
        try await database.reader.raw(
            """
            SELECT channel_id, event_id, kind, issued_at, issuer, problems FROM fitconnect_events
            WHERE submission_id = \(bind: submission.description) ORDER BY issued_at, position, event_id
            """
        ).all().map { row in
            let kindText = try row.decode(column: "kind", as: String.self)
            guard let kind = FITConnectEvent.Kind(rawValue: kindText) else { throw CorruptRow(column: "kind", value: kindText) }
            let problems = try row.decode(column: "problems", as: String?.self).map { try JSONCoding.decode([String].self, from: $0) } ?? []
            let event = FITConnectEvent(
                id: try row.decode(column: "event_id", as: String.self), kind: kind,
                issuedAt: SQLTime.decode(try row.decode(column: "issued_at", as: Int64.self)), issuer: try row.decode(column: "issuer", as: String.self),
                problems: problems)
            return (channel: try StoredID.decode(row, "channel_id"), event: event)
        }
    }

    static let incomingColumns = "remote_id, case_id, submission_id, state, problem, event_sent, sender_reference, reply_address, received_at"

    public func incoming(remoteID: String) async throws -> FITConnectIncoming? {
        try await database.reader.raw(
            "SELECT \(unsafeRaw: Self.incomingColumns) FROM fitconnect_incoming WHERE remote_id = \(bind: remoteID)"
        ).first().map(Self.incoming)
    }

    public func incoming(submission: Submission.ID) async throws -> FITConnectIncoming? {
        try await database.reader.raw(
            "SELECT \(unsafeRaw: Self.incomingColumns) FROM fitconnect_incoming WHERE submission_id = \(bind: submission.description)"
        ).first().map(Self.incoming)
    }

    public func save(_ incoming: FITConnectIncoming) async throws {
        try await database.write { db in
            try await db.raw(
                Self.insert(
                    incoming,
                    onConflict: """
                        DO UPDATE SET submission_id = excluded.submission_id, state = excluded.state, problem = excluded.problem,
                        event_sent = excluded.event_sent, sender_reference = excluded.sender_reference, reply_address = excluded.reply_address
                        """)
            ).run()
        }
    }

    public func begin(_ incoming: FITConnectIncoming) async throws -> FITConnectIncoming {
        try await database.write { db in
            try await db.raw(Self.insert(incoming, onConflict: "DO NOTHING")).run()
            guard
                let kept = try await db.raw(
                    "SELECT \(unsafeRaw: Self.incomingColumns) FROM fitconnect_incoming WHERE remote_id = \(bind: incoming.remoteID)"
                ).first().map(Self.incoming)
            else { throw NotFound("fitconnect_incoming \(incoming.remoteID)") }
            return kept
        }
    }

    public func route(leikaKey: String) async throws -> OrgUnit.ID? {
        try await database.reader.raw("SELECT org_unit_id FROM fitconnect_routes WHERE leika_key = \(bind: leikaKey)").first()
            .map { try StoredID.decode($0, "org_unit_id") }
    }

    public func setRoute(leikaKey: String, to orgUnit: OrgUnit.ID) async throws {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO fitconnect_routes (leika_key, org_unit_id) VALUES (\(bind: leikaKey), \(bind: orgUnit.description))
                ON CONFLICT (leika_key) DO UPDATE SET org_unit_id = excluded.org_unit_id
                """
            ).run()
        }
    }

    public func routes() async throws -> [(leikaKey: String, orgUnit: OrgUnit.ID)] {
        try await database.reader.raw("SELECT leika_key, org_unit_id FROM fitconnect_routes ORDER BY leika_key").all().map { row in
            (leikaKey: try row.decode(column: "leika_key", as: String.self), orgUnit: try StoredID.decode(row, "org_unit_id"))
        }
    }

    static func insert(_ incoming: FITConnectIncoming, onConflict action: String) -> SQLQueryString {
        """
        INSERT INTO fitconnect_incoming (\(unsafeRaw: Self.incomingColumns))
        VALUES (\(bind: incoming.remoteID), \(bind: incoming.caseID), \(bind: incoming.submissionID?.description), \(bind: incoming.state.rawValue),
                \(bind: incoming.problem), \(bind: incoming.eventSent), \(bind: incoming.senderReference), \(bind: incoming.replyAddress),
                \(bind: SQLTime.encode(incoming.receivedAt)))
        ON CONFLICT (remote_id) \(unsafeRaw: action)
        """
    }

    static func incoming(_ row: any SQLRow) throws -> FITConnectIncoming {
        let stateText = try row.decode(column: "state", as: String.self)
        guard let state = FITConnectIncoming.State(rawValue: stateText) else { throw CorruptRow(column: "state", value: stateText) }
        return FITConnectIncoming(
            remoteID: try row.decode(column: "remote_id", as: String.self), caseID: try row.decode(column: "case_id", as: String.self),
            submissionID: try row.decode(column: "submission_id", as: String?.self).flatMap(Submission.ID.init(string:)), state: state,
            problem: try row.decode(column: "problem", as: String?.self), eventSent: try row.decode(column: "event_sent", as: Bool.self),
            senderReference: try row.decode(column: "sender_reference", as: String?.self),
            replyAddress: try row.decode(column: "reply_address", as: String?.self),
            receivedAt: SQLTime.decode(try row.decode(column: "received_at", as: Int64.self)))
    }

    static func transfer(_ row: any SQLRow) throws -> FITConnectTransfer {
        let stateText = try row.decode(column: "state", as: String.self)
        guard let state = FITConnectTransfer.State(rawValue: stateText) else { throw CorruptRow(column: "state", value: stateText) }
        return FITConnectTransfer(
            submissionID: try StoredID.decode(row, "submission_id"), channelID: try StoredID.decode(row, "channel_id"),
            destinationID: try row.decode(column: "destination_id", as: String.self), remoteID: try row.decode(column: "remote_id", as: String.self),
            caseID: try row.decode(column: "case_id", as: String?.self),
            attachments: try JSONCoding.decode([FITConnectTransfer.Attachment].self, from: try row.decode(column: "attachments", as: String.self)),
            state: state, createdAt: SQLTime.decode(try row.decode(column: "created_at", as: Int64.self)),
            submittedAt: try row.decode(column: "submitted_at", as: Int64?.self).map(SQLTime.decode),
            decidedAt: try row.decode(column: "decided_at", as: Int64?.self).map(SQLTime.decode),
            nextCheckAt: try row.decode(column: "next_check_at", as: Int64?.self).map(SQLTime.decode),
            checks: try row.decode(column: "checks", as: Int.self))
    }
}
