import Foundation
import PortalCore
import SQLKit

/// `APIKeyStore` on SQLite and PostgreSQL.
public struct SQLAPIKeyStore: APIKeyStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    static let columns = "id, org_unit_id, name, secret_hash, created_at, scopes, last_used_at, revoked_at"

    public func save(_ key: APIKey) async throws {
        let scopes = key.scopes.map(\.rawValue).sorted().joined(separator: ",")
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO api_keys (id, org_unit_id, name, secret_hash, created_at, scopes)
                VALUES (\(bind: key.id.description), \(bind: key.orgUnitID.description), \(bind: key.name), \(bind: key.secretHash),
                        \(bind: SQLTime.encode(key.createdAt)), \(bind: scopes))
                """
            ).run()
        }
    }

    public func key(secretHash: String) async throws -> APIKey? {
        try await database.reader.raw(
            "SELECT \(unsafeRaw: Self.columns) FROM api_keys WHERE secret_hash = \(bind: secretHash) AND revoked_at IS NULL"
        ).first().map(Self.key)
    }

    public func keys() async throws -> [APIKey] {
        try await database.reader.raw("SELECT \(unsafeRaw: Self.columns) FROM api_keys ORDER BY created_at DESC, name").all().map(Self.key)
    }

    public func revoke(_ id: APIKey.ID, at instant: Date) async throws -> Bool {
        try await database.write { db in
            try await !db.raw(
                """
                UPDATE api_keys SET revoked_at = \(bind: SQLTime.encode(instant)) WHERE id = \(bind: id.description) AND revoked_at IS NULL RETURNING id
                """
            ).all().isEmpty
        }
    }

    public func recordUse(of id: APIKey.ID, at instant: Date) async throws {
        try await database.write { db in
            try await db.raw("UPDATE api_keys SET last_used_at = \(bind: SQLTime.encode(instant)) WHERE id = \(bind: id.description)").run()
        }
    }

    static func key(_ row: any SQLRow) throws -> APIKey {
        APIKey(
            id: try StoredID.decode(row, "id"),
            orgUnitID: try StoredID.decode(row, "org_unit_id"),
            name: try row.decode(column: "name", as: String.self),
            secretHash: try row.decode(column: "secret_hash", as: String.self),
            createdAt: SQLTime.decode(try row.decode(column: "created_at", as: Int64.self)),
            scopes: Set(try row.decode(column: "scopes", as: String.self).split(separator: ",").compactMap { APIKey.Scope(rawValue: String($0)) }),
            lastUsedAt: try row.decode(column: "last_used_at", as: Int64?.self).map(SQLTime.decode),
            revokedAt: try row.decode(column: "revoked_at", as: Int64?.self).map(SQLTime.decode)
        )
    }
}
