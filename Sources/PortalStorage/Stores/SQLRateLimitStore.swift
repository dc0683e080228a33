import Foundation
import PortalCore
import SQLKit

/// `RateLimitStore` on SQLite and PostgreSQL: one row per key and minute, upserted.
public struct SQLRateLimitStore: RateLimitStore {
    let database: PortalDatabase
    static let bucketLength: Int64 = 60_000

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func record(_ key: String, at now: Date) async throws {
        try await database.write { db in
            try await Self.record(key, at: now, on: db)
        }
    }

    static func record(_ key: String, at now: Date, on db: any SQLDatabase) async throws {
        try await record([(key, now)], on: db)
    }

    /// Counts events in one statement inside a caller's transaction (filings of one group commit).
    /// Events of the same key and minute are summed first: PostgreSQL refuses to update a row twice
    /// in one statement.
    static func record(_ events: [(key: String, at: Date)], on db: any SQLDatabase) async throws {
        struct Bucket: Hashable {
            let key: String
            let bucket: Int64
        }
        var counted: [Bucket: (events: Int, latest: Int64)] = [:]
        var order: [Bucket] = []
        for (key, instant) in events {
            let at = SQLTime.encode(instant)
            let bucket = Bucket(key: key, bucket: at / bucketLength)
            if let seen = counted[bucket] {
                counted[bucket] = (seen.events + 1, max(seen.latest, at))
            } else {
                counted[bucket] = (1, at)
                order.append(bucket)
            }
        }
        guard !order.isEmpty else { return }
        var sql: SQLQueryString = "INSERT INTO rate_limits (key, bucket, events, latest_at) VALUES "
        for (index, bucket) in order.enumerated() {
            let count = counted[bucket] ?? (1, 0)
            if index > 0 { sql += ", " }
            sql += "(\(bind: bucket.key), \(bind: bucket.bucket), \(bind: count.events), \(bind: count.latest))"
        }
        sql += """
             ON CONFLICT (key, bucket) DO UPDATE SET events = rate_limits.events + excluded.events,
                latest_at = CASE WHEN excluded.latest_at > rate_limits.latest_at THEN excluded.latest_at ELSE rate_limits.latest_at END
            """
        try await db.raw(sql).run()
    }

    public func count(_ key: String, within window: TimeInterval, now: Date) async throws -> RateLimitCount {
        try await counts([(key, window)], now: now)[0]
    }

    public func counts(_ keys: [(key: String, window: TimeInterval)], now: Date) async throws -> [RateLimitCount] {
        guard !keys.isEmpty else { return [] }
        let at = SQLTime.encode(now)
        var sql: SQLQueryString = "SELECT key, SUM(events) AS events, MAX(latest_at) AS latest FROM rate_limits WHERE "
        for (index, (key, window)) in keys.enumerated() {
            if index > 0 { sql += " OR " }
            sql += "(key = \(bind: key) AND bucket >= \(bind: (at - Int64(window * 1000)) / Self.bucketLength) AND bucket <= \(bind: at / Self.bucketLength))"
        }
        sql += " GROUP BY key"
        var found: [String: RateLimitCount] = [:]
        for row in try await database.reader.raw(sql).all() {
            found[try row.decode(column: "key", as: String.self)] = RateLimitCount(
                events: Int(try row.decode(column: "events", as: Int64?.self) ?? 0),
                latest: try row.decode(column: "latest", as: Int64?.self).map(SQLTime.decode)
            )
        }
        return keys.map { found[$0.key] ?? RateLimitCount(events: 0, latest: nil) }
    }

    public func clear(_ key: String) async throws {
        try await database.write { db in
            try await db.raw("DELETE FROM rate_limits WHERE key = \(bind: key)").run()
        }
    }

    public func deleteExpired(before: Date) async throws -> Int {
        let bucket = SQLTime.encode(before) / Self.bucketLength
        return try await database.write { db in
            try await db.raw("DELETE FROM rate_limits WHERE bucket < \(bind: bucket) RETURNING key").all().count
        }
    }
}
