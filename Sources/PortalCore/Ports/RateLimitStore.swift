import Foundation

/// Counters of events (failed sign-ins, mails asked for, submissions) per key, kept where every
/// instance of the portal sees them, so a limit holds for the installation and not per process.
///
/// Keys are opaque: callers pass a hash of what they count (an address, an account), never the
/// value itself. Events are counted in minute buckets; a window counts the buckets it overlaps.
public protocol RateLimitStore: Sendable {
    /// Counts one event for `key` at `now`.
    func record(_ key: String, at now: Date) async throws
    /// The events for `key` in the `window` ending at `now`, and when the latest happened.
    func count(_ key: String, within window: TimeInterval, now: Date) async throws -> RateLimitCount
    /// The same for several keys, each with its window, in one read (in the order given).
    func counts(_ keys: [(key: String, window: TimeInterval)], now: Date) async throws -> [RateLimitCount]
    /// Forgets every event for `key` (a successful sign-in clears the account's failures).
    func clear(_ key: String) async throws
    /// Removes buckets older than `before`; returns how many. Keeps the table bounded.
    @discardableResult
    func deleteExpired(before: Date) async throws -> Int
}

/// How many events a key had in a window, and the time of the latest.
public struct RateLimitCount: Sendable, Equatable {
    public var events: Int
    public var latest: Date?

    public init(events: Int, latest: Date?) {
        self.events = events
        self.latest = latest
    }
}
