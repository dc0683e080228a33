import Foundation
import PortalCore
import SQLKit

/// `SessionStore` on SQLite and PostgreSQL.
public struct SQLSessionStore: SessionStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func load(keyHash: String, now: Date) async throws -> (data: String, expiresAt: Date)? {
        guard
            let row = try await database.reader.raw(
                """
                SELECT data, expires_at FROM sessions WHERE key_hash = \(bind: keyHash) AND expires_at > \(bind: SQLTime.encode(now))
                """
            ).first()
        else { return nil }
        return (
            try database.cipher.open(text: row.decode(column: "data", as: String.self)), SQLTime.decode(try row.decode(column: "expires_at", as: Int64.self))
        )
    }

    public func save(keyHash: String, data: String, expiresAt: Date, owner: String?) async throws {
        let data = try database.cipher.seal(text: data)
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO sessions (key_hash, data, expires_at, owner) VALUES (\(bind: keyHash), \(bind: data), \(bind: SQLTime.encode(expiresAt)), \(bind: owner))
                ON CONFLICT (key_hash) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at, owner = excluded.owner
                """
            ).run()
        }
    }

    public func deleteAll(owner: String) async throws -> Int {
        try await database.write { db in
            try await db.raw("DELETE FROM sessions WHERE owner = \(bind: owner) RETURNING key_hash").all().count
        }
    }

    public func touch(keyHash: String, expiresAt: Date) async throws {
        try await database.write { db in
            try await db.raw("UPDATE sessions SET expires_at = \(bind: SQLTime.encode(expiresAt)) WHERE key_hash = \(bind: keyHash)").run()
        }
    }

    public func delete(keyHash: String) async throws {
        try await database.write { db in
            try await db.raw("DELETE FROM sessions WHERE key_hash = \(bind: keyHash)").run()
        }
    }

    public func deleteExpired(now: Date) async throws -> Int {
        try await database.write { db in
            try await db.raw("DELETE FROM sessions WHERE expires_at <= \(bind: SQLTime.encode(now)) RETURNING key_hash").all().count
        }
    }
}
