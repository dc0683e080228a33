import Foundation
import PortalCore
import PortalStorage
import SQLKit

/// `serviceportal bench-seed`: fills the database with many submissions quickly, for benchmarks of
/// list pages at realistic sizes. Answers are valid for the Brunnenbohrung form.
extension Portal {
    public func seedSubmissions(count: Int, batchSize: Int = 5000, progress: (Int) -> Void = { _ in }) async throws {
        guard let service = try await catalog.service(slug: DemoCatalog.wellDrilling.slug),
            let version = try await catalog.currentFormVersion(of: service.id)
        else { throw AdministrationError("Zuerst die Demo-Daten anlegen (serviceportal demo).") }
        // Names vary like a district's: 40 × 250 combinations, so a name search finds hundreds, not all.
        let givenNames = ["Erika", "Jürgen", "Anna", "Mehmet", "Sophie", "Lukas", "Fatma", "Jan", "Marie", "Paul"]
            .flatMap { [$0, $0 + "-Luise", $0 + " Maria", $0 + "a"] }
        let familyNames = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber"] + (5..<250).map { "Familie\($0)" }
        func answers(_ number: Int) -> (JSONValue, String) {
            let given = givenNames[number % givenNames.count]
            let family = familyNames[(number / givenNames.count) % familyNames.count]
            return (
                .object([
                    .init("vorname", .string(given)), .init("nachname", .string(family)),
                    .init("bohrtiefe", .number(12)), .init("erklaerung", .bool(true)),
                ]), "\(given) \(family)"
            )
        }
        let store = submissions
        var done = 0
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        while done < count {
            let size = min(batchSize, count - done)
            let offset = done
            let batch: [Submission] = (0..<size).map { index in
                let (answers, name) = answers(offset + index)
                return Submission(
                    id: IDGenerator.random(), reference: ReferenceGenerator.random(prefix: service.referencePrefix, year: 2025),
                    serviceID: service.id, orgUnitID: service.orgUnitID, formVersionID: version.id, answers: answers,
                    applicantName: name, receivedAt: start.addingTimeInterval(Double(offset + index)), handedOverAt: start
                )
            }
            // Many small writes in flight at once are group-committed by the write path.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for submission in batch {
                    group.addTask {
                        do { try await store.create(submission, jobs: []) } catch is DuplicateReference {}
                    }
                }
                try await group.waitForAll()
            }
            done += size
            progress(done)
        }
    }

    /// Gives the seeded cases the shape of a running office, for the inbox's views (`bench/search`):
    /// 4 % received, 5 % in progress, 1 % waiting for the applicant, the rest completed; one case in
    /// eight each for five colleagues (the unit's first case worker among them), the rest nobody's;
    /// open cases due from ten days ago to 29 days ahead of `today` (a quarter overdue), closed
    /// ones long ago; one case in a thousand with a follow-up today. One UPDATE, the same on both databases.
    public func seedCaseWork(today: LocalDate) async throws {
        guard let service = try await catalog.service(slug: DemoCatalog.wellDrilling.slug) else {
            throw AdministrationError("Zuerst die Demo-Daten anlegen (serviceportal demo).")
        }
        var colleagues = try await staff.users(of: service.orgUnitID, role: .caseWorker).map(\.id.description)
        for number in colleagues.count..<5 {
            let colleague = StaffUser(
                id: IDGenerator.random(), username: "kollege\(number)", displayName: "Kollegin \(number)", passwordHash: "-", roles: [.caseWorker],
                orgUnitIDs: [service.orgUnitID])
            try await staff.save(colleague)
            colleagues.append(colleague.id.description)
        }
        let assignees = colleagues.prefix(5).enumerated().map { "WHEN \($0.offset) THEN '\($0.element)'" }.joined(separator: " ")
        let openDays = (0..<40).map { "WHEN \($0) THEN '\(today.adding(days: $0 - 10).iso)'" }.joined(separator: " ")
        let statement = """
            UPDATE submissions SET
                status = CASE WHEN seq % 100 < 4 THEN 'received' WHEN seq % 100 < 9 THEN 'inProgress'
                    WHEN seq % 100 = 9 THEN 'waitingForApplicant' ELSE 'completed' END,
                assignee_id = CASE seq % 8 \(assignees) ELSE NULL END,
                due_on = CASE WHEN seq % 100 < 10 THEN CASE (seq / 100) % 40 \(openDays) END ELSE '2023-11-28' END,
                follow_up_on = CASE WHEN seq % 1000 = 1 THEN '\(today.iso)' ELSE NULL END
            WHERE org_unit_id = '\(service.orgUnitID.description)'
            """
        try await database.write { db in try await db.raw(SQLQueryString(stringLiteral: statement)).run() }
    }
}
