import Foundation
import PortalCore
import SQLKit

/// `CatalogStore` on SQLite and PostgreSQL.
public struct SQLCatalogStore: CatalogStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func stamp() async throws -> Int64 {
        try await CatalogStamp.read(on: database.reader)
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
            try await db.raw(
                """
                INSERT INTO services (id, slug, title, org_unit_id, is_published, content)
                VALUES (\(bind: service.id.description), \(bind: service.slug), \(bind: service.title), \(bind: service.orgUnitID.description), \(bind: service.isPublished), \(bind: content))
                ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, title = excluded.title,
                    org_unit_id = excluded.org_unit_id, is_published = excluded.is_published, content = excluded.content
                """
            ).run()
            try await CatalogStamp.advance(on: db)
        }
    }

    public func publish(_ version: FormVersion) async throws {
        let schema = try JSONCoding.encode(version.schema)
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO form_versions (id, service_id, number, schema, published_at)
                VALUES (\(bind: version.id.description), \(bind: version.serviceID.description), \(bind: version.number), \(bind: schema), \(bind: SQLTime.encode(version.publishedAt)))
                """
            ).run()
            try await CatalogStamp.advance(on: db)
        }
    }

    public func currentFormVersion(of service: Service.ID) async throws -> FormVersion? {
        try await database.reader.raw(
            """
            SELECT id, service_id, number, schema, published_at FROM form_versions
            WHERE service_id = \(bind: service.description) AND number > 0 ORDER BY number DESC LIMIT 1
            """
        ).first().map(Self.formVersion)
    }

    public func formVersion(id: FormVersion.ID) async throws -> FormVersion? {
        try await database.reader.raw(
            """
            SELECT id, service_id, number, schema, published_at FROM form_versions WHERE id = \(bind: id.description)
            """
        ).first().map(Self.formVersion)
    }

    public func saveDraft(_ draft: FormDraft, creating service: Service?) async throws {
        let schema = try JSONCoding.encode(draft.schema)
        let notes = try JSONCoding.encode(draft.notes)
        let warnings = try JSONCoding.encode(draft.warnings)
        let content = try service.map { try JSONCoding.encode($0) }
        try await database.write { db in
            if let service, let content {
                try await db.raw(
                    """
                    INSERT INTO services (id, slug, title, org_unit_id, is_published, content)
                    VALUES (\(bind: service.id.description), \(bind: service.slug), \(bind: service.title), \(bind: service.orgUnitID.description), \(bind: service.isPublished), \(bind: content))
                    """
                ).run()
                try await CatalogStamp.advance(on: db)
            }
            try await db.raw(
                """
                INSERT INTO form_drafts (id, service_id, schema, source, notes, warnings, created_at, review_state)
                VALUES (\(bind: draft.id.description), \(bind: draft.serviceID.description), \(bind: schema), \(bind: draft.source),
                        \(bind: notes), \(bind: warnings), \(bind: SQLTime.encode(draft.createdAt)), \(bind: draft.reviewState.rawValue))
                """
            ).run()
        }
    }

    public func drafts(of service: Service.ID) async throws -> [FormDraft] {
        try await database.reader.raw(
            """
            SELECT id, service_id, schema, source, notes, warnings, created_at, revision, review_state FROM form_drafts
            WHERE service_id = \(bind: service.description) ORDER BY created_at DESC, id DESC
            """
        ).all().map { row in
            FormDraft(
                id: try StoredID.decode(row, "id"), serviceID: try StoredID.decode(row, "service_id"),
                schema: try JSONCoding.decode(FormSchema.self, from: row.decode(column: "schema", as: String.self)),
                source: try row.decode(column: "source", as: String.self),
                notes: try JSONCoding.decode([String].self, from: row.decode(column: "notes", as: String.self)),
                warnings: try JSONCoding.decode([String].self, from: row.decode(column: "warnings", as: String.self)),
                createdAt: SQLTime.decode(try row.decode(column: "created_at", as: Int64.self)),
                revision: try row.decode(column: "revision", as: Int.self),
                reviewState: ReviewState(rawValue: try row.decode(column: "review_state", as: String.self)) ?? .editing
            )
        }
    }

    public func archivePrivacy(_ statement: PrivacyStatement, of service: Service.ID) async throws {
        let content = try JSONCoding.encode(statement)
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO privacy_statements (service_id, version, content) VALUES (\(bind: service.description), \(bind: statement.version), \(bind: content))
                ON CONFLICT (service_id, version) DO NOTHING
                """
            ).run()
        }
    }

    public func privacyStatement(of service: Service.ID, version: Int) async throws -> PrivacyStatement? {
        try await database.reader.raw(
            """
            SELECT content FROM privacy_statements WHERE service_id = \(bind: service.description) AND version = \(bind: version)
            """
        ).first().map { try JSONCoding.decode(PrivacyStatement.self, from: $0.decode(column: "content", as: String.self)) }
    }

    public func formVersions(of service: Service.ID) async throws -> [FormVersion] {
        try await database.reader.raw(
            """
            SELECT id, service_id, number, schema, published_at FROM form_versions
            WHERE service_id = \(bind: service.description) AND number > 0 ORDER BY number DESC
            """
        ).all().map(Self.formVersion)
    }

    public func deleteDraft(_ id: FormDraft.ID) async throws {
        try await database.write { db in
            try await db.raw("DELETE FROM form_drafts WHERE id = \(bind: id.description)").run()
        }
    }

    public func services(of orgUnits: Set<OrgUnit.ID>) async throws -> [Service] {
        guard !orgUnits.isEmpty else { return [] }
        let ids = orgUnits.map { SQLBind($0.description) }
        return try await database.reader.raw(
            """
            SELECT content FROM services WHERE org_unit_id IN (\(SQLList(ids))) ORDER BY title, slug
            """
        ).all().map(Self.service)
    }

    public func updateDraft(_ draft: FormDraft) async throws {
        let schema = try JSONCoding.encode(draft.schema)
        let changed = try await database.write { db in
            try await db.raw(
                """
                UPDATE form_drafts SET schema = \(bind: schema), review_state = \(bind: draft.reviewState.rawValue), revision = revision + 1
                WHERE id = \(bind: draft.id.description) AND revision = \(bind: draft.revision) RETURNING id
                """
            ).all().count
        }
        if changed == 0 { throw EditConflict() }
    }

    public func publish(_ draft: FormDraft, versionID: FormVersion.ID, at instant: Date) async throws -> Int {
        let schema = try JSONCoding.encode(draft.schema)
        let number = try await database.write { db -> Int in
            let gone = try await db.raw(
                """
                DELETE FROM form_drafts WHERE id = \(bind: draft.id.description) AND revision = \(bind: draft.revision) RETURNING id
                """
            ).all().count
            guard gone == 1 else { return 0 }
            let next =
                try await db.raw(
                    """
                    SELECT COALESCE(MAX(number), 0) + 1 AS next FROM form_versions WHERE service_id = \(bind: draft.serviceID.description) AND number > 0
                    """
                ).first()?.decode(column: "next", as: Int.self) ?? 1
            try await db.raw(
                """
                INSERT INTO form_versions (id, service_id, number, schema, published_at)
                VALUES (\(bind: versionID.description), \(bind: draft.serviceID.description), \(bind: next), \(bind: schema), \(bind: SQLTime.encode(instant)))
                """
            ).run()
            try await Self.modify(draft.serviceID, on: db) { $0.isPublished = true }
            return next
        }
        if number == 0 { throw EditConflict() }
        return number
    }

    public func saveTestCopy(of draft: FormDraft, id: FormVersion.ID, at instant: Date) async throws -> FormVersion {
        let schema = try JSONCoding.encode(draft.schema)
        return try await database.write { db in
            let number =
                try await db.raw(
                    """
                    SELECT COALESCE(MIN(number), 0) - 1 AS next FROM form_versions WHERE service_id = \(bind: draft.serviceID.description) AND number < 0
                    """
                ).first()?.decode(column: "next", as: Int.self) ?? -1
            try await db.raw(
                """
                INSERT INTO form_versions (id, service_id, number, schema, published_at)
                VALUES (\(bind: id.description), \(bind: draft.serviceID.description), \(bind: number), \(bind: schema), \(bind: SQLTime.encode(instant)))
                """
            ).run()
            return FormVersion(id: id, serviceID: draft.serviceID, number: number, schema: draft.schema, publishedAt: instant)
        }
    }

    public func modifyService(_ id: Service.ID, _ change: @escaping @Sendable (inout Service) throws -> Void) async throws {
        try await database.write { db in try await Self.modify(id, on: db, change) }
    }

    static func modify(_ id: Service.ID, on db: any SQLDatabase, _ change: (inout Service) throws -> Void) async throws {
        guard let row = try await db.raw("SELECT content FROM services WHERE id = \(bind: id.description)").first() else { throw NotFound("service \(id)") }
        var service = try Self.service(row)
        try change(&service)
        let content = try JSONCoding.encode(service)
        try await db.raw(
            """
            UPDATE services SET slug = \(bind: service.slug), title = \(bind: service.title), org_unit_id = \(bind: service.orgUnitID.description),
                is_published = \(bind: service.isPublished), content = \(bind: content)
            WHERE id = \(bind: id.description)
            """
        ).run()
        try await CatalogStamp.advance(on: db)
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
