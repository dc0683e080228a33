import Foundation

/// The hand-over of one submission through one channel: pending until the channel confirms it,
/// retried with backoff, failed with its reason once the attempts are used up (an admin or case
/// worker may then retry it by hand). Its key is the same on every attempt, so receivers can drop
/// repeats.
public struct Delivery: Hashable, Sendable {
    public enum State: String, Hashable, Sendable {
        case pending
        case delivered
        case failed
    }

    public var submissionID: Submission.ID
    public var channelID: HandoverChannel.ID
    public var kind: HandoverChannel.Kind
    public var state: State
    public var attempts: Int
    public var deliveredAt: Date?
    /// Why the last attempt failed, in words for staff; never personal data.
    public var lastError: String?
    public var updatedAt: Date
    /// Set when somebody sent it again by hand after it had failed.
    public var retriedByHandAt: Date?

    public init(
        submissionID: Submission.ID, channelID: HandoverChannel.ID, kind: HandoverChannel.Kind, state: State = .pending, attempts: Int = 0,
        deliveredAt: Date? = nil, lastError: String? = nil, updatedAt: Date, retriedByHandAt: Date? = nil
    ) {
        self.submissionID = submissionID
        self.channelID = channelID
        self.kind = kind
        self.state = state
        self.attempts = attempts
        self.deliveredAt = deliveredAt
        self.lastError = lastError
        self.updatedAt = updatedAt
        self.retriedByHandAt = retriedByHandAt
    }

    /// The idempotency key: the reference and the channel, stable across attempts and restarts.
    public static func key(reference: Reference, channel: HandoverChannel.ID) -> String {
        "\(reference.rawValue)_\(channel.description)"
    }

    /// The payload of the job that carries it: `<submission>/<channel>`.
    public var jobPayload: String { Self.jobPayload(submissionID, channelID) }

    public static func jobPayload(_ submission: Submission.ID, _ channel: HandoverChannel.ID) -> String {
        "\(submission.description)/\(channel.description)"
    }

    public static func parse(jobPayload: String) -> (Submission.ID, HandoverChannel.ID)? {
        let parts = jobPayload.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let submission = Submission.ID(string: String(parts[0])), let channel = HandoverChannel.ID(string: String(parts[1]))
        else { return nil }
        return (submission, channel)
    }
}
