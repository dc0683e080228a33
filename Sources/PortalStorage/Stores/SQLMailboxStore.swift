import Foundation
import PortalCore
import SQLKit

/// `MailboxStore` on SQLite and PostgreSQL.
public struct SQLMailboxStore: MailboxStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func add(_ message: CaseMessage, auditActor: String?) async throws {
        let attachments = try JSONCoding.encode(message.attachments)
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO case_messages (id, submission_id, from_applicant, author, body, sent_at, attachments)
                VALUES (\(bind: message.id.description), \(bind: message.submissionID.description), \(bind: message.fromApplicant),
                        \(bind: message.author), \(bind: message.body), \(bind: SQLTime.encode(message.sentAt)), \(bind: attachments))
                """
            ).run()
            if let auditActor {
                try await db.raw(
                    """
                    INSERT INTO audit_events (id, actor, action, submission_id, at)
                    VALUES (\(bind: UUID().uuidString.lowercased()), \(bind: auditActor), 'message.sent', \(bind: message.submissionID.description), \(bind: SQLTime.encode(message.sentAt)))
                    """
                ).run()
            }
        }
    }

    public func messages(of submission: Submission.ID) async throws -> [CaseMessage] {
        try await database.reader.raw(
            """
            SELECT id, submission_id, from_applicant, author, body, sent_at, read_at, attachments FROM case_messages
            WHERE submission_id = \(bind: submission.description) ORDER BY sent_at, id
            """
        ).all().map { row in
            CaseMessage(
                id: try StoredID.decode(row, "id"), submissionID: try StoredID.decode(row, "submission_id"),
                fromApplicant: try row.decode(column: "from_applicant", as: Bool.self), author: try row.decode(column: "author", as: String.self),
                body: try row.decode(column: "body", as: String.self), sentAt: SQLTime.decode(try row.decode(column: "sent_at", as: Int64.self)),
                readAt: try row.decode(column: "read_at", as: Int64?.self).map(SQLTime.decode),
                attachments: try row.decode(column: "attachments", as: String?.self).map { try JSONCoding.decode([UploadedFile].self, from: $0) } ?? []
            )
        }
    }

    public func markRead(of submission: Submission.ID, byApplicant: Bool, at instant: Date) async throws {
        try await database.write { db in
            try await db.raw(
                """
                UPDATE case_messages SET read_at = \(bind: SQLTime.encode(instant))
                WHERE submission_id = \(bind: submission.description) AND from_applicant = \(bind: !byApplicant) AND read_at IS NULL
                """
            ).run()
        }
    }

    public func unreadFromApplicants(_ submissions: [Submission.ID]) async throws -> [Submission.ID: Int] {
        guard !submissions.isEmpty else { return [:] }
        var counts: [Submission.ID: Int] = [:]
        for row in try await database.reader.raw(
            """
            SELECT submission_id, COUNT(*) AS n FROM case_messages
            WHERE submission_id IN (\(binds: submissions.map(\.description))) AND from_applicant AND read_at IS NULL GROUP BY submission_id
            """
        ).all() {
            counts[try StoredID.decode(row, "submission_id")] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }
}
