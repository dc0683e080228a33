import Foundation
import PortalCore
import SQLKit

/// `JobQueue` on SQLite and PostgreSQL.
public struct SQLJobQueue: JobQueue {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    /// Writes a job row inside the caller's transaction; stores use this to enqueue with their change.
    static func insert(_ job: Job, now: Date, on db: any SQLDatabase) async throws {
        try await insert([(job, now)], on: db)
    }

    /// Inserts jobs (each with the time it was created) in one statement.
    static func insert(_ jobs: [(job: Job, now: Date)], on db: any SQLDatabase) async throws {
        guard !jobs.isEmpty else { return }
        var sql: SQLQueryString = "INSERT INTO jobs (id, kind, payload, state, attempts, run_at, created_at) VALUES "
        for (index, (job, now)) in jobs.enumerated() {
            if index > 0 { sql += ", " }
            sql += """
                (\(bind: job.id.description), \(bind: job.kind.rawValue), \(bind: job.payload), \(bind: job.state.rawValue), \
                \(bind: job.attempts), \(bind: SQLTime.encode(job.runAt)), \(bind: SQLTime.encode(now)))
                """
        }
        try await db.raw(sql).run()
    }

    public func enqueue(_ job: Job) async throws {
        try await database.write { db in try await Self.insert(job, now: job.runAt, on: db) }
    }

    public func claim(limit: Int, worker: String, now: Date, lease: TimeInterval) async throws -> [Job] {
        let nowMS = SQLTime.encode(now)
        let until = SQLTime.encode(now.addingTimeInterval(lease))
        let skipLocked = database.skipLocked
        return try await database.write { db in
            try await db.raw(
                """
                UPDATE jobs SET locked_by = \(bind: worker), locked_until = \(bind: until), attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM jobs
                    WHERE state = 'queued' AND run_at <= \(bind: nowMS) AND (locked_until IS NULL OR locked_until <= \(bind: nowMS))
                    ORDER BY run_at LIMIT \(bind: limit)\(unsafeRaw: skipLocked)
                )
                RETURNING id, kind, payload, state, attempts, run_at, last_error
                """
            ).all().map(Self.job)
        }
    }

    public func complete(_ ids: [Job.ID], at instant: Date) async throws {
        guard !ids.isEmpty else { return }
        try await database.write { db in
            try await db.raw(
                """
                UPDATE jobs SET state = 'done', finished_at = \(bind: SQLTime.encode(instant)), locked_by = NULL, locked_until = NULL
                WHERE id IN (\(binds: ids.map(\.description)))
                """
            ).run()
        }
    }

    public func fail(_ id: Job.ID, error: String, retryAt: Date?, at instant: Date) async throws {
        let message = String(error.prefix(2000))
        try await database.write { db in
            if let retryAt {
                try await db.raw(
                    """
                    UPDATE jobs SET state = 'queued', run_at = \(bind: SQLTime.encode(retryAt)), last_error = \(bind: message),
                        locked_by = NULL, locked_until = NULL
                    WHERE id = \(bind: id.description)
                    """
                ).run()
            } else {
                try await db.raw(
                    """
                    UPDATE jobs SET state = 'failed', finished_at = \(bind: SQLTime.encode(instant)), last_error = \(bind: message),
                        locked_by = NULL, locked_until = NULL
                    WHERE id = \(bind: id.description)
                    """
                ).run()
            }
        }
    }

    public func job(id: Job.ID) async throws -> Job? {
        try await database.reader.raw("SELECT id, kind, payload, state, attempts, run_at, last_error FROM jobs WHERE id = \(bind: id.description)")
            .first().map(Self.job)
    }

    public func counts() async throws -> [Job.State: Int] {
        var counts: [Job.State: Int] = [:]
        for row in try await database.reader.raw("SELECT state, COUNT(*) AS n FROM jobs GROUP BY state").all() {
            if let state = Job.State(rawValue: try row.decode(column: "state", as: String.self)) {
                counts[state] = try row.decode(column: "n", as: Int.self)
            }
        }
        return counts
    }

    public func count(in state: Job.State) async throws -> Int {
        try await database.reader.raw("SELECT COUNT(*) AS n FROM jobs WHERE state = \(bind: state.rawValue)").first()?.decode(column: "n", as: Int.self)
            ?? 0
    }

    public func oldestDue(now: Date) async throws -> Date? {
        try await database.reader.raw(
            "SELECT MIN(run_at) AS due FROM jobs WHERE state = 'queued' AND run_at <= \(bind: SQLTime.encode(now))"
        ).first()?.decode(column: "due", as: Int64?.self).map(SQLTime.decode)
    }

    static func job(_ row: any SQLRow) throws -> Job {
        let stateText = try row.decode(column: "state", as: String.self)
        guard let state = Job.State(rawValue: stateText) else { throw CorruptRow(column: "state", value: stateText) }
        return Job(
            id: try StoredID.decode(row, "id"),
            kind: JobKind(rawValue: try row.decode(column: "kind", as: String.self)),
            payload: try row.decode(column: "payload", as: String.self),
            state: state,
            attempts: try row.decode(column: "attempts", as: Int.self),
            runAt: SQLTime.decode(try row.decode(column: "run_at", as: Int64.self)),
            lastError: try row.decode(column: "last_error", as: String?.self)
        )
    }
}
