import Foundation
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import SQLKit
import Testing

@Suite("Filing: one transaction for everything an application writes")
struct FilingTests {
    /// Each write of a filing, in order, as the table and statement a trigger can refuse.
    static let parts: [(table: String, event: String)] = [
        ("submissions", "INSERT"), ("submission_terms", "INSERT"), ("deliveries", "INSERT"), ("jobs", "INSERT"), ("uploads", "UPDATE"),
        ("saved_drafts", "DELETE"), ("outbox_mails", "INSERT"), ("rate_limits", "INSERT"),
    ]

    @Test("A failure at any part leaves nothing of the filing and the draft as it was; without one, everything is there", arguments: TestDatabaseKind.allCases)
    func allOrNothing(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let portal = test.portal
            let draftID = "draft-filing"
            let version = DemoCatalog.version(of: DemoCatalog.wellDrilling, schema: DemoCatalog.wellDrillingForm, publishedAt: TestClock.now)
            try await portal.savedDrafts.save(
                SavedDraft(
                    id: draftID, tokenHash: "hash", serviceID: DemoCatalog.wellDrilling.id, formVersionID: version.id, data: "{}",
                    savedAt: TestClock.now, expiresAt: TestClock.now.addingTimeInterval(86_400)
                ))
            let (url, _) = try UploadStoreTests.temporaryFile(bytes: 1000)
            defer { try? FileManager.default.removeItem(at: url) }
            let plan = UploadStoreTests.file(1, size: 1000)
            try await portal.uploads.save(
                plan, field: "lageplan", owner: draftID, expiresAt: TestClock.now.addingTimeInterval(3600), contents: url, now: TestClock.now)

            var submission = SubmissionStoreTests.submission(test)
            submission.applicantName = "Jürgen Müller"
            var filing = Filing(
                submission: submission,
                jobs: [Job(id: test.ids.generator(), kind: .submissionReceived, payload: submission.id.description, runAt: TestClock.now)])
            filing.attachments = [plan.id]
            filing.uploadOwner = draftID
            filing.savedDraftID = draftID
            let mailID: Job.ID = test.ids.generator()
            filing.mails = [
                Filing.QueuedMail(
                    id: mailID.description, mail: Mail(to: "j.mueller@example.de", subject: "Eingangsbestätigung", body: "…"),
                    job: Job(id: test.ids.generator(), kind: .sendMail, payload: mailID.description, runAt: TestClock.now)
                )
            ]
            filing.counts = ["submissions-client:abc"]
            let channel = HandoverChannel(id: test.ids.generator(), serviceID: DemoCatalog.wellDrilling.id, target: .pull, createdAt: TestClock.now)
            try await portal.handover.add(channel)
            filing.deliveries = [Delivery(submissionID: submission.id, channelID: channel.id, kind: .pull, updatedAt: TestClock.now)]

            for part in Self.parts {
                try await Self.refuse(part, on: portal.database)
                await #expect(throws: (any Error).self, "\(part.table)") { try await portal.submissions.file(filing) }
                try await Self.allow(part, on: portal.database)
                #expect(try await portal.submissions.submission(id: submission.id) == nil, "\(part.table)")
                #expect(try await Self.count("SELECT COUNT(*) AS n FROM submission_terms", portal.database) == 0, "\(part.table)")
                #expect(try await Self.count("SELECT COUNT(*) AS n FROM jobs", portal.database) == 0, "\(part.table)")
                #expect(try await portal.handover.deliveries(of: submission.id).isEmpty, "\(part.table)")
                #expect(try await portal.uploads.file(id: plan.id)?.submissionID == nil, "\(part.table)")
                #expect(try await portal.savedDrafts.draft(tokenHash: "hash", now: TestClock.now) != nil, "\(part.table)")
                #expect(try await portal.outbox.mail(id: mailID.description) == nil, "\(part.table)")
                #expect(try await portal.rateLimits.count("submissions-client:abc", within: 3600, now: TestClock.now).events == 0, "\(part.table)")
            }

            // A file that is no longer the draft's (swept, or removed in another tab) fails the filing.
            var foreign = filing
            foreign.attachments = [plan.id, UploadStoreTests.file(2, size: 1).id]
            await #expect(throws: IntakeError.attachmentMissing) { try await portal.submissions.file(foreign) }
            #expect(try await portal.submissions.submission(id: submission.id) == nil)
            #expect(try await portal.uploads.file(id: plan.id)?.submissionID == nil)

            try await portal.submissions.file(filing)
            #expect(try await portal.submissions.submission(id: submission.id) != nil)
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM submission_terms", portal.database) > 0)
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM jobs", portal.database) == 2)
            #expect(try await portal.handover.deliveries(of: submission.id).map(\.state) == [.pending])
            #expect(try await portal.uploads.file(id: plan.id)?.submissionID == submission.id)
            #expect(try await portal.savedDrafts.draft(tokenHash: "hash", now: TestClock.now) == nil)
            #expect(try await portal.outbox.mail(id: mailID.description)?.mail.to == "j.mueller@example.de")
            #expect(try await portal.rateLimits.count("submissions-client:abc", within: 3600, now: TestClock.now).events == 1)
            // Nothing expires the attached file with the draft any more.
            #expect(try await portal.uploads.deleteExpired(now: TestClock.now.addingTimeInterval(86_400 * 30)) == 0)
        }
    }

    @Test("Filings waiting together are written together; a taken reference among them fails only its own", arguments: TestDatabaseKind.allCases)
    func groupCommit(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let portal = test.portal
            let taken = SubmissionStoreTests.submission(test)
            try await portal.submissions.create(taken, jobs: [])
            var filings: [Filing] = []
            for index in 0..<20 {
                var submission = SubmissionStoreTests.submission(test, minutes: Double(index))
                submission.applicantName = "Erika Müller \(index)"
                if index == 7 { submission.reference = taken.reference }
                var filing = Filing(
                    submission: submission,
                    jobs: [Job(id: test.ids.generator(), kind: .submissionReceived, payload: submission.id.description, runAt: TestClock.now)])
                let mailID: Job.ID = test.ids.generator()
                filing.mails = [
                    Filing.QueuedMail(
                        id: mailID.description, mail: Mail(to: "erika@example.de", subject: "Eingangsbestätigung", body: "…"),
                        job: Job(id: test.ids.generator(), kind: .sendMail, payload: mailID.description, runAt: TestClock.now))
                ]
                filing.counts = ["submissions-client:abc"]
                filings.append(filing)
            }
            // A slow write holds the write path while all twenty queue up behind it: they form one group.
            async let holder: Void = portal.database.write { _ in try await Task.sleep(for: .milliseconds(300)) }
            try await Task.sleep(for: .milliseconds(50))
            let outcomes = await withTaskGroup(of: (Int, Bool).self) { group in
                for (index, filing) in filings.enumerated() {
                    group.addTask { (index, (try? await portal.submissions.file(filing)) != nil) }
                }
                return await group.reduce(into: [Int: Bool]()) { $0[$1.0] = $1.1 }
            }
            try await holder
            #expect(outcomes.filter { !$0.value }.map(\.key) == [7])
            for (index, filing) in filings.enumerated() where index != 7 {
                #expect(try await portal.submissions.submission(id: filing.submission.id)?.reference == filing.submission.reference)
            }
            #expect(try await portal.submissions.submission(id: filings[7].submission.id) == nil)
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM jobs", portal.database) == 38)
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM outbox_mails", portal.database) == 19)
            #expect(try await portal.rateLimits.count("submissions-client:abc", within: 3600, now: TestClock.now.addingTimeInterval(1200)).events == 19)
            var query = InboxQuery(orgUnits: [DemoCatalog.waterAuthority.id], search: "müller 12", reader: StaffUser.ID(UUID()))
            query.limit = 5
            #expect(try await portal.submissions.inbox(query).map(\.reference) == [filings[12].submission.reference])
        }
    }

    @Test("A name of any length is filed: its first words are its search words, within the index's bounds", arguments: TestDatabaseKind.allCases)
    func longName(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            var submission = SubmissionStoreTests.submission(test)
            submission.applicantName = (0..<17_000).map { "w\($0)" }.joined(separator: " ")
            try await test.portal.submissions.file(Filing(submission: submission, jobs: []))
            #expect(try await test.portal.submissions.submission(id: submission.id)?.applicantName == submission.applicantName)
            let stored = try await Self.count("SELECT COUNT(*) AS n FROM submission_terms WHERE term LIKE 'w%'", test.portal.database)
            #expect(stored > 100 && stored < 300)
            var query = InboxQuery(orgUnits: [DemoCatalog.waterAuthority.id], search: "w0", reader: StaffUser.ID(UUID()))
            query.limit = 5
            #expect(try await test.portal.submissions.inbox(query).map(\.reference) == [submission.reference])
        }
    }

    static func count(_ sql: String, _ database: PortalDatabase) async throws -> Int {
        try await database.reader.raw(SQLQueryString(sql)).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// A trigger that fails the statement, standing in for a crash at that point of the transaction.
    static func refuse(_ part: (table: String, event: String), on database: PortalDatabase) async throws {
        try await database.write { db in
            if database.kind == .postgres {
                try await db.raw(
                    "CREATE OR REPLACE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$"
                ).run()
                try await db.raw(
                    "CREATE TRIGGER injected_failure BEFORE \(unsafeRaw: part.event) ON \(unsafeRaw: part.table) FOR EACH ROW EXECUTE FUNCTION injected_failure()"
                ).run()
            } else {
                try await db.raw(
                    "CREATE TRIGGER injected_failure BEFORE \(unsafeRaw: part.event) ON \(unsafeRaw: part.table) BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
                ).run()
            }
        }
    }

    static func allow(_ part: (table: String, event: String), on database: PortalDatabase) async throws {
        try await database.write { db in
            try await db.raw("DROP TRIGGER injected_failure\(unsafeRaw: database.kind == .postgres ? " ON \(part.table)" : "")").run()
        }
    }
}
