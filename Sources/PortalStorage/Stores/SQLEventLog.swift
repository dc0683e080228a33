import Foundation
import PortalCore
import SQLKit

/// `EventLog` on SQLite and PostgreSQL. Stores call `insert` inside their own transactions.
public struct SQLEventLog: EventLog {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func record(_ event: PortalEvent) async throws {
        try await database.write { db in try await Self.insert([event], on: db) }
    }

    public func events(from start: Date, to end: Date) async throws -> [PortalEvent] {
        try await database.reader.raw(
            """
            SELECT kind, service_id, step, detail, at FROM events
            WHERE at >= \(bind: SQLTime.encode(start)) AND at < \(bind: SQLTime.encode(end)) ORDER BY seq
            """
        ).all().compactMap { row in
            guard let kind = PortalEvent.Kind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
            return PortalEvent(
                kind, service: try row.decode(column: "service_id", as: String?.self).flatMap { Identifier<Service>(string: $0) },
                step: try row.decode(column: "step", as: Int?.self), detail: try row.decode(column: "detail", as: String?.self),
                at: SQLTime.decode(try row.decode(column: "at", as: Int64.self)))
        }
    }

    public func firstEventAt() async throws -> Date? {
        try await database.reader.raw("SELECT MIN(at) AS first FROM events").first()?.decode(column: "first", as: Int64?.self).map(SQLTime.decode)
    }

    /// Adds the events in the caller's transaction, in one statement.
    static func insert(_ events: [PortalEvent], on db: any SQLDatabase) async throws {
        guard !events.isEmpty else { return }
        var sql: SQLQueryString = "INSERT INTO events (kind, service_id, step, detail, at) VALUES "
        for (index, event) in events.enumerated() {
            if index > 0 { sql += ", " }
            sql +=
                "(\(bind: event.kind.rawValue), \(bind: event.serviceID?.description), \(bind: event.step), \(bind: event.detail), \(bind: SQLTime.encode(event.at)))"
        }
        try await db.raw(sql).run()
    }

    /// Adds one event about a submission's service, in the caller's transaction.
    static func insert(_ kind: PortalEvent.Kind, about submission: Submission.ID, detail: String? = nil, at instant: Date, on db: any SQLDatabase) async throws
    {
        try await db.raw(
            """
            INSERT INTO events (kind, service_id, step, detail, at)
            SELECT \(bind: kind.rawValue), service_id, NULL, \(bind: detail), \(bind: SQLTime.encode(instant)) FROM submissions
            WHERE id = \(bind: submission.description) AND NOT is_test
            """
        ).run()
    }
}
