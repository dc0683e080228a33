import Foundation
import PortalApp
import PortalCore
import PortalTestSupport
import SQLKit
import Testing

@testable import PortalStorage

@Suite("Submission store contract")
struct SubmissionStoreTests {
    static func submission(_ test: TestPortal, minutes: Double = 0, service: Service = DemoCatalog.wellDrilling) -> Submission {
        let schema = DemoCatalog.services.first { $0.0.id == service.id }!.1
        let version = DemoCatalog.version(of: service, schema: schema, publishedAt: TestClock.now)
        return Submission(
            id: test.ids.generator(), reference: test.ids.references(prefix: service.referencePrefix, year: 2026),
            serviceID: service.id, orgUnitID: service.orgUnitID, formVersionID: version.id,
            answers: .object([.init("nachname", .string("Groß")), .init("bohrtiefe", .number(Decimal(string: "12.5")!))]),
            applicantName: "Erika Groß", fee: Decimal(string: "62.5"),
            receivedAt: TestClock.now.addingTimeInterval(minutes * 60)
        )
    }

    @Test("A submission is stored with its job in one write and reads back unchanged", arguments: TestDatabaseKind.allCases)
    func createAndRead(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.submissions
            let submission = Self.submission(test)
            let job = Job(id: test.ids.generator(), kind: .submissionReceived, payload: submission.id.description, runAt: TestClock.now)
            try await store.create(submission, jobs: [job])

            #expect(try await store.submission(id: submission.id) == submission)
            #expect(try await store.submission(reference: submission.reference) == submission)
            #expect(try await test.portal.jobs.job(id: job.id) == job)
            #expect(try await store.count() == 1)
        }
    }

    @Test("Test submissions are not counted and are deleted in bulk with their files, history and job", arguments: TestDatabaseKind.allCases)
    func testSubmissions(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.submissions
            let real = Self.submission(test)
            var trial = Self.submission(test, minutes: 1)
            trial.isTest = true
            let job = Job(id: test.ids.generator(), kind: .submissionReceived, payload: trial.id.description, runAt: TestClock.now)
            try await store.create(real, jobs: [])
            try await store.create(trial, jobs: [job])
            #expect(try await store.submission(id: trial.id)?.isTest == true)
            #expect(try await store.counts(since: .distantPast)[real.serviceID] == 1)
            #expect(try await store.testSubmissionCount(of: real.serviceID) == 1)
            _ = try await store.changeStatus(of: trial.id, to: .inProgress, by: "staff:anna", note: nil, at: TestClock.now)
            let reader = try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna", units: [DemoCatalog.waterAuthority])
            try await store.recordRead(of: trial.id, by: reader.id, at: TestClock.now)
            let (url, _) = try UploadStoreTests.temporaryFile(bytes: 300 * 1024)
            defer { try? FileManager.default.removeItem(at: url) }
            let file = UploadStoreTests.file(1, size: 300 * 1024)
            try await test.portal.uploads.save(
                file, field: "lageplan", owner: "draft-x", expiresAt: TestClock.now.addingTimeInterval(3600), contents: url, now: TestClock.now)
            try await test.portal.uploads.attach([file.id], owner: "draft-x", to: trial.id)

            #expect(try await store.deleteTestSubmissions(of: real.serviceID) == 1)
            #expect(try await store.submission(id: trial.id) == nil)
            #expect(try await store.submission(id: real.id) == real)
            #expect(try await test.portal.uploads.file(id: file.id) == nil)
            #expect(try await test.portal.jobs.job(id: job.id) == nil)
            #expect(try await store.testSubmissionCount(of: real.serviceID) == 0)
            #expect(try await store.deleteTestSubmissions(of: real.serviceID) == 0)
        }
    }

    @Test("A taken reference is refused and stores neither submission nor job", arguments: TestDatabaseKind.allCases)
    func duplicateReference(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.submissions
            let first = Self.submission(test)
            try await store.create(first, jobs: [])
            var second = Self.submission(test)
            second.reference = first.reference
            let job = Job(id: test.ids.generator(), kind: .submissionReceived, payload: second.id.description, runAt: TestClock.now)
            await #expect(throws: DuplicateReference(reference: first.reference)) {
                try await store.create(second, jobs: [job])
            }
            #expect(try await store.submission(id: second.id) == nil)
            #expect(try await test.portal.jobs.job(id: job.id) == nil)
        }
    }

    @Test("Lists page by arrival order and show only the org unit's submissions", arguments: TestDatabaseKind.allCases)
    func paging(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.submissions
            var water: [Submission] = []
            for index in 0..<7 {
                let submission = Self.submission(test, minutes: Double(index))
                water.append(submission)
                try await store.create(submission, jobs: [])
                try await store.create(Self.submission(test, minutes: Double(index), service: DemoCatalog.lostProperty), jobs: [])
            }
            let unit = DemoCatalog.waterAuthority.id
            let first = try await store.submissions(of: unit, after: nil, limit: 3)
            let second = try await store.submissions(of: unit, after: first.last?.sequence, limit: 3)
            let third = try await store.submissions(of: unit, after: second.last?.sequence, limit: 3)
            #expect((first + second + third).map(\.reference) == water.map(\.reference))
            #expect(third.count == 1)
            #expect(first[0].serviceSlug == "brunnenbohrung-anzeigen")
            #expect(first[0].serviceTitle == "Anzeige einer Brunnenbohrung")
            #expect(first[0].status == .received)
            #expect(try await store.submissions(of: DemoCatalog.buildingAuthority.id, after: nil, limit: 10).isEmpty)
        }
    }

    @Test("Status changes are audited, and moves the workflow forbids change nothing", arguments: TestDatabaseKind.allCases)
    func statusChanges(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.submissions
            let submission = Self.submission(test)
            try await store.create(submission, jobs: [])
            let later = TestClock.now.addingTimeInterval(3600)
            let change = try await store.changeStatus(of: submission.id, to: .inProgress, by: "staff:anna", note: "Übernommen", at: later)
            #expect(change == StatusChange(from: .received, to: .inProgress, actor: "staff:anna", note: "Übernommen", at: later))
            await #expect(throws: CaseTransitionError(from: .inProgress, to: .received)) {
                _ = try await store.changeStatus(of: submission.id, to: .received, by: "staff:anna", note: nil, at: later)
            }
            await #expect(throws: NotFound.self) {
                _ = try await store.changeStatus(of: Identifier(UUID()), to: .inProgress, by: "staff:anna", note: nil, at: later)
            }
            let caseFile = try #require(try await store.caseFile(of: submission.id))
            #expect(caseFile.status == .inProgress)
            #expect(caseFile.history == [change])
            #expect(try await store.submission(id: submission.id)?.status == .inProgress)
        }
    }

    @Test("Marking as handed over happens once; repeating keeps the first time", arguments: TestDatabaseKind.allCases)
    func handOver(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.submissions
            let submission = Self.submission(test)
            try await store.create(submission, jobs: [])
            let first = try await store.markHandedOver(submission.id, at: TestClock.now)
            let again = try await store.markHandedOver(submission.id, at: TestClock.now.addingTimeInterval(10))
            let unknown = try await store.markHandedOver(Identifier(UUID()), at: TestClock.now)
            #expect(first == submission.reference)
            #expect(again == submission.reference)
            #expect(unknown == nil)
            #expect(try await store.submission(id: submission.id)?.handedOverAt == TestClock.now)
        }
    }

    /// Limits that reach each way of finding a search word's cases: by word, by word with a walk
    /// after the first match, all of a rare word's cases, walking the units' cases.
    static let searchPlans: [(distinct: Int, rare: Int)] = [(16, 20_000), (16, 1), (0, 20_000), (0, 0)]

    @Test("The inbox search finds name parts and reference segments by their beginnings, on every query plan", arguments: TestDatabaseKind.allCases)
    func search(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.submissions
            let reader = try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna", units: [DemoCatalog.waterAuthority])
            var first = Self.submission(test)
            first.applicantName = "Jürgen Müller-Lüdenscheidt"
            var second = Self.submission(test, minutes: 1)
            second.applicantName = "Erika Müller"
            try await store.create(first, jobs: [])
            try await store.create(second, jobs: [])
            for limit in Self.searchPlans {
                func found(_ search: String) async throws -> [Reference] {
                    var query = InboxQuery(orgUnits: [DemoCatalog.waterAuthority.id], search: search, reader: reader.id)
                    (query.distinctTermLimit, query.rareTermLimit) = limit
                    return try await store.inbox(query).map(\.reference)
                }
                #expect(try await found("müller") == [second.reference, first.reference], "limit \(limit)")
                #expect(try await found("LÜDEN jür") == [first.reference], "limit \(limit)")
                #expect(try await found("eri mul") == [second.reference], "limit \(limit)")
                let segments = second.reference.rawValue.split(separator: "-")
                #expect(try await found("\(segments[2])-\(segments[3].prefix(2))").contains(second.reference), "limit \(limit)")
                #expect(try await found("denscheidt").isEmpty, "limit \(limit)")
                #expect(try await found("xyz").isEmpty, "limit \(limit)")
                // The next page starts below the last case shown, on both plans.
                var page = InboxQuery(orgUnits: [DemoCatalog.waterAuthority.id], search: "müller", limit: 1, reader: reader.id)
                (page.distinctTermLimit, page.rareTermLimit) = limit
                let newest = try await store.inbox(page)
                #expect(newest.map(\.reference) == [second.reference], "limit \(limit)")
                page.before = newest.last?.sequence
                #expect(try await store.inbox(page).map(\.reference) == [first.reference], "limit \(limit)")
            }
            // Deleting test cases takes their search words along.
            var trial = Self.submission(test, minutes: 2)
            trial.isTest = true
            try await store.create(trial, jobs: [])
            #expect(try await store.deleteTestSubmissions(of: trial.serviceID) == 1)
        }
    }

    @Test("A member of several org units sees their cases merged newest first, page by page, with and without a search", arguments: TestDatabaseKind.allCases)
    func severalUnits(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.submissions
            let units = [DemoCatalog.waterAuthority, DemoCatalog.publicOrder]
            let reader = try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna", units: units)
            var filed: [Reference] = []
            for minute in 0..<5 {
                var submission = Self.submission(
                    test, minutes: Double(minute), service: minute.isMultiple(of: 2) ? DemoCatalog.wellDrilling : DemoCatalog.lostProperty)
                submission.applicantName = "Erika Müller"
                try await store.create(submission, jobs: [])
                filed.append(submission.reference)
            }
            let newestFirst = Array(filed.reversed())
            for (search, limit) in [(nil, (16, 10_000))] + Self.searchPlans.map { ("müller", $0) } as [(String?, (Int, Int))] {
                var query = InboxQuery(orgUnits: Set(units.map(\.id)), search: search, limit: 3, reader: reader.id)
                (query.distinctTermLimit, query.rareTermLimit) = limit
                let first = try await store.inbox(query)
                #expect(first.map(\.reference) == Array(newestFirst.prefix(3)), "\(search ?? "-") \(limit)")
                query.before = first.last?.sequence
                #expect(try await store.inbox(query).map(\.reference) == Array(newestFirst.suffix(2)), "\(search ?? "-") \(limit)")
            }
        }
    }

    @Test(
        "Sorted by due day (earliest first, same day in arrival order, none last) or by status (newest first within), page by page over several units",
        arguments: TestDatabaseKind.allCases)
    func sortedPages(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.submissions
            let units = [DemoCatalog.waterAuthority, DemoCatalog.publicOrder]
            let reader = try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna", units: units)
            // (due day, status) of cases 0…6 in arrival order.
            let cases: [(String?, CaseStatus)] = [
                ("2026-12-10", .received), (nil, .inProgress), ("2026-12-08", .completed), ("2026-12-10", .waitingForApplicant), (nil, .received),
                ("2026-12-01", .inProgress), ("2026-12-08", .received),
            ]
            var filed: [Reference] = []
            for (minute, (due, status)) in cases.enumerated() {
                let submission = Self.submission(
                    test, minutes: Double(minute), service: minute.isMultiple(of: 2) ? DemoCatalog.wellDrilling : DemoCatalog.lostProperty)
                try await store.create(submission, jobs: [])
                try await test.portal.database.write { db in
                    try await db.raw(
                        "UPDATE submissions SET due_on = \(bind: due), status = \(bind: status.rawValue) WHERE id = \(bind: submission.id.description)"
                    )
                    .run()
                }
                filed.append(submission.reference)
            }
            func pages(_ order: InboxOrder, status: CaseStatus? = nil) async throws -> [Reference] {
                var query = InboxQuery(orgUnits: Set(units.map(\.id)), status: status, limit: 3, reader: reader.id)
                query.order = order
                var all: [Reference] = []
                while true {
                    let page = try await store.inbox(query)
                    all += page.map(\.reference)
                    guard page.count == 3, all.count < 20 else { return all }
                    query.before = page.last?.sequence
                }
            }
            #expect(try await pages(.dueDate) == [5, 2, 6, 0, 3, 4, 1].map { filed[$0] })
            #expect(try await pages(.status) == [6, 4, 0, 5, 1, 3, 2].map { filed[$0] })
            #expect(try await pages(.status, status: .received) == [6, 4, 0].map { filed[$0] })
            #expect(try await pages(.newest) == filed.reversed())
            // Open cases due before 09.12. over both units, newest first (the completed one does not count).
            var overdue = InboxQuery(orgUnits: Set(units.map(\.id)), deadline: .dueBefore(try #require(LocalDate(iso: "2026-12-09"))), reader: reader.id)
            #expect(try await store.inbox(overdue).map(\.reference) == [6, 5].map { filed[$0] })
            overdue.deadline = .dueBy(try #require(LocalDate(iso: "2026-12-10")))
            #expect(try await store.inbox(overdue).map(\.reference) == [6, 5, 0].map { filed[$0] })
            // A search keeps newest first.
            var search = InboxQuery(orgUnits: Set(units.map(\.id)), search: filed[2].rawValue, reader: reader.id)
            search.order = .dueDate
            #expect(try await store.inbox(search).map(\.reference) == [filed[2]])
        }
    }

    @Test(
        "A search word common in another unit still finds this unit's older cases, and a case whose name has two matching words is listed once",
        arguments: TestDatabaseKind.allCases)
    func searchBeyondOtherUnits(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.submissions
            let reader = try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna", units: [DemoCatalog.waterAuthority])
            var ours: [Reference] = []
            for minute in 0..<3 {
                var submission = Self.submission(test, minutes: Double(minute))
                submission.applicantName = minute == 1 ? "Anna Annabell Müller" : "Erika Müller"
                try await store.create(submission, jobs: [])
                ours.insert(submission.reference, at: 0)
            }
            // Newer cases of the same names in a unit the reader is not a member of.
            for minute in 3..<8 {
                var submission = Self.submission(test, minutes: Double(minute), service: DemoCatalog.lostProperty)
                submission.applicantName = "Anna Müller"
                try await store.create(submission, jobs: [])
            }
            for limit in Self.searchPlans + [(16, 4), (16, 6)] {
                func found(_ search: String, limit pageSize: Int = 50) async throws -> [Reference] {
                    var query = InboxQuery(orgUnits: [DemoCatalog.waterAuthority.id], search: search, limit: pageSize, reader: reader.id)
                    (query.distinctTermLimit, query.rareTermLimit) = limit
                    return try await store.inbox(query).map(\.reference)
                }
                #expect(try await found("müller") == ours, "\(limit)")
                #expect(try await found("müller", limit: 2) == Array(ours.prefix(2)), "\(limit)")
                #expect(try await found("ann") == [ours[1]], "\(limit)")
                #expect(try await found("ann mül") == [ours[1]], "\(limit)")
                #expect(try await found("erika") == [ours[0], ours[2]], "\(limit)")
            }
        }
    }

    @Test(
        "Search words filled in by 0035 for existing cases are found after 0038 keys them by sequence and lines them up per case",
        arguments: TestDatabaseKind.allCases)
    func searchWordsMigrate(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.submissions
            let reader = try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna", units: [DemoCatalog.waterAuthority])
            var submission = Self.submission(test)
            submission.applicantName = "Jürgen Müller"
            try await store.create(submission, jobs: [])
            // Back to the schema before 0038, the words filled in by 0035 from the stored case.
            try await test.portal.database.write { db in
                try await db.raw("DROP TABLE submission_terms").run()
                try await db.raw("DROP INDEX submissions_inbox").run()
                try await db.raw("ALTER TABLE submissions DROP COLUMN search_words").run()
                try await db.raw("CREATE INDEX submissions_org_unit_seq ON submissions (org_unit_id, seq)").run()
                try await M0035CreateSubmissionTerms().prepare(on: db)
                try await M0038IndexSearchWords().prepare(on: db)
            }
            for limit in Self.searchPlans {
                var query = InboxQuery(orgUnits: [DemoCatalog.waterAuthority.id], search: "mül jür", reader: reader.id)
                (query.distinctTermLimit, query.rareTermLimit) = limit
                #expect(try await store.inbox(query).map(\.reference) == [submission.reference], "limit \(limit)")
            }
        }
    }
}
