import Foundation

/// Hand-over channels and the state of each delivery.
public protocol HandoverStore: Sendable {
    /// Channels in use, in the order they were added.
    func channels() async throws -> [HandoverChannel]
    func channels(of service: Service.ID) async throws -> [HandoverChannel]
    /// Also a removed channel: its pending deliveries must learn that it is gone.
    func channel(id: HandoverChannel.ID) async throws -> (channel: HandoverChannel, removed: Bool)?
    func add(_ channel: HandoverChannel) async throws
    /// Throws `NotFound` for an unknown or already removed channel.
    func remove(_ id: HandoverChannel.ID, at instant: Date) async throws
    /// The new secret signs from now on; the old one signs too until the next rotation.
    func rotateSecret(of id: HandoverChannel.ID, to secret: WebhookSecret) async throws

    func deliveries(of submission: Submission.ID) async throws -> [Delivery]
    func delivery(of submission: Submission.ID, through channel: HandoverChannel.ID) async throws -> Delivery?
    /// Marks it delivered; once every delivery of the submission is, the submission counts as handed over.
    func recordDelivered(_ submission: Submission.ID, through channel: HandoverChannel.ID, attempts: Int, at instant: Date) async throws
    /// Records a failed attempt; `final` when no retry follows.
    func recordFailure(_ submission: Submission.ID, through channel: HandoverChannel.ID, attempts: Int, reason: String, final: Bool, at instant: Date)
        async throws
    /// Sends a failed delivery again: pending with a new job, in one write. False when it was not failed.
    func retryByHand(_ submission: Submission.ID, through channel: HandoverChannel.ID, job: Job, at instant: Date) async throws -> Bool
    /// The pull channel's acknowledgement by `actor`, audited the first time, in one transaction.
    /// Returns when it was first acknowledged and whether that was now; nil when the submission's
    /// service has no pull channel.
    func acknowledgePull(of submission: Submission.ID, by actor: String, at instant: Date) async throws -> (acknowledgedAt: Date, isFirst: Bool)?
    /// The org unit's submissions whose pull delivery waits for its acknowledgement, by arrival.
    func unacknowledged(of orgUnit: OrgUnit.ID, after sequence: Int64?, limit: Int) async throws -> [SubmissionSummary]
}
