import Foundation
import PortalCore
import SQLKit

/// `HandoverStore` on SQLite and PostgreSQL.
public struct SQLHandoverStore: HandoverStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    static let channelColumns = "id, service_id, kind, target, secret, previous_secret, attach_receipt, data_format, created_at, removed_at"

    public func channels() async throws -> [HandoverChannel] {
        try await database.reader.raw(
            "SELECT \(unsafeRaw: Self.channelColumns) FROM handover_channels WHERE removed_at IS NULL ORDER BY created_at, id"
        ).all().map(Self.channel)
    }

    public func channels(of service: Service.ID) async throws -> [HandoverChannel] {
        try await database.reader.raw(
            """
            SELECT \(unsafeRaw: Self.channelColumns) FROM handover_channels
            WHERE service_id = \(bind: service.description) AND removed_at IS NULL ORDER BY created_at, id
            """
        ).all().map(Self.channel)
    }

    public func channel(id: HandoverChannel.ID) async throws -> (channel: HandoverChannel, removed: Bool)? {
        guard
            let row = try await database.reader.raw(
                "SELECT \(unsafeRaw: Self.channelColumns) FROM handover_channels WHERE id = \(bind: id.description)"
            ).first()
        else { return nil }
        return (try Self.channel(row), try row.decode(column: "removed_at", as: Int64?.self) != nil)
    }

    public func add(_ channel: HandoverChannel) async throws {
        var target: String?
        var secret: String?
        var previous: String?
        var attachReceipt = false
        var dataFormat: String?
        switch channel.target {
        case .hotFolder(let path): target = path
        case .webhook(let url, let current, let old):
            target = url
            secret = current.text
            previous = old?.text
        case .officeMail(let attach): attachReceipt = attach
        case .pull: break
        case .fitConnect(let address):
            target = address.storedTarget
            dataFormat = address.dataFormat.rawValue
        }
        let values = (target, secret, previous, attachReceipt, dataFormat)
        try await database.write { db in
            let (target, secret, previous, attachReceipt, dataFormat) = values
            if channel.kind == .pull {
                let existing = try await db.raw(
                    """
                    SELECT id FROM handover_channels WHERE service_id = \(bind: channel.serviceID.description) AND kind = 'pull' AND removed_at IS NULL
                    """
                ).first()
                if existing != nil { throw HandoverChannel.Problem.pullAlreadyConfigured }
            }
            try await db.raw(
                """
                INSERT INTO handover_channels (id, service_id, kind, target, secret, previous_secret, attach_receipt, data_format, created_at)
                VALUES (\(bind: channel.id.description), \(bind: channel.serviceID.description), \(bind: channel.kind.rawValue), \(bind: target),
                        \(bind: secret), \(bind: previous), \(bind: attachReceipt), \(bind: dataFormat), \(bind: SQLTime.encode(channel.createdAt)))
                """
            ).run()
            try await CatalogStamp.advance(on: db)
        }
    }

    public func remove(_ id: HandoverChannel.ID, at instant: Date) async throws {
        let removed = try await database.write { db in
            let removed =
                try await db.raw(
                    """
                    UPDATE handover_channels SET removed_at = \(bind: SQLTime.encode(instant))
                    WHERE id = \(bind: id.description) AND removed_at IS NULL RETURNING id
                    """
                ).first() != nil
            if removed { try await CatalogStamp.advance(on: db) }
            return removed
        }
        if !removed { throw NotFound("handover channel \(id)") }
    }

    public func rotateSecret(of id: HandoverChannel.ID, to secret: WebhookSecret) async throws {
        let rotated = try await database.write { db in
            let rotated =
                try await db.raw(
                    """
                    UPDATE handover_channels SET previous_secret = secret, secret = \(bind: secret.text)
                    WHERE id = \(bind: id.description) AND kind = 'webhook' AND removed_at IS NULL RETURNING id
                    """
                ).first() != nil
            if rotated { try await CatalogStamp.advance(on: db) }
            return rotated
        }
        if !rotated { throw NotFound("webhook channel \(id)") }
    }

    static let deliveryColumns = "submission_id, channel_id, kind, state, attempts, delivered_at, last_error, updated_at, retried_by_hand_at"

    public func deliveries(of submission: Submission.ID) async throws -> [Delivery] {
        try await database.reader.raw(
            """
            SELECT \(unsafeRaw: Self.deliveryColumns) FROM deliveries d
            WHERE submission_id = \(bind: submission.description) ORDER BY kind, channel_id
            """
        ).all().map(Self.delivery)
    }

    public func delivery(of submission: Submission.ID, through channel: HandoverChannel.ID) async throws -> Delivery? {
        try await database.reader.raw(
            """
            SELECT \(unsafeRaw: Self.deliveryColumns) FROM deliveries
            WHERE submission_id = \(bind: submission.description) AND channel_id = \(bind: channel.description)
            """
        ).first().map(Self.delivery)
    }

    public func recordDelivered(_ submission: Submission.ID, through channel: HandoverChannel.ID, attempts: Int, at instant: Date) async throws {
        try await database.write { db in
            try await Self.markDelivered(submission, channel: channel, attempts: attempts, at: instant, on: db)
        }
    }

    /// Delivered once stays delivered: a late repeat keeps the first time.
    static func markDelivered(_ submission: Submission.ID, channel: HandoverChannel.ID?, attempts: Int?, at instant: Date, on db: any SQLDatabase)
        async throws
    {
        let time = SQLTime.encode(instant)
        var update: SQLQueryString = """
            UPDATE deliveries SET state = 'delivered', delivered_at = COALESCE(delivered_at, \(bind: time)), last_error = NULL,
                   updated_at = \(bind: time)
            """
        if let attempts { update += ", attempts = \(bind: attempts)" }
        update += " WHERE submission_id = \(bind: submission.description) AND state <> 'delivered'"
        if let channel { update += " AND channel_id = \(bind: channel.description)" } else { update += " AND kind = 'pull'" }
        try await db.raw(update).run()
        // Handed over when the last channel has it.
        try await db.raw(
            """
            UPDATE submissions SET handed_over_at = \(bind: time)
            WHERE id = \(bind: submission.description) AND handed_over_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM deliveries WHERE submission_id = \(bind: submission.description) AND state <> 'delivered')
            """
        ).run()
    }

    public func recordFailure(
        _ submission: Submission.ID, through channel: HandoverChannel.ID, attempts: Int, reason: String, final: Bool, at instant: Date
    ) async throws {
        try await database.write { db in
            try await db.raw(
                """
                UPDATE deliveries SET state = \(bind: final ? "failed" : "pending"), attempts = \(bind: attempts),
                       last_error = \(bind: String(reason.prefix(500))), updated_at = \(bind: SQLTime.encode(instant))
                WHERE submission_id = \(bind: submission.description) AND channel_id = \(bind: channel.description) AND state <> 'delivered'
                """
            ).run()
        }
    }

    public func retryByHand(_ submission: Submission.ID, through channel: HandoverChannel.ID, job: Job, at instant: Date) async throws -> Bool {
        try await database.write { db in
            let time = SQLTime.encode(instant)
            let changed = try await db.raw(
                """
                UPDATE deliveries SET state = 'pending', attempts = 0, updated_at = \(bind: time), retried_by_hand_at = \(bind: time)
                WHERE submission_id = \(bind: submission.description) AND channel_id = \(bind: channel.description) AND state = 'failed'
                RETURNING kind
                """
            ).first()
            guard changed != nil else { return false }
            try await SQLJobQueue.insert(job, now: instant, on: db)
            return true
        }
    }

    public func acknowledgePull(of submission: Submission.ID, by actor: String, at instant: Date) async throws -> (
        acknowledgedAt: Date, isFirst: Bool
    )? {
        try await database.write { db in
            guard
                let row = try await db.raw(
                    "SELECT delivered_at FROM deliveries WHERE submission_id = \(bind: submission.description) AND kind = 'pull'"
                ).first()
            else { return nil }
            if let earlier = try row.decode(column: "delivered_at", as: Int64?.self) { return (SQLTime.decode(earlier), false) }
            try await Self.markDelivered(submission, channel: nil, attempts: nil, at: instant, on: db)
            try await db.raw(
                """
                INSERT INTO audit_events (id, actor, action, submission_id, at)
                VALUES (\(bind: UUID().uuidString.lowercased()), \(bind: actor), \(bind: AuditEvent.Action.handoverAcknowledged.rawValue),
                        \(bind: submission.description), \(bind: SQLTime.encode(instant)))
                """
            ).run()
            return (instant, true)
        }
    }

    public func unacknowledged(of orgUnit: OrgUnit.ID, after sequence: Int64?, limit: Int) async throws -> [SubmissionSummary] {
        try await database.reader.raw(
            """
            SELECT s.seq, s.id, s.reference, s.status, s.received_at, s.applicant_name, s.is_test, v.slug, v.title
            FROM deliveries d JOIN submissions s ON s.id = d.submission_id JOIN services v ON v.id = s.service_id
            WHERE d.org_unit_id = \(bind: orgUnit.description) AND d.kind = 'pull' AND d.state = 'pending' AND d.seq > \(bind: sequence ?? 0)
            ORDER BY d.seq LIMIT \(bind: limit)
            """
        ).all().map { try SQLSubmissionStore.summary($0, withReadMarker: false) }
    }

    /// The deliveries of a group of filings, written with one statement (`SQLSubmissionStore.filings`).
    static func insert(_ deliveries: [(delivery: Delivery, orgUnit: OrgUnit.ID, seq: Int64)], on db: any SQLDatabase) async throws {
        guard !deliveries.isEmpty else { return }
        var sql: SQLQueryString = "INSERT INTO deliveries (submission_id, channel_id, kind, org_unit_id, seq, state, attempts, updated_at) VALUES "
        for (index, item) in deliveries.enumerated() {
            if index > 0 { sql += ", " }
            sql += """
                (\(bind: item.delivery.submissionID.description), \(bind: item.delivery.channelID.description), \(bind: item.delivery.kind.rawValue),
                 \(bind: item.orgUnit.description), \(bind: item.seq), 'pending', 0, \(bind: SQLTime.encode(item.delivery.updatedAt)))
                """
        }
        try await db.raw(sql).run()
    }

    static func channel(_ row: any SQLRow) throws -> HandoverChannel {
        let kindText = try row.decode(column: "kind", as: String.self)
        guard let kind = HandoverChannel.Kind(rawValue: kindText) else { throw CorruptRow(column: "kind", value: kindText) }
        let target: HandoverChannel.Target
        switch kind {
        case .hotFolder: target = .hotFolder(path: try row.decode(column: "target", as: String?.self) ?? "")
        case .webhook:
            let secretText = try row.decode(column: "secret", as: String?.self) ?? ""
            guard let secret = WebhookSecret(secretText) else { throw CorruptRow(column: "secret", value: "whsec_…") }
            target = .webhook(
                url: try row.decode(column: "target", as: String?.self) ?? "", secret: secret,
                previousSecret: try row.decode(column: "previous_secret", as: String?.self).flatMap(WebhookSecret.init))
        case .officeMail: target = .officeMail(attachReceipt: try row.decode(column: "attach_receipt", as: Bool.self))
        case .pull: target = .pull
        case .fitConnect:
            let stored = try row.decode(column: "target", as: String?.self) ?? ""
            guard let address = FITConnectAddress(storedTarget: stored, dataFormat: try row.decode(column: "data_format", as: String?.self)) else {
                throw CorruptRow(column: "target", value: stored)
            }
            target = .fitConnect(address)
        }
        return HandoverChannel(
            id: try StoredID.decode(row, "id"), serviceID: try StoredID.decode(row, "service_id"), target: target,
            createdAt: SQLTime.decode(try row.decode(column: "created_at", as: Int64.self)))
    }

    static func delivery(_ row: any SQLRow) throws -> Delivery {
        let kindText = try row.decode(column: "kind", as: String.self)
        let stateText = try row.decode(column: "state", as: String.self)
        guard let kind = HandoverChannel.Kind(rawValue: kindText) else { throw CorruptRow(column: "kind", value: kindText) }
        guard let state = Delivery.State(rawValue: stateText) else { throw CorruptRow(column: "state", value: stateText) }
        return Delivery(
            submissionID: try StoredID.decode(row, "submission_id"), channelID: try StoredID.decode(row, "channel_id"), kind: kind, state: state,
            attempts: try row.decode(column: "attempts", as: Int.self),
            deliveredAt: try row.decode(column: "delivered_at", as: Int64?.self).map(SQLTime.decode),
            lastError: try row.decode(column: "last_error", as: String?.self),
            updatedAt: SQLTime.decode(try row.decode(column: "updated_at", as: Int64.self)),
            retriedByHandAt: try row.decode(column: "retried_by_hand_at", as: Int64?.self).map(SQLTime.decode))
    }
}
