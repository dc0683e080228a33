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
            PortalPage(
                slug: try row.decode(column: "slug", as: String.self), title: try row.decode(column: "title", as: String.self),
                body: try row.decode(column: "body", as: String.self),
                updatedAt: SQLTime.decode(try row.decode(column: "updated_at", as: Int64.self)))
        }
    }

    public func save(_ page: PortalPage) async throws {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO portal_pages (slug, title, body, updated_at) VALUES (\(bind: page.slug), \(bind: page.title), \(bind: page.body), \(bind: SQLTime.encode(page.updatedAt)))
                ON CONFLICT (slug) DO UPDATE SET title = excluded.title, body = excluded.body, updated_at = excluded.updated_at
                """
            ).run()
        }
    }

    public func signLanguageVideos() async throws -> [SignLanguageVideo] {
        try await database.reader.raw("SELECT id, title, transcript, video, captions, added_at FROM sign_language_videos ORDER BY added_at, id")
            .all().map(Self.video)
    }

    public func signLanguageVideo(id: SignLanguageVideo.ID) async throws -> SignLanguageVideo? {
        try await database.reader.raw("SELECT id, title, transcript, video, captions, added_at FROM sign_language_videos WHERE id = \(bind: id.description)")
            .first().map(Self.video)
    }

    public func add(_ video: SignLanguageVideo) async throws {
        let file = try JSONCoding.encode(video.video)
        let captions = try JSONCoding.encode(video.captions)
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO sign_language_videos (id, title, transcript, video, captions, added_at)
                VALUES (\(bind: video.id.description), \(bind: video.title), \(bind: video.transcript), \(bind: file), \(bind: captions), \(bind: SQLTime.encode(video.addedAt)))
                """
            ).run()
        }
    }

    public func removeSignLanguageVideo(_ id: SignLanguageVideo.ID) async throws -> SignLanguageVideo? {
        try await database.write { db in
            guard
                let row = try await db.raw(
                    "SELECT id, title, transcript, video, captions, added_at FROM sign_language_videos WHERE id = \(bind: id.description)"
                ).first()
            else { return nil }
            try await db.raw("DELETE FROM sign_language_videos WHERE id = \(bind: id.description)").run()
            return try Self.video(row)
        }
    }

    static func video(_ row: any SQLRow) throws -> SignLanguageVideo {
        SignLanguageVideo(
            id: try StoredID.decode(row, "id"), title: try row.decode(column: "title", as: String.self),
            transcript: try row.decode(column: "transcript", as: String.self),
            video: try JSONCoding.decode(UploadedFile.self, from: row.decode(column: "video", as: String.self)),
            captions: try JSONCoding.decode(UploadedFile.self, from: row.decode(column: "captions", as: String.self)),
            addedAt: SQLTime.decode(try row.decode(column: "added_at", as: Int64.self))
        )
    }
}
