import Crypto
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
            try await Self.add(mail, id: id, job: job, at: instant, cipher: database.cipher, on: db)
        }
    }

    static func add(_ mail: Mail, id: String, job: Job, at instant: Date, cipher: DataCipher, on db: any SQLDatabase) async throws {
        try await add([(Filing.QueuedMail(id: id, mail: mail, job: job), instant)], cipher: cipher, on: db)
        try await SQLJobQueue.insert(job, now: instant, on: db)
    }

    /// Stores mails in one statement inside a caller's transaction (filing); their delivery jobs
    /// are the caller's to insert.
    static func add(_ mails: [(queued: Filing.QueuedMail, at: Date)], cipher: DataCipher, on db: any SQLDatabase) async throws {
        guard !mails.isEmpty else { return }
        var sql: SQLQueryString = "INSERT INTO outbox_mails (id, recipient, subject, body, created_at) VALUES "
        for (index, (queued, instant)) in mails.enumerated() {
            if index > 0 { sql += ", " }
            // The body may carry an access code or a link that signs in: sealed like the answers.
            let body = try cipher.seal(text: queued.mail.body)
            sql += "(\(bind: queued.id), \(bind: queued.mail.to), \(bind: queued.mail.subject), \(bind: body), \(bind: SQLTime.encode(instant)))"
        }
        try await db.raw(sql).run()
        for (queued, _) in mails {
            for (position, attachment) in queued.mail.attachments.enumerated() {
                let content = try cipher.seal(attachment.data)
                try await db.raw(
                    """
                    INSERT INTO outbox_attachments (mail_id, position, name, media_type, content, key_id)
                    VALUES (\(bind: queued.id), \(bind: position), \(bind: attachment.name), \(bind: attachment.mediaType), \(bind: content.data),
                            \(bind: content.keyID))
                    """
                ).run()
            }
        }
    }

    public func mail(id: String) async throws -> (mail: Mail, sentAt: Date?)? {
        guard
            let row = try await database.reader.raw(
                """
                SELECT recipient, subject, body, sent_at FROM outbox_mails WHERE id = \(bind: id)
                """
            ).first()
        else { return nil }
        let attachments = try await database.reader.raw(
            "SELECT name, media_type, content, key_id FROM outbox_attachments WHERE mail_id = \(bind: id) ORDER BY position"
        ).all().map { row in
            Mail.Attachment(
                name: try row.decode(column: "name", as: String.self), mediaType: try row.decode(column: "media_type", as: String.self),
                data: try database.cipher.open(row.decode(column: "content", as: Data.self), keyID: row.decode(column: "key_id", as: String?.self)))
        }
        return (
            Mail(
                to: try row.decode(column: "recipient", as: String.self), subject: try row.decode(column: "subject", as: String.self),
                body: try database.cipher.open(text: row.decode(column: "body", as: String.self)), attachments: attachments),
            try row.decode(column: "sent_at", as: Int64?.self).map(SQLTime.decode)
        )
    }

    /// Once delivered, a mail keeps only what answers "did it go out?": subject, time and a hash of
    /// the recipient. The body (links, access codes), its attachments and the address are gone.
    public func markSent(id: String, at instant: Date) async throws {
        guard
            let recipient = try await database.reader.raw("SELECT recipient FROM outbox_mails WHERE id = \(bind: id)").first()?
                .decode(column: "recipient", as: String.self)
        else { return }
        let hashed = Self.recipientHash(recipient)
        try await database.write { db in
            try await db.raw(
                """
                UPDATE outbox_mails SET sent_at = COALESCE(sent_at, \(bind: SQLTime.encode(instant))), body = '', recipient = \(bind: hashed)
                WHERE id = \(bind: id)
                """
            ).run()
            try await db.raw("DELETE FROM outbox_attachments WHERE mail_id = \(bind: id)").run()
        }
    }

    /// `sha256:` and the hex digest of the lower-cased address; an already hashed one stays as it is.
    static func recipientHash(_ recipient: String) -> String {
        guard !recipient.hasPrefix("sha256:") else { return recipient }
        return "sha256:" + SHA256.hash(data: Data(recipient.lowercased().utf8)).map { String(format: "%02x", $0) }.joined()
    }

    public func deleteUndelivered(createdBefore instant: Date) async throws -> Int {
        try await database.write { db in
            let removed = try await db.raw(
                """
                DELETE FROM outbox_mails WHERE sent_at IS NULL AND created_at < \(bind: SQLTime.encode(instant)) RETURNING id
                """
            ).all()
            try await db.raw("DELETE FROM outbox_attachments WHERE mail_id NOT IN (SELECT id FROM outbox_mails WHERE sent_at IS NULL)").run()
            return removed.count
        }
    }

    public func waitingCount() async throws -> Int {
        try await database.reader.raw("SELECT COUNT(*) AS n FROM outbox_mails WHERE sent_at IS NULL").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    public func deleteSent(before instant: Date) async throws -> Int {
        try await database.write { db in
            try await db.raw(
                """
                DELETE FROM outbox_mails WHERE sent_at IS NOT NULL AND sent_at < \(bind: SQLTime.encode(instant)) RETURNING id
                """
            ).all().count
        }
    }
}
