import Foundation
import PortalCore
import SQLKit

/// `ScheduleLease` on SQLite and PostgreSQL: the primary key (schedule, day) lets one insert win.
public struct SQLScheduleLease: ScheduleLease {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func claim(_ schedule: String, day: LocalDate, holder: String, at now: Date) async throws -> Bool {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO schedule_runs (name, day, holder, started_at)
                VALUES (\(bind: schedule), \(bind: day.iso), \(bind: holder), \(bind: SQLTime.encode(now)))
                ON CONFLICT (name, day) DO NOTHING RETURNING holder
                """
            ).first() != nil
        }
    }

    public func lastRun(of schedule: String) async throws -> Date? {
        try await database.reader.raw("SELECT MAX(started_at) AS at FROM schedule_runs WHERE name = \(bind: schedule)").first()?
            .decode(column: "at", as: Int64?.self).map(SQLTime.decode)
    }
}
