import Foundation
import Logging
import PortalCore

/// Hands a new submission over. Until the hand-over adapters exist this logs the arrival and marks
/// the submission as handed over; the mark is idempotent, so a repeated run changes nothing.
public struct SubmissionReceivedHandler: JobHandler {
    public let kind = JobKind.submissionReceived
    let submissions: any SubmissionStore
    let now: @Sendable () -> Date
    let logger: Logger

    public init(submissions: any SubmissionStore, now: @escaping @Sendable () -> Date, logger: Logger) {
        self.submissions = submissions
        self.now = now
        self.logger = logger
    }

    public func run(_ job: Job) async throws {
        guard let id = Submission.ID(string: job.payload), let reference = try await submissions.markHandedOver(id, at: now()) else {
            throw NotFound("submission \(job.payload)")
        }
        // Reference and IDs only: answers hold personal data and never go to the log.
        logger.info("submission handed over", metadata: ["reference": "\(reference)", "job": "\(job.id)"])
    }
}
