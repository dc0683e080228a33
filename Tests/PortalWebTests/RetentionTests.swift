import Foundation
import HummingbirdTesting
import NIOCore
import PortalApp
import PortalCore
import PortalJobs
import PortalTestSupport
import SQLKit
import Synchronization
import Testing

@Suite("Retention: the daily run, the legal hold, the deletion log, the event log")
struct RetentionTests {
    static let day: TimeInterval = 86_400

    /// Closed cases kept one year, their messages half a year, hand-over copies 30 days.
    static func policy(_ action: RetentionPolicy.Action) -> RetentionPolicy {
        RetentionPolicy(
            periods: [
                .abandonedDrafts: RetentionPeriod(1, .days), .savedDrafts: RetentionPeriod(30, .days), .closedCases: RetentionPeriod(1, .years),
                .messages: RetentionPeriod(6, .months), .deliveredCopies: RetentionPeriod(30, .days), .auditRecords: RetentionPeriod(2, .years),
            ], closedCaseAction: action)
    }

    static func setPolicy(_ test: TestPortal, _ action: RetentionPolicy.Action) async throws {
        try await test.portal.catalog.modifyService(DemoCatalog.wellDrilling.id) { $0.privacy?.retention = Self.policy(action) }
    }

    static func move(_ client: some TestClientProtocol, _ reference: String, to status: String) async throws {
        let moved = try await client.execute(
            uri: "/api/v1/submissions/\(reference)/status", method: .post,
            headers: [.authorization: "Bearer \(TestPortal.waterKey)", .contentType: "application/json"], body: ByteBuffer(string: #"{"status":"\#(status)"}"#))
        #expect(moved.status == .ok, "\(moved.text)")
    }

    static func close(_ client: some TestClientProtocol, _ reference: String) async throws {
        try await move(client, reference, to: "inProgress")
        try await move(client, reference, to: "completed")
    }

    static func count(_ test: TestPortal, _ sql: String, _ id: Submission.ID) async throws -> Int {
        try await test.portal.database.reader.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: sql) = \(bind: id.description)").first()?
            .decode(column: "n", as: Int.self) ?? -1
    }

    static func submission(_ test: TestPortal, _ reference: String) async throws -> Submission? {
        try await test.portal.submissions.submission(reference: Reference(reference)!)
    }

    @Test(
        "A closed case is anonymised a year after closing: answers, files, messages, names and code go, reference, dates and outcome stay; held, open and recent cases stay",
        arguments: TestDatabaseKind.allCases)
    func anonymise(kind: TestDatabaseKind) async throws {
        let clock = ManualClock()
        let folder = try HandoverTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await TestPortal.with(kind, clock: clock) { test in
            try await Self.setPolicy(test, .anonymise)
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            try await test.addStaff("paula", password: "ein-langes-passwort", name: "Paula Privat", roles: [.privacyOfficer], units: [])
            _ = try await test.portal.addHandoverChannel(serviceSlug: DemoCatalog.wellDrilling.slug, .hotFolder(path: folder.path))
            try await test.application().test(.router) { client in
                // The applicant files with an upload and writes a message; the case is closed.
                var applicant = TestBrowser(client)
                let old = try await MailboxTests.fileAndOpen(&applicant, test)
                let code = try #require(try await test.queuedMails().last?.body.firstMatch(of: /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)).0
                _ = try await applicant.get("/vorgang/\(old)")
                let message = try await applicant.postMultipart(
                    "/vorgang/\(old)/nachrichten", [("nachricht", "Anbei der Lageplan.")],
                    files: [(field: "anhang", name: "Lageplan.pdf", data: Data("%PDF-1.4\n%%EOF\n".utf8))])
                #expect(message.status == .seeOther)
                let held = try #require(try await SubmissionAPITests.file(1, client: client).first)
                let open = try #require(try await SubmissionAPITests.file(1, client: client).first)
                try await test.worker().runOnce()
                clock.advance(by: 2)
                try await test.worker().runOnce()
                #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == [old, held, open], "delivered to the DMS folder")
                try await Self.close(client, old)
                try await Self.close(client, held)
                try await Self.move(client, open, to: "inProgress")
                let oldCase = try #require(try await Self.submission(test, old))
                #expect(try await Self.count(test, "uploads WHERE submission_id", oldCase.id) > 0)
                #expect(try await Self.count(test, "case_messages WHERE submission_id", oldCase.id) == 1)

                // The case worker puts a hold on one case: without a reason it is refused and nothing is set.
                var anna = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&anna, "anna", "ein-langes-passwort", now: clock.now)
                #expect(try await anna.get("/intern/antraege/\(held)").text.contains("Löschsperre setzen"))
                let noReason = try await anna.post("/intern/antraege/\(held)/loeschsperre", [("_aktion", "setzen"), ("grund", "  ")])
                #expect(noReason.status == .unprocessableContent)
                #expect(noReason.text.contains("Bitte geben Sie einen Grund für die Löschsperre an"))
                let heldCase = try #require(try await Self.submission(test, held))
                #expect(try await test.portal.retention.legalHold(on: heldCase.id) == nil)
                let set = try await anna.post(
                    "/intern/antraege/\(held)/loeschsperre", [("_aktion", "setzen"), ("grund", "Widerspruchsverfahren <Az. 12/26>")])
                #expect(set.location == "/intern/antraege/\(held)#loeschsperre")
                let heldPage = try await anna.get("/intern/antraege/\(held)")
                #expect(heldPage.text.contains("Die Löschsperre ist gesetzt."))
                #expect(heldPage.text.contains("von Anna Schäfer. Grund: Widerspruchsverfahren &lt;Az. 12/26&gt;"))
                #expect(try await test.portal.retention.legalHold(on: heldCase.id)?.reason == "Widerspruchsverfahren <Az. 12/26>")
                // Another unit's case worker does not see the case, so cannot hold it.
                try await test.addCaseWorker("otto", password: "ein-langes-passwort", name: "Otto Ordnung", units: [DemoCatalog.publicOrder])
                var otto = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&otto, "otto", "ein-langes-passwort", now: clock.now)
                _ = try await otto.get("/intern/eingang")
                #expect(try await otto.post("/intern/antraege/\(held)/loeschsperre", [("_aktion", "aufheben")]).status == .notFound)
                #expect(try await test.portal.retention.legalHold(on: heldCase.id) != nil)

                // Thirteen months later one more case is closed; then the daily run.
                let recent = try #require(try await SubmissionAPITests.file(1, client: client).first)
                clock.advance(by: 395 * Self.day)
                try await Self.close(client, recent)
                let records = try await test.portal.retentionRun().run(at: clock.now)
                let service = DemoCatalog.wellDrilling.id
                #expect(records.contains(DeletionRecord(ranAt: clock.now, serviceID: service, stage: .closedCases, action: .anonymise, count: 1)))
                #expect(records.contains(DeletionRecord(ranAt: clock.now, serviceID: service, stage: .messages, action: .delete, count: 1)))
                #expect(records.contains(DeletionRecord(ranAt: clock.now, serviceID: service, stage: .deliveredCopies, action: .delete, count: 2)))

                let anonymised = try #require(try await Self.submission(test, old), "the reference stays")
                #expect(anonymised.answers == .object([]))
                #expect(anonymised.applicantName == nil)
                #expect(anonymised.accessCodeHash == nil)
                #expect(try await test.portal.submissions.caseFile(of: anonymised.id)?.status == .completed, "the outcome stays for statistics")
                #expect(try await Self.count(test, "uploads WHERE submission_id", anonymised.id) == 0)
                #expect(try await Self.count(test, "receipts WHERE submission_id", anonymised.id) == 0)
                #expect(try await Self.count(test, "case_messages WHERE submission_id", anonymised.id) == 0)
                #expect(try await test.portal.retention.isAnonymised(anonymised.id))
                // Copies the DMS left in its folder go 30 days after delivery, whether the case is open or closed;
                // the held case keeps its copy.
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [held])
                for other in [held, open, recent] {
                    let kept = try #require(try await Self.submission(test, other))
                    #expect(kept.answers != .object([]), "\(other) keeps its answers")
                    #expect(!(try await test.portal.retention.isAnonymised(kept.id)))
                }
                // The applicant's code no longer opens anything.
                var later = TestBrowser(client)
                _ = try await later.get("/vorgang")
                #expect(try await later.post("/vorgang", [("aktenzeichen", old), ("zugangscode", String(code))]).status == .unauthorized)

                // The case page says so and offers no hold; posting one is refused with the reason.
                anna = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&anna, "anna", "ein-langes-passwort", now: clock.now)
                let page = try await anna.get("/intern/antraege/\(old)")
                #expect(page.status == .ok)
                #expect(page.text.contains("nach Ablauf der Speicherfrist anonymisiert"))
                #expect(!page.text.contains("Löschsperre setzen"))
                let tooLate = try await anna.post("/intern/antraege/\(old)/loeschsperre", [("_aktion", "setzen"), ("grund", "Klage")])
                #expect(tooLate.status == .unprocessableContent)
                #expect(tooLate.text.contains("bereits anonymisiert"))
                // The name is gone from the inbox search; the reference still finds the case.
                #expect(!(try await anna.get("/intern/eingang?suche=Brunnen")).text.contains(old))
                #expect(try await anna.get("/intern/eingang?suche=\(old)").text.contains(old))

                // A second run the same day finds nothing more.
                let again = try await test.portal.retentionRun().run(at: clock.now)
                #expect(again.filter { $0.serviceID != nil } == [])

                // The privacy officer reads the counts (never content), as a page and as CSV, and lifts the hold.
                var paula = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&paula, "paula", "ein-langes-passwort", now: clock.now)
                let log = try await paula.get("/intern/datenschutz/loeschprotokoll")
                #expect(log.status == .ok)
                #expect(log.text.contains("Abgeschlossene Anträge (ab Abschluss)"))
                #expect(log.text.contains("Brunnenbohrung"))
                #expect(!log.text.contains(old))
                let csv = try await paula.get("/intern/datenschutz/loeschprotokoll.csv")
                #expect(csv.status == .ok)
                #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
                #expect(csv.text.contains("closedCases") || csv.text.contains("Abgeschlossene Anträge"))
                #expect(!csv.text.contains(old))
                let refused = try await anna.get("/intern/datenschutz/loeschprotokoll")
                #expect(refused.status == .forbidden, "\(refused.status)")

                let trail = try await paula.get("/intern/protokoll?aktenzeichen=\(held)")
                #expect(trail.text.contains("Löschsperre aufheben"))
                #expect(trail.text.contains("Löschsperre gesetzt"))
                let lifted = try await paula.post("/intern/protokoll/\(held)/loeschsperre", [("_aktion", "aufheben")])
                #expect(lifted.location == "/intern/protokoll?aktenzeichen=\(held)#loeschsperre")
                #expect(try await test.portal.retention.legalHold(on: heldCase.id) == nil)
                #expect(try await paula.get("/intern/protokoll?aktenzeichen=\(held)").text.contains("Löschsperre aufgehoben"))
                #expect(try await paula.post("/intern/protokoll/XYZ-2026-0000-0000/loeschsperre", [("_aktion", "aufheben")]).status == .notFound)

                // The next day's run takes the case that was held.
                clock.advance(by: Self.day)
                let next = try await test.portal.retentionRun().run(at: clock.now)
                #expect(next.contains(DeletionRecord(ranAt: clock.now, serviceID: service, stage: .closedCases, action: .anonymise, count: 1)))
                #expect(try await test.portal.retention.isAnonymised(heldCase.id))

                // The event log counts what happened without any personal data, and survives all this.
                let events = try await test.portal.events.events(from: .distantPast, to: .distantFuture)
                #expect(events.filter { $0.kind == .submissionReceived }.count == 4)
                #expect(events.filter { $0.kind == .statusChanged && $0.detail == "completed" }.count == 3)
                #expect(events.filter { $0.kind == .formStarted }.count == 1, "one form was filled in the browser")
                #expect(Set(events.filter { $0.kind == .stepReached }.compactMap(\.step)) == Set(1...FormFlowTests.steps.count))
                #expect(events.allSatisfy { $0.serviceID == service })
            }
        }
    }

    @Test(
        "With \"delete\" the closed case goes entirely, its audit lines too; saved drafts and old audit lines go after their periods",
        arguments: TestDatabaseKind.allCases)
    func delete(kind: TestDatabaseKind) async throws {
        let clock = ManualClock()
        try await TestPortal.with(kind, clock: clock) { test in
            try await Self.setPolicy(test, .delete)
            try await test.application().test(.router) { client in
                let references = try await SubmissionAPITests.file(2, client: client)
                try await Self.close(client, references[0])
                let gone = try #require(try await Self.submission(test, references[0]))
                let version = try #require(try await test.portal.catalog.currentFormVersion(of: DemoCatalog.wellDrilling.id))
                try await test.portal.savedDrafts.save(
                    SavedDraft(
                        id: "old-draft", tokenHash: "hash-old", serviceID: DemoCatalog.wellDrilling.id, formVersionID: version.id,
                        data: #"{"values":{"vorname":["Jürgen"]}}"#, savedAt: clock.now, expiresAt: clock.now.addingTimeInterval(400 * Self.day)))
                #expect(try await Self.count(test, "audit_events WHERE submission_id", gone.id) > 0)
                // Reading the open case through the API writes an audit line.
                #expect(try await client.get("/api/v1/submissions/\(references[1])", key: TestPortal.waterKey).status == .ok)

                clock.advance(by: 366 * Self.day)
                let records = try await test.portal.retentionRun().run(at: clock.now)
                let service = DemoCatalog.wellDrilling.id
                #expect(records.contains(DeletionRecord(ranAt: clock.now, serviceID: service, stage: .closedCases, action: .delete, count: 1)))
                #expect(records.contains(DeletionRecord(ranAt: clock.now, serviceID: service, stage: .savedDrafts, action: .delete, count: 1)))
                #expect(try await Self.submission(test, references[0]) == nil)
                #expect(try await Self.count(test, "audit_events WHERE submission_id", gone.id) == 0)
                #expect(try await Self.count(test, "case_status_changes WHERE submission_id", gone.id) == 0)
                #expect(try await test.portal.savedDrafts.draft(tokenHash: "hash-old", now: clock.now) == nil)
                // A legal hold on the deleted case finds nothing to hold, on either page.
                try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
                try await test.addStaff("paula", password: "ein-langes-passwort", name: "Paula Privat", roles: [.privacyOfficer], units: [])
                var anna = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&anna, "anna", "ein-langes-passwort", now: clock.now)
                _ = try await anna.get("/intern/eingang")
                let held = try await anna.post("/intern/antraege/\(references[0])/loeschsperre", [("_aktion", "setzen"), ("grund", "Klage")])
                #expect(held.status == .notFound)
                var paula = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&paula, "paula", "ein-langes-passwort", now: clock.now)
                _ = try await paula.get("/intern/protokoll")
                #expect(
                    try await paula.post("/intern/protokoll/\(references[0])/loeschsperre", [("_aktion", "setzen"), ("grund", "Klage")]).status == .notFound)
                let open = try #require(try await Self.submission(test, references[1]))
                #expect(open.answers != .object([]), "an open case is never due")

                // Audit lines of the open case older than two years go; the case stays.
                #expect(try await Self.count(test, "audit_events WHERE submission_id", open.id) > 0)
                clock.advance(by: 366 * Self.day)
                let later = try await test.portal.retentionRun().run(at: clock.now)
                #expect(later.contains { $0.stage == .auditRecords && $0.serviceID == service && $0.count > 0 })
                #expect(try await Self.count(test, "audit_events WHERE submission_id", open.id) == 0)
                #expect(try await Self.submission(test, references[1]) != nil)
                #expect(try await test.portal.retention.deletionLog(limit: 50).count == records.count + later.count)
            }
        }
    }

    @Test("The daily schedule runs once per day over all instances; a failed run is logged and the next day goes on", arguments: TestDatabaseKind.allCases)
    func schedule(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let runs = Counter()
            func schedule(_ holder: String, fail: Bool = false) -> DailySchedule {
                DailySchedule(
                    name: "test-run", time: DailyTime(hour: 2, minute: 30)!, timeZone: TestClock.timeZone, lease: test.portal.scheduleLease, holder: holder,
                    now: { TestClock.now }, logger: .init(label: "test")
                ) { _ in
                    runs.add()
                    if fail { throw NotFound("x") }
                }
            }
            let today = TestClock.today
            #expect(await schedule("a").runIfFirst(day: today))
            #expect(!(await schedule("b").runIfFirst(day: today)), "the second instance passes")
            #expect(!(await schedule("a").runIfFirst(day: today)), "and so does the first, again")
            #expect(runs.value == 1)
            let last = try await test.portal.scheduleLease.lastRun(of: "test-run")
            #expect(last == TestClock.now)
            #expect(!(await schedule("b", fail: true).runIfFirst(day: today.adding(days: 1))))
            #expect(runs.value == 2)
            #expect(await schedule("a").runIfFirst(day: today.adding(days: 2)))
            let never = try await test.portal.scheduleLease.lastRun(of: "other")
            #expect(never == nil)
        }
    }
}

/// Counts calls from a @Sendable closure.
final class Counter: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
