import Foundation
import PortalCore
import PortalTestSupport
import PortalViews
import Testing

@Suite("Case workflow")
struct CaseTests {
    @Test("A case moves received → in progress → completed, and every move is recorded")
    func happyPath() throws {
        var caseFile = Case(submissionID: Identifier(UUID()))
        try caseFile.move(to: .inProgress, by: "staff:1", note: "  ", at: TestClock.now)
        try caseFile.move(to: .completed, by: "staff:1", note: "Keine Bedenken.", at: TestClock.now.addingTimeInterval(60))
        #expect(caseFile.status == .completed)
        #expect(caseFile.history.map(\.to) == [.inProgress, .completed])
        #expect(caseFile.history[0].note == nil)
        #expect(caseFile.history[1].note == "Keine Bedenken.")
        #expect(caseFile.history[1].from == .inProgress)
    }

    @Test(
        "Moves the workflow does not allow are refused and change nothing",
        arguments: [
            (CaseStatus.received, CaseStatus.completed), (.received, .rejected), (.received, .received),
            (.completed, .inProgress), (.rejected, .completed), (.inProgress, .received),
            (.decided, .withdrawn), (.withdrawn, .inProgress), (.waitingForApplicant, .decided), (.received, .decided),
        ])
    func refusesInvalidMoves(from: CaseStatus, to: CaseStatus) throws {
        var caseFile = Case(submissionID: Identifier(UUID()), status: from)
        #expect(throws: CaseTransitionError(from: from, to: to)) {
            try caseFile.move(to: to, by: "staff:1", note: nil, at: TestClock.now)
        }
        #expect(caseFile.status == from)
        #expect(caseFile.history.isEmpty)
    }

    @Test("Final statuses have no successors")
    func finals() {
        #expect(CaseStatus.completed.isFinal && CaseStatus.rejected.isFinal)
        #expect(!CaseStatus.received.isFinal && !CaseStatus.inProgress.isFinal)
        #expect(CaseTransitionError(from: .completed, to: .inProgress).message().contains("„Abgeschlossen“"))
        #expect(
            CaseTransitionError(from: .completed, to: .inProgress).message(.english) == "A case with the status “Completed” cannot be set to “In progress”.")
    }
}
