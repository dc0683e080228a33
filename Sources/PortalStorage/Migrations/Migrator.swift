import Foundation
import Logging
import SQLKit

/// Brings the schema up to date. Safe to run from several processes at once: each migration runs
/// in its own transaction, on PostgreSQL under an advisory lock, on SQLite under the write lock.
public struct Migrator: Sendable {
    let database: PortalDatabase
    let logger: Logger

    public init(database: PortalDatabase, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    /// Applies what is missing and returns the names of the migrations applied now.
    @discardableResult
    public func migrate(now: Date = Date()) async throws -> [String] {
        let isPostgres = database.kind == .postgres
        try await database.write { db in
            try await db.raw("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)").run()
        }
        var applied: [String] = []
        for migration in Migrations.all {
            let ran = try await database.write { db in
                if isPostgres {
                    try await db.raw("SELECT pg_advisory_xact_lock(7275001)").run()
                }
                let existing = try await db.raw("SELECT version FROM schema_migrations WHERE version = \(bind: migration.version)").first()
                guard existing == nil else { return false }
                try await migration.prepare(on: db)
                try await db.raw(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: SQLTime.encode(now)))"
                ).run()
                return true
            }
            if ran {
                applied.append(migration.name)
                logger.info("migration applied", metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
            }
        }
        return applied
    }

    /// Versions recorded as applied, for `serviceportal migrate` and the health check.
    /// Whether every migration this binary knows is applied (an instance started before an upgrade
    /// migrated the database further is not ready with its older code's view, and the other way round).
    public func isCurrent() async throws -> Bool {
        Set(try await appliedVersions()) == Set(Migrations.all.map(\.version))
    }

    public func appliedVersions() async throws -> [Int] {
        try await database.reader.raw("SELECT version FROM schema_migrations ORDER BY version").all()
            .map { try $0.decode(column: "version", as: Int.self) }
    }
}
