import Foundation
import PortalCore
import SQLKit

/// `APIKeyStore` on SQLite and PostgreSQL.
public struct SQLAPIKeyStore: APIKeyStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func save(_ key: APIKey) async throws {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO api_keys (id, org_unit_id, name, secret_hash, created_at)
                VALUES (\(bind: key.id.description), \(bind: key.orgUnitID.description), \(bind: key.name), \(bind: key.secretHash), \(bind: SQLTime.encode(key.createdAt)))
                """
            ).run()
        }
    }

    public func key(secretHash: String) async throws -> APIKey? {
        try await database.reader.raw(
            """
            SELECT id, org_unit_id, name, secret_hash, created_at FROM api_keys
            WHERE secret_hash = \(bind: secretHash) AND revoked_at IS NULL
            """
        ).first().map { row in
            APIKey(
                id: try StoredID.decode(row, "id"),
                orgUnitID: try StoredID.decode(row, "org_unit_id"),
                name: try row.decode(column: "name", as: String.self),
                secretHash: try row.decode(column: "secret_hash", as: String.self),
                createdAt: SQLTime.decode(try row.decode(column: "created_at", as: Int64.self))
            )
        }
    }
}
