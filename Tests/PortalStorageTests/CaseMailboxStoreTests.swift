import Foundation
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Mailbox and decision store contract")
struct CaseMailboxStoreTests {
    @Test(
        "Messages keep their order and read markers per side; a decision moves the case once and keeps the first retrieval",
        arguments: TestDatabaseKind.allCases)
    func mailboxAndDecision(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let submission = SubmissionStoreTests.submission(test)
            try await test.portal.submissions.create(submission, jobs: [])
            let mailbox = test.portal.mailbox
            let question = CaseMessage(
                id: .init(UUID()), submissionID: submission.id, fromApplicant: true, author: "Antragsteller:in",
                body: "Brauche ich einen Lageplan?", sentAt: TestClock.now)
            let answer = CaseMessage(
                id: .init(UUID()), submissionID: submission.id, fromApplicant: false, author: "Anna Schäfer",
                body: "Ja.", sentAt: TestClock.now.addingTimeInterval(60))
            try await mailbox.add(question, auditActor: nil)
            try await mailbox.add(answer, auditActor: "staff:anna")
            #expect(try await mailbox.messages(of: submission.id).map(\.body) == ["Brauche ich einen Lageplan?", "Ja."])
            #expect(try await mailbox.unreadFromApplicants([submission.id]) == [submission.id: 1])
            try await mailbox.markRead(of: submission.id, byApplicant: false, at: TestClock.now)
            #expect(try await mailbox.unreadFromApplicants([submission.id]).isEmpty)
            #expect(try await mailbox.messages(of: submission.id).last?.readAt == nil, "the office's answer stays unread until the applicant looks")

            let decisions = test.portal.decisions
            let (url, _) = try UploadStoreTests.temporaryFile(bytes: 2048)
            defer { try? FileManager.default.removeItem(at: url) }
            let file = UploadStoreTests.file(7, size: 2048)
            try await test.portal.uploads.save(
                file, field: "bescheid", owner: "b", expiresAt: TestClock.now.addingTimeInterval(60), contents: url, now: TestClock.now)
            let decision = Decision(submissionID: submission.id, file: file, outcome: .partlyGranted, deliveredAt: TestClock.now, deliveredBy: "staff:anna")
            await #expect(throws: CaseTransitionError.self) { try await decisions.deliver(decision) }
            #expect(try await decisions.decision(of: submission.id) == nil, "refused while the case is only received")
            _ = try await test.portal.submissions.changeStatus(of: submission.id, to: .inProgress, by: "staff:anna", note: nil, at: TestClock.now)
            try await decisions.deliver(decision)
            #expect(try await decisions.decision(of: submission.id) == decision)
            #expect(try await test.portal.submissions.caseFile(of: submission.id)?.status == .decided)
            try await decisions.recordRetrieval(of: submission.id, at: TestClock.now.addingTimeInterval(10))
            try await decisions.recordRetrieval(of: submission.id, at: TestClock.now.addingTimeInterval(20))
            #expect(try await decisions.decision(of: submission.id)?.firstRetrievedAt == TestClock.now.addingTimeInterval(10))
        }
    }
}
