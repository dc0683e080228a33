import Foundation
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Print batch store")
struct PrintBatchStoreTests {
    @Test(
        "Decisions by post delivered before the cutoff go into exactly one batch; the batch stays unwritten until marked; the decision reads its batch",
        arguments: TestDatabaseKind.allCases)
    func collect(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.printBatches
            var delivered: [Submission.ID] = []
            for (index, (byPost, minutes)) in [(true, 0.0), (false, 1.0), (true, 2.0), (true, 90.0)].enumerated() {
                let submission = SubmissionStoreTests.submission(test, minutes: Double(index))
                try await test.portal.submissions.create(submission, jobs: [])
                _ = try await test.portal.submissions.changeStatus(of: submission.id, to: .inProgress, by: "staff:anna", note: nil, at: TestClock.now)
                let (url, _) = try UploadStoreTests.temporaryFile(bytes: 64)
                defer { try? FileManager.default.removeItem(at: url) }
                let file = UploadStoreTests.file(100 + index, size: 64)
                try await test.portal.uploads.save(
                    file, field: "bescheid", owner: "b\(index)", expiresAt: TestClock.now.addingTimeInterval(60), contents: url, now: TestClock.now)
                try await test.portal.decisions.deliver(
                    Decision(
                        submissionID: submission.id, file: file, outcome: .granted, deliveredAt: TestClock.now.addingTimeInterval(minutes * 60),
                        deliveredBy: "staff:anna", byPost: byPost))
                delivered.append(submission.id)
            }
            #expect(try await test.portal.decisions.decision(of: delivered[0])?.byPost == true)
            #expect(try await test.portal.decisions.decision(of: delivered[1])?.byPost == false)

            let cutoff = TestClock.now.addingTimeInterval(3600)
            let first = try await store.collect(into: "20261130-140000", deliveredBefore: cutoff, at: cutoff)
            #expect(first == [delivered[0], delivered[2]], "by post, before the cutoff, in delivery order")
            #expect(try await store.collect(into: "20261130-140001", deliveredBefore: cutoff, at: cutoff).isEmpty, "nothing twice")
            await #expect(throws: BatchExists.self) { try await store.collect(into: "20261130-140000", deliveredBefore: cutoff, at: cutoff) }
            let pending = try await store.unwritten()
            #expect(pending.map(\.id) == ["20261130-140000"] && pending.first?.submissions == first)
            #expect(try await test.portal.decisions.decision(of: delivered[0])?.printBatchID == "20261130-140000")
            #expect(try await test.portal.decisions.decision(of: delivered[0])?.printedAt == nil)

            try await store.markWritten("20261130-140000", at: cutoff)
            try await store.markWritten("20261130-140000", at: cutoff.addingTimeInterval(60))
            #expect(try await store.unwritten().isEmpty)
            #expect(try await test.portal.decisions.decision(of: delivered[2])?.printedAt == cutoff, "the first mark stays")
            let trail = try await test.portal.audit.events(submission: delivered[2], actions: [.decisionPrinted])
            #expect(trail.filter { $0.action == .decisionPrinted }.map(\.target) == ["batch:20261130-140000"], "audited once")

            let later = try await store.collect(into: "20261130-160000", deliveredBefore: cutoff.addingTimeInterval(3600), at: cutoff)
            #expect(later == [delivered[3]])
        }
    }
}
