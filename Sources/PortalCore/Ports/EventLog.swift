import Foundation

/// The event log without personal data (`PortalEvent`). Most events are written by the stores in
/// the same transaction as what they record; this port adds the rest and reads them back.
public protocol EventLog: Sendable {
    func record(_ event: PortalEvent) async throws
    /// Events from `start` up to (not including) `end`, oldest first.
    func events(from start: Date, to end: Date) async throws -> [PortalEvent]
    /// When the first event happened (nil: none yet).
    func firstEventAt() async throws -> Date?
}
