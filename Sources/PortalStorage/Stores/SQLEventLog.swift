import Foundation
import PortalCore
import SQLKit

/// `EventLog` on SQLite and PostgreSQL. Stores call `insert` inside their own transactions. Days
/// are counted in `timeZone`, the authority's; `event_days` holds the counts of the days before the
/// mark in `event_rollup` (decision 0079).
public struct SQLEventLog: EventLog {
    let database: PortalDatabase
    let timeZone: TimeZone

    public init(database: PortalDatabase, timeZone: TimeZone = TimeZone(identifier: "Europe/Berlin")!) {
        self.database = database
        self.timeZone = timeZone
    }

    public func record(_ event: PortalEvent) async throws {
        try await database.write { db in try await Self.insert([event], on: db) }
    }

    public func record(_ events: [PortalEvent]) async throws {
        guard !events.isEmpty else { return }
        try await database.write { db in
            // 400 rows of five values stay below every database's limit of bound values per statement.
            for start in stride(from: 0, to: events.count, by: 400) { try await Self.insert(Array(events[start..<min(start + 400, events.count)]), on: db) }
        }
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

    public func counts(
        of kinds: Set<PortalEvent.Kind>, from start: LocalDate, to end: LocalDate, services: Set<Service.ID>?, by grouping: EventCount.Grouping
    ) async throws -> [EventCount] {
        guard start < end, !kinds.isEmpty else { return [] }
        if let services, services.isEmpty { return [] }
        let mark = try await countedBefore() ?? start
        let kindList = kinds.map(\.rawValue).sorted()
        let serviceList = services.map { $0.map(\.description).sorted() }
        var counts: [EventCount] = []
        let counted = min(end, mark)
        if start < counted {
            // Whole months from the monthly counts, the days before and after them from the daily ones.
            let dayBucket: String? =
                switch grouping {
                case .period: nil
                case .day: "day"
                case .month: "substr(day, 1, 7)"
                }
            var dayRanges = [(start, counted)]
            let (firstMonth, lastMonth) = (start.day == 1 ? start : start.firstOfNextMonth, counted.firstOfMonth)
            if grouping != .day, firstMonth < lastMonth {
                counts += try await summed(
                    table: "event_months", key: "month", from: String(firstMonth.iso.prefix(7)), to: String(lastMonth.iso.prefix(7)),
                    kinds: kindList, services: serviceList, bucket: grouping == .month ? "month" : nil)
                dayRanges = [(start, firstMonth), (lastMonth, counted)].filter { $0.0 < $0.1 }
            }
            for (from, to) in dayRanges {
                counts += try await summed(
                    table: "event_days", key: "day", from: from.iso, to: to.iso, kinds: kindList, services: serviceList, bucket: dayBucket)
            }
        }
        // The days not rolled up yet (usually today and yesterday): counted from the events themselves.
        let liveStart = max(start, mark)
        if liveStart < end {
            var sql: SQLQueryString = """
                SELECT kind, service_id, step, detail, at FROM events
                WHERE at >= \(bind: SQLTime.encode(liveStart.start(in: timeZone))) AND at < \(bind: SQLTime.encode(end.start(in: timeZone)))
                AND kind IN (\(binds: kindList))
                """
            if let serviceList { sql += " AND service_id IN (\(binds: serviceList))" }
            for row in try await database.reader.raw(sql).all() {
                guard let kind = PortalEvent.Kind(rawValue: try row.decode(column: "kind", as: String.self)) else { continue }
                let day = LocalDate(SQLTime.decode(try row.decode(column: "at", as: Int64.self)), in: timeZone)
                counts.append(
                    EventCount(
                        bucket: EventCount.bucket(of: day, by: grouping), kind: kind,
                        serviceID: try row.decode(column: "service_id", as: String?.self).flatMap { Identifier<Service>(string: $0) },
                        step: try row.decode(column: "step", as: Int?.self), detail: try row.decode(column: "detail", as: String?.self), count: 1))
            }
        }
        return EventCount.merged(counts)
    }

    /// The counts of `table` with `key` from `from` up to (not including) `to`, added up per `bucket`
    /// (an SQL expression; nil: the whole range).
    private func summed(table: String, key: String, from: String, to: String, kinds: [String], services: [String]?, bucket: String?) async throws
        -> [EventCount]
    {
        var sql: SQLQueryString = "SELECT "
        if let bucket { sql += "\(unsafeRaw: bucket) AS bucket, " }
        sql += """
            kind, service_id, step, detail, CAST(SUM(count) AS BIGINT) AS n FROM \(unsafeRaw: table)
            WHERE \(unsafeRaw: key) >= \(bind: from) AND \(unsafeRaw: key) < \(bind: to) AND kind IN (\(binds: kinds))
            """
        if let services { sql += " AND service_id IN (\(binds: services))" }
        sql += " GROUP BY "
        if let bucket { sql += "\(unsafeRaw: bucket), " }
        sql += "kind, service_id, step, detail"
        return try await database.reader.raw(sql).all().compactMap { row in
            guard let kind = PortalEvent.Kind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
            let service = try row.decode(column: "service_id", as: String.self)
            let step = try row.decode(column: "step", as: Int.self)
            let detail = try row.decode(column: "detail", as: String.self)
            return EventCount(
                bucket: bucket == nil ? nil : try row.decode(column: "bucket", as: String.self), kind: kind,
                serviceID: service.isEmpty ? nil : Identifier<Service>(string: service), step: step == 0 ? nil : step,
                detail: detail.isEmpty ? nil : detail, count: Int(try row.decode(column: "n", as: Int64.self)))
        }
    }

    /// The day before which `event_days` is complete; nil before the first roll-up.
    func countedBefore() async throws -> LocalDate? {
        let row = try await database.reader.raw("SELECT complete_before FROM event_rollup WHERE name = 'events'").first()
        return try row.map { try $0.decode(column: "complete_before", as: String.self) }.flatMap { LocalDate(iso: $0) }
    }

    public func rollUp(before day: LocalDate) async throws -> Int {
        var next: LocalDate
        if let mark = try await countedBefore() {
            next = mark
        } else {
            guard let first = try await firstEventAt() else { return 0 }
            next = min(LocalDate(first, in: timeZone), day)
            let start = next
            try await database.write { db in
                try await db.raw(
                    "INSERT INTO event_rollup (name, complete_before) VALUES ('events', \(bind: start.iso)) ON CONFLICT (name) DO NOTHING"
                ).run()
            }
            next = try await countedBefore() ?? start
        }
        var counted = 0
        while next < day {
            let (current, following) = (next, next.adding(days: 1))
            let (from, to) = (SQLTime.encode(current.start(in: timeZone)), SQLTime.encode(following.start(in: timeZone)))
            let moved = try await database.write { db -> Bool in
                // Moving the mark first decides which instance counts the day; the other one stops here.
                guard
                    try await db.raw(
                        """
                        UPDATE event_rollup SET complete_before = \(bind: following.iso)
                        WHERE name = 'events' AND complete_before = \(bind: current.iso) RETURNING name
                        """
                    ).first() != nil
                else { return false }
                // Rows of this day already there would be a second count: the key refuses them and the day stays uncounted.
                try await db.raw(
                    """
                    INSERT INTO event_days (day, kind, service_id, step, detail, count)
                    SELECT \(bind: current.iso), kind, COALESCE(service_id, ''), COALESCE(step, 0), COALESCE(detail, ''), COUNT(*) FROM events
                    WHERE at >= \(bind: from) AND at < \(bind: to)
                    GROUP BY kind, COALESCE(service_id, ''), COALESCE(step, 0), COALESCE(detail, '')
                    """
                ).run()
                try await db.raw(
                    """
                    INSERT INTO event_months (month, kind, service_id, step, detail, count)
                    SELECT \(bind: String(current.iso.prefix(7))), kind, service_id, step, detail, count FROM event_days WHERE day = \(bind: current.iso)
                    ON CONFLICT (month, kind, service_id, step, detail) DO UPDATE SET count = event_months.count + excluded.count
                    """
                ).run()
                return true
            }
            guard moved else { break }
            counted += 1
            next = following
        }
        return counted
    }

    public func forgetDailyCounts() async throws {
        try await database.write { db in
            try await db.raw("DELETE FROM event_rollup WHERE name = 'events'").run()
            try await db.raw("DELETE FROM event_days").run()
            try await db.raw("DELETE FROM event_months").run()
        }
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
