import Foundation
import PortalCore
import SQLKit

/// `InternalNoteStore` on SQLite and PostgreSQL.
public struct SQLInternalNoteStore: InternalNoteStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func add(_ note: InternalNote) async throws {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO internal_notes (id, submission_id, author_id, body, created_at)
                VALUES (\(bind: note.id.description), \(bind: note.submissionID.description), \(bind: note.authorID.description), \(bind: note.body),
                        \(bind: SQLTime.encode(note.createdAt)))
                """
            ).run()
        }
    }

    public func notes(of submission: Submission.ID) async throws -> [InternalNote] {
        try await database.reader.raw(
            """
            SELECT id, submission_id, author_id, body, created_at FROM internal_notes
            WHERE submission_id = \(bind: submission.description) ORDER BY created_at, id
            """
        ).all().map { row in
            InternalNote(
                id: try StoredID.decode(row, "id"), submissionID: try StoredID.decode(row, "submission_id"), authorID: try StoredID.decode(row, "author_id"),
                body: try row.decode(column: "body", as: String.self), createdAt: SQLTime.decode(try row.decode(column: "created_at", as: Int64.self)))
        }
    }
}
