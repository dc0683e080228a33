import Foundation

/// A unit of background work as stored in the job table.
public struct Job: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Job>

    public enum State: String, Hashable, Sendable, Codable {
        /// Waiting for `runAt`, or claimed by a worker whose lease may have run out.
        case queued
        case done
        /// Gave up after the last attempt; kept for inspection, never deleted silently.
        case failed
    }

    public var id: ID
    public var kind: JobKind
    /// The job's input, usually the ID of what it works on. Never personal data.
    public var payload: String
    public var state: State
    public var attempts: Int
    public var runAt: Date
    public var lastError: String?

    public init(id: ID, kind: JobKind, payload: String, state: State = .queued, attempts: Int = 0, runAt: Date, lastError: String? = nil) {
        self.id = id
        self.kind = kind
        self.payload = payload
        self.state = state
        self.attempts = attempts
        self.runAt = runAt
        self.lastError = lastError
    }
}
