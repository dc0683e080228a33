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

    /// Counts inside a caller's transaction (filing).
    static func record(_ key: String, at now: Date, on db: any SQLDatabase) async throws {
        let at = SQLTime.encode(now)
        try await db.raw("""
            INSERT INTO rate_limits (key, bucket, events, latest_at) VALUES (\(bind: key), \(bind: at / bucketLength), 1, \(bind: at))
            ON CONFLICT (key, bucket) DO UPDATE SET events = rate_limits.events + 1,
                latest_at = CASE WHEN excluded.latest_at > rate_limits.latest_at THEN excluded.latest_at ELSE rate_limits.latest_at END
            """).run()
    }

    public func count(_ key: String, within window: TimeInterval, now: Date) async throws -> RateLimitCount {
        let at = SQLTime.encode(now)
        let first = (at - Int64(window * 1000)) / Self.bucketLength
        let row = try await database.reader.raw("""
            SELECT COALESCE(SUM(events), 0) AS events, MAX(latest_at) AS latest FROM rate_limits
            WHERE key = \(bind: key) AND bucket >= \(bind: first) AND bucket <= \(bind: at / Self.bucketLength)
            """).first()
        let events = try row?.decode(column: "events", as: Int64?.self) ?? 0
        let latest = try row?.decode(column: "latest", as: Int64?.self)
        return RateLimitCount(events: Int(events), latest: latest.map(SQLTime.decode))
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
