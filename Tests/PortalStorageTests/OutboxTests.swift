import Foundation
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Outbox store contract")
struct OutboxTests {
    @Test("A mail is stored with its delivery job; it is marked sent once and deleted after delivery only", arguments: TestDatabaseKind.allCases)
    func lifecycle(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let outbox = SQLOutbox(database: database)
            let jobs = SQLJobQueue(database: database)
            let mail = Mail(to: "erika@example.de", subject: "Ihre Nachricht ist eingegangen", body: "Grüße aus Müsterstadt")
            let job = Job(id: .init(UUID()), kind: .sendMail, payload: "mail-1", runAt: TestClock.now)
            try await outbox.add(mail, id: "mail-1", job: job, at: TestClock.now)
            #expect(try await jobs.job(id: job.id)?.payload == "mail-1")
            let stored = try #require(try await outbox.mail(id: "mail-1"))
            #expect(stored.mail == mail && stored.sentAt == nil)
            #expect(try await outbox.deleteSent(before: TestClock.now.addingTimeInterval(3600)) == 0, "undelivered mails stay")
            try await outbox.markSent(id: "mail-1", at: TestClock.now)
            try await outbox.markSent(id: "mail-1", at: TestClock.now.addingTimeInterval(60))
            let delivered = try #require(try await outbox.mail(id: "mail-1"))
            #expect(delivered.sentAt == TestClock.now)
            // Once delivered, neither the text (links, codes) nor the address stays; the subject does.
            #expect(delivered.mail.body == "" && delivered.mail.subject == mail.subject)
            #expect(delivered.mail.to.hasPrefix("sha256:") && delivered.mail.to.count == 71 && !delivered.mail.to.contains("erika"))
            #expect(try await outbox.deleteSent(before: TestClock.now) == 0)
            #expect(try await outbox.deleteSent(before: TestClock.now.addingTimeInterval(1)) == 1)
            #expect(try await outbox.mail(id: "mail-1") == nil)
        }
    }

    @Test("Attachments are stored with the mail, read back in order, and leave with the body once it is sent", arguments: TestDatabaseKind.allCases)
    func attachments(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let outbox = SQLOutbox(database: database)
            let pdf = Data([0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0x0A] + Array(repeating: 0x41, count: 3000))
            let mail = Mail(
                to: "wasser@landkreis.example", subject: "Neuer Antrag", body: "Siehe Anhang.",
                attachments: [
                    .init(name: "a.pdf", mediaType: "application/pdf", data: pdf), .init(name: "b.txt", mediaType: "text/plain", data: Data("b".utf8)),
                ])
            try await outbox.add(mail, id: "mail-a", job: Job(id: .init(UUID()), kind: .sendMail, payload: "mail-a", runAt: TestClock.now), at: TestClock.now)
            #expect(try await outbox.mail(id: "mail-a")?.mail == mail, "bytes unchanged, order kept")
            try await outbox.markSent(id: "mail-a", at: TestClock.now)
            #expect(try await outbox.mail(id: "mail-a")?.mail.attachments == [])
            try await outbox.add(mail, id: "mail-b", job: Job(id: .init(UUID()), kind: .sendMail, payload: "mail-b", runAt: TestClock.now), at: TestClock.now)
            #expect(try await outbox.deleteUndelivered(createdBefore: TestClock.now.addingTimeInterval(1)) == 1)
            let left = try await database.reader.raw("SELECT COUNT(*) AS n FROM outbox_attachments").first()?.decode(column: "n", as: Int.self)
            #expect(left == 0)
        }
    }

    @Test("A mail never delivered is deleted a day after it was queued; delivered ones are not touched by that", arguments: TestDatabaseKind.allCases)
    func undelivered(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let outbox = SQLOutbox(database: database)
            for id in ["offen", "zugestellt"] {
                try await outbox.add(
                    Mail(to: "erika@example.de", subject: "Zugangscode", body: "Ihr Code: K7QM-4XD2-9ABC"), id: id,
                    job: Job(id: .init(UUID()), kind: .sendMail, payload: id, runAt: TestClock.now), at: TestClock.now)
            }
            try await outbox.markSent(id: "zugestellt", at: TestClock.now)
            #expect(try await outbox.deleteUndelivered(createdBefore: TestClock.now) == 0)
            #expect(try await outbox.deleteUndelivered(createdBefore: TestClock.now.addingTimeInterval(1)) == 1)
            #expect(try await outbox.mail(id: "offen") == nil)
            #expect(try await outbox.mail(id: "zugestellt") != nil)
        }
    }
}
