import Foundation
import PortalCore
import PortalStorage

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
}
