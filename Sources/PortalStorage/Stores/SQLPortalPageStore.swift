import Foundation
import PortalCore
import SQLKit

/// `PortalPageStore` on SQLite and PostgreSQL.
public struct SQLPortalPageStore: PortalPageStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func page(slug: String) async throws -> PortalPage? {
        try await database.reader.raw("SELECT slug, title, body, updated_at FROM portal_pages WHERE slug = \(bind: slug)").first().map { row in
            PortalPage(slug: try row.decode(column: "slug", as: String.self), title: try row.decode(column: "title", as: String.self),
                       body: try row.decode(column: "body", as: String.self),
                       updatedAt: SQLTime.decode(try row.decode(column: "updated_at", as: Int64.self)))
        }
    }

    public func save(_ page: PortalPage) async throws {
        try await database.write { db in
            try await db.raw("""
                INSERT INTO portal_pages (slug, title, body, updated_at) VALUES (\(bind: page.slug), \(bind: page.title), \(bind: page.body), \(bind: SQLTime.encode(page.updatedAt)))
                ON CONFLICT (slug) DO UPDATE SET title = excluded.title, body = excluded.body, updated_at = excluded.updated_at
                """).run()
        }
    }
}
