import Foundation
import PortalCore
import SQLKit

/// `CatalogStore` on SQLite and PostgreSQL.
public struct SQLCatalogStore: CatalogStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func publishedServices() async throws -> [Service] {
        try await database.reader.raw("SELECT content FROM services WHERE is_published = \(bind: true) ORDER BY title, slug").all()
            .map(Self.service)
    }

    public func service(slug: String) async throws -> Service? {
        try await database.reader.raw("SELECT content FROM services WHERE slug = \(bind: slug)").first().map(Self.service)
    }

    public func service(id: Service.ID) async throws -> Service? {
        try await database.reader.raw("SELECT content FROM services WHERE id = \(bind: id.description)").first().map(Self.service)
    }

    public func save(_ service: Service) async throws {
        let content = try JSONCoding.encode(service)
        try await database.write { db in
            try await db.raw("""
                INSERT INTO services (id, slug, title, org_unit_id, is_published, content)
                VALUES (\(bind: service.id.description), \(bind: service.slug), \(bind: service.title), \(bind: service.orgUnitID.description), \(bind: service.isPublished), \(bind: content))
                ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, title = excluded.title,
                    org_unit_id = excluded.org_unit_id, is_published = excluded.is_published, content = excluded.content
                """).run()
        }
    }

    public func publish(_ version: FormVersion) async throws {
        let schema = try JSONCoding.encode(version.schema)
        try await database.write { db in
            try await db.raw("""
                INSERT INTO form_versions (id, service_id, number, schema, published_at)
                VALUES (\(bind: version.id.description), \(bind: version.serviceID.description), \(bind: version.number), \(bind: schema), \(bind: SQLTime.encode(version.publishedAt)))
                """).run()
        }
    }

    public func currentFormVersion(of service: Service.ID) async throws -> FormVersion? {
        try await database.reader.raw("""
            SELECT id, service_id, number, schema, published_at FROM form_versions
            WHERE service_id = \(bind: service.description) ORDER BY number DESC LIMIT 1
            """).first().map(Self.formVersion)
    }

    public func formVersion(id: FormVersion.ID) async throws -> FormVersion? {
        try await database.reader.raw("""
            SELECT id, service_id, number, schema, published_at FROM form_versions WHERE id = \(bind: id.description)
            """).first().map(Self.formVersion)
    }

    static func service(_ row: any SQLRow) throws -> Service {
        try JSONCoding.decode(Service.self, from: row.decode(column: "content", as: String.self))
    }

    static func formVersion(_ row: any SQLRow) throws -> FormVersion {
        FormVersion(
            id: try StoredID.decode(row, "id"),
            serviceID: try StoredID.decode(row, "service_id"),
            number: try row.decode(column: "number", as: Int.self),
            schema: try JSONCoding.decode(FormSchema.self, from: row.decode(column: "schema", as: String.self)),
            publishedAt: SQLTime.decode(try row.decode(column: "published_at", as: Int64.self))
        )
    }
}
