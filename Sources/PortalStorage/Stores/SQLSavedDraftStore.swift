import Foundation
import PortalCore
import SQLKit

/// `SavedDraftStore` on SQLite and PostgreSQL.
public struct SQLSavedDraftStore: SavedDraftStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func save(_ draft: SavedDraft) async throws {
        let data = try database.cipher.seal(text: draft.data)
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO saved_drafts (id, token_hash, service_id, form_version_id, data, saved_at, expires_at)
                VALUES (\(bind: draft.id), \(bind: draft.tokenHash), \(bind: draft.serviceID.description), \(bind: draft.formVersionID.description),
                        \(bind: data), \(bind: SQLTime.encode(draft.savedAt)), \(bind: SQLTime.encode(draft.expiresAt)))
                ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash, form_version_id = excluded.form_version_id,
                    data = excluded.data, saved_at = excluded.saved_at, expires_at = excluded.expires_at
                """
            ).run()
        }
    }

    public func draft(tokenHash: String, now: Date) async throws -> SavedDraft? {
        guard
            let row = try await database.reader.raw(
                """
                SELECT id, token_hash, service_id, form_version_id, data, saved_at, expires_at FROM saved_drafts
                WHERE token_hash = \(bind: tokenHash) AND expires_at > \(bind: SQLTime.encode(now))
                """
            ).first()
        else { return nil }
        return SavedDraft(
            id: try row.decode(column: "id", as: String.self), tokenHash: try row.decode(column: "token_hash", as: String.self),
            serviceID: try StoredID.decode(row, "service_id"), formVersionID: try StoredID.decode(row, "form_version_id"),
            data: try database.cipher.open(text: row.decode(column: "data", as: String.self)),
            savedAt: SQLTime.decode(try row.decode(column: "saved_at", as: Int64.self)),
            expiresAt: SQLTime.decode(try row.decode(column: "expires_at", as: Int64.self))
        )
    }

    public func delete(id: String) async throws {
        try await database.write { db in
            try await Self.delete(id: id, on: db)
        }
    }

    static func delete(id: String, on db: any SQLDatabase) async throws {
        try await delete(ids: [id], on: db)
    }

    /// Deletes inside a caller's transaction (filings of one group commit).
    static func delete(ids: [String], on db: any SQLDatabase) async throws {
        guard !ids.isEmpty else { return }
        try await db.raw("DELETE FROM saved_drafts WHERE id IN (\(binds: ids))").run()
    }

    public func deleteExpired(now: Date) async throws -> Int {
        try await database.write { db in
            try await db.raw("DELETE FROM saved_drafts WHERE expires_at <= \(bind: SQLTime.encode(now)) RETURNING id").all().count
        }
    }
}
