import Foundation
import PortalCore
import SQLKit

/// `ReviewStore` on SQLite and PostgreSQL.
public struct SQLReviewStore: ReviewStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func add(_ comment: DraftComment) async throws {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO draft_comments (id, draft_id, target, author, body, created_at, reply_to, resolved)
                VALUES (\(bind: comment.id.description), \(bind: comment.draftID.description), \(bind: comment.target), \(bind: comment.author),
                        \(bind: comment.text), \(bind: SQLTime.encode(comment.createdAt)), \(bind: comment.replyTo?.description), \(bind: comment.isResolved))
                """
            ).run()
        }
    }

    public func resolve(_ id: DraftComment.ID, of draft: FormDraft.ID) async throws {
        try await database.write { db in
            try await db.raw(
                """
                UPDATE draft_comments SET resolved = \(bind: true) WHERE id = \(bind: id.description) AND draft_id = \(bind: draft.description)
                """
            ).run()
        }
    }

    public func comments(of draft: FormDraft.ID) async throws -> [DraftComment] {
        try await database.reader.raw(
            """
            SELECT id, draft_id, target, author, body, created_at, reply_to, resolved FROM draft_comments
            WHERE draft_id = \(bind: draft.description) ORDER BY created_at, id
            """
        ).all().map { row in
            DraftComment(
                id: try StoredID.decode(row, "id"), draftID: try StoredID.decode(row, "draft_id"),
                target: try row.decode(column: "target", as: String.self), author: try row.decode(column: "author", as: String.self),
                text: try row.decode(column: "body", as: String.self),
                createdAt: SQLTime.decode(try row.decode(column: "created_at", as: Int64.self)),
                replyTo: try row.decodeNil(column: "reply_to") ? nil : try StoredID.decode(row, "reply_to"),
                isResolved: try row.decode(column: "resolved", as: Bool.self)
            )
        }
    }

    public func record(_ event: DraftEvent) async throws {
        let schema = try event.reviewedSchema.map { try JSONCoding.encode($0) }
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO draft_events (draft_id, at, actor, action, reviewed_schema)
                VALUES (\(bind: event.draftID.description), \(bind: SQLTime.encode(event.at)), \(bind: event.actor), \(bind: event.action.stored), \(bind: schema))
                """
            ).run()
        }
    }

    public func events(of draft: FormDraft.ID) async throws -> [DraftEvent] {
        try await database.reader.raw(
            """
            SELECT draft_id, at, actor, action, reviewed_schema FROM draft_events WHERE draft_id = \(bind: draft.description) ORDER BY at
            """
        ).all().map { row in
            DraftEvent(
                draftID: try StoredID.decode(row, "draft_id"), at: SQLTime.decode(try row.decode(column: "at", as: Int64.self)),
                actor: try row.decode(column: "actor", as: String.self), action: DraftEvent.Action(stored: try row.decode(column: "action", as: String.self)),
                reviewedSchema: try row.decode(column: "reviewed_schema", as: String?.self).map { try JSONCoding.decode(FormSchema.self, from: $0) })
        }
    }
}
