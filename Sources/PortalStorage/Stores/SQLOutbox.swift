import Foundation
import PortalCore
import SQLKit

/// `Outbox` on SQLite and PostgreSQL.
public struct SQLOutbox: Outbox {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func add(_ mail: Mail, id: String, job: Job, at instant: Date) async throws {
        try await database.write { db in
            try await db.raw("""
                INSERT INTO outbox_mails (id, recipient, subject, body, created_at)
                VALUES (\(bind: id), \(bind: mail.to), \(bind: mail.subject), \(bind: mail.body), \(bind: SQLTime.encode(instant)))
                """).run()
            try await SQLJobQueue.insert(job, now: instant, on: db)
        }
    }

    public func mail(id: String) async throws -> (mail: Mail, sentAt: Date?)? {
        guard let row = try await database.reader.raw("""
            SELECT recipient, subject, body, sent_at FROM outbox_mails WHERE id = \(bind: id)
            """).first() else { return nil }
        return (
            Mail(to: try row.decode(column: "recipient", as: String.self), subject: try row.decode(column: "subject", as: String.self),
                 body: try row.decode(column: "body", as: String.self)),
            try row.decode(column: "sent_at", as: Int64?.self).map(SQLTime.decode)
        )
    }

    public func markSent(id: String, at instant: Date) async throws {
        try await database.write { db in
            try await db.raw("UPDATE outbox_mails SET sent_at = COALESCE(sent_at, \(bind: SQLTime.encode(instant))) WHERE id = \(bind: id)").run()
        }
    }

    public func deleteSent(before instant: Date) async throws -> Int {
        try await database.write { db in
            try await db.raw("""
                DELETE FROM outbox_mails WHERE sent_at IS NOT NULL AND sent_at < \(bind: SQLTime.encode(instant)) RETURNING id
                """).all().count
        }
    }
}
