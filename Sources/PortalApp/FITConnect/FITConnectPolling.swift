import Foundation
import Logging
import PortalCore
import PortalViews
import PortalWeb

/// Follows the event logs of submitted FIT-Connect transfers, each on its own growing schedule
/// (`FITConnectTransfer.checkInterval`). Verified events are kept for the case page; the
/// receiver's `accept-submission` moves a received case into processing, `reject-submission`
/// rejects it with the receiver's reason, and the applicant is told as for any status change.
public struct FITConnectPolling: Sendable {
    let reader: FITConnectEventReader
    let store: any FITConnectStore
    let submissions: any SubmissionStore
    let notice: ApplicantNotice
    let now: @Sendable () -> Date
    let logger: Logger

    public init(
        reader: FITConnectEventReader, store: any FITConnectStore, submissions: any SubmissionStore, notice: ApplicantNotice,
        now: @escaping @Sendable () -> Date, logger: Logger
    ) {
        self.reader = reader
        self.store = store
        self.submissions = submissions
        self.notice = notice
        self.now = now
        self.logger = logger
    }

    /// Reads every transfer that is due; returns how many were decided.
    @discardableResult
    public func run(limit: Int = 200) async throws -> Int {
        var decided = 0
        for transfer in try await store.transfersDue(at: now(), limit: limit) {
            if try await check(transfer) { decided += 1 }
        }
        return decided
    }

    /// Reads one transfer's event log now; true when it holds the receiver's decision.
    @discardableResult
    public func check(_ transfer: FITConnectTransfer) async throws -> Bool {
        var transfer = transfer
        let read: (events: [FITConnectEvent], rejected: [FITConnectEventReader.Rejection])
        do {
            read = try await reader.events(remoteID: transfer.remoteID, destination: transfer.destinationID)
        } catch {
            logger.warning("FIT-Connect event log not read", metadata: ["submission": "\(transfer.submissionID)", "error": "\(error)"])
            try await reschedule(&transfer)
            return false
        }
        if !read.rejected.isEmpty {
            logger.warning(
                "FIT-Connect events left out: not verifiable",
                metadata: ["submission": "\(transfer.submissionID)", "reasons": "\(read.rejected.map { "\($0)" }.joined(separator: ", "))"])
        }
        _ = try await store.record(read.events, of: transfer.submissionID, through: transfer.channelID)
        guard let decision = read.events.filter(\.kind.isDecision).max(by: { $0.issuedAt < $1.issuedAt }) else {
            try await reschedule(&transfer)
            return false
        }
        try await apply(decision, to: transfer.submissionID)
        transfer.state = decision.kind == .acceptSubmission ? .accepted : .rejected
        transfer.decidedAt = decision.issuedAt
        transfer.nextCheckAt = nil
        try await store.save(transfer)
        return true
    }

    private func reschedule(_ transfer: inout FITConnectTransfer) async throws {
        transfer.checks += 1
        let since = transfer.submittedAt ?? transfer.createdAt
        transfer.nextCheckAt =
            now().timeIntervalSince(since) > FITConnectTransfer.giveUpAfter
            ? nil : now().addingTimeInterval(FITConnectTransfer.checkInterval(afterChecks: transfer.checks))
        try await store.save(transfer)
    }

    /// The case follows the receiver's decision when it still waits for one; a case staff have
    /// moved on already keeps its status (the event stays on the case page).
    private func apply(_ decision: FITConnectEvent, to id: Submission.ID) async throws {
        guard let submission = try await submissions.submission(id: id) else { return }
        let words = HandoverText.for(.german)
        let actor = "fit-connect"
        var moved: CaseStatus?
        switch decision.kind {
        case .acceptSubmission where submission.status == .received:
            _ = try await submissions.changeStatus(of: id, to: .inProgress, by: actor, note: words.acceptedNote, at: now())
            moved = .inProgress
        case .rejectSubmission where submission.status == .received || submission.status == .inProgress:
            if submission.status == .received {
                _ = try await submissions.changeStatus(of: id, to: .inProgress, by: actor, note: nil, at: now())
            }
            _ = try await submissions.changeStatus(of: id, to: .rejected, by: actor, note: words.rejectedNote(decision.problems), at: now())
            moved = .rejected
        default:
            break
        }
        guard let status = moved else { return }
        await notice.send(submission) { words, reference, service, link in
            (words.statusMailSubject(reference), words.statusMailBody(reference, service, status.applicantLabel(words.language), link))
        }
    }
}
