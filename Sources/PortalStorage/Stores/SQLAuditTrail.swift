import Foundation
import PortalCore
import SQLKit

/// `AuditTrail` on SQLite and PostgreSQL: one table, `INSERT` and `SELECT` only.
public struct SQLAuditTrail: AuditTrail {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func record(_ event: AuditEvent) async throws {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO audit_events (id, actor, action, target, submission_id, at)
                VALUES (\(bind: event.id.description), \(bind: event.actor), \(bind: event.action.rawValue), \(bind: event.target),
                        \(bind: event.submissionID?.description), \(bind: SQLTime.encode(event.at)))
                """
            ).run()
        }
    }

    public func events(target: String, limit: Int) async throws -> [AuditEvent] {
        try await database.reader.raw(
            """
            SELECT id, actor, action, target, submission_id, at FROM audit_events
            WHERE target = \(bind: target) ORDER BY at DESC, id DESC LIMIT \(bind: limit)
            """
        ).all().compactMap(Self.event)
    }

    public func events(submission: Submission.ID, actions: Set<AuditEvent.Action>?) async throws -> [AuditEvent] {
        var sql: SQLQueryString = "SELECT id, actor, action, target, submission_id, at FROM audit_events WHERE submission_id = \(bind: submission.description)"
        if let actions {
            guard !actions.isEmpty else { return [] }
            sql += " AND action IN (\(binds: actions.map(\.rawValue).sorted()))"
        }
        sql += " ORDER BY at, id"
        return try await database.reader.raw(sql).all().compactMap(Self.event)
    }

    public func events(from start: Date, to end: Date, limit: Int) async throws -> [AuditEvent] {
        try await database.reader.raw(
            """
            SELECT id, actor, action, target, submission_id, at FROM audit_events
            WHERE at >= \(bind: SQLTime.encode(start)) AND at < \(bind: SQLTime.encode(end)) ORDER BY at, id LIMIT \(bind: limit)
            """
        ).all().compactMap(Self.event)
    }

    static func event(_ row: any SQLRow) throws -> AuditEvent? {
        guard let action = AuditEvent.Action(rawValue: try row.decode(column: "action", as: String.self)) else { return nil }
        return AuditEvent(
            id: try StoredID.decode(row, "id"), actor: try row.decode(column: "actor", as: String.self), action: action,
            target: try row.decode(column: "target", as: String?.self),
            submissionID: try row.decode(column: "submission_id", as: String?.self).flatMap { Identifier<Submission>(string: $0) },
            at: SQLTime.decode(try row.decode(column: "at", as: Int64.self)))
    }
}
