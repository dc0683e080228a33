import Foundation
import PortalCore
import SQLKit

/// `SavedInboxFilterStore` on SQLite and PostgreSQL.
public struct SQLSavedInboxFilterStore: SavedInboxFilterStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func save(_ filter: SavedInboxFilter) async throws {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO saved_inbox_filters (id, user_id, name, path, created_at)
                VALUES (\(bind: filter.id.description), \(bind: filter.userID.description), \(bind: filter.name), \(bind: filter.path),
                        \(bind: SQLTime.encode(filter.createdAt)))
                """
            ).run()
        }
    }

    public func filters(of user: StaffUser.ID) async throws -> [SavedInboxFilter] {
        try await database.reader.raw(
            "SELECT id, user_id, name, path, created_at FROM saved_inbox_filters WHERE user_id = \(bind: user.description) ORDER BY name, created_at"
        ).all().map { row in
            SavedInboxFilter(
                id: try StoredID.decode(row, "id"), userID: try StoredID.decode(row, "user_id"), name: try row.decode(column: "name", as: String.self),
                path: try row.decode(column: "path", as: String.self), createdAt: SQLTime.decode(try row.decode(column: "created_at", as: Int64.self)))
        }
    }

    public func delete(_ id: SavedInboxFilter.ID, of user: StaffUser.ID) async throws -> Bool {
        try await database.write { db in
            try await !db.raw(
                "DELETE FROM saved_inbox_filters WHERE id = \(bind: id.description) AND user_id = \(bind: user.description) RETURNING id"
            ).all().isEmpty
        }
    }
}
