import Foundation

/// The event log without personal data (`PortalEvent`). Most events are written by the stores in
/// the same transaction as what they record; this port adds the rest and reads them back.
public protocol EventLog: Sendable {
    func record(_ event: PortalEvent) async throws
    /// Adds many events in one write (the demo's year of use).
    func record(_ events: [PortalEvent]) async throws
    /// Events from `start` up to (not including) `end`, oldest first.
    func events(from start: Date, to end: Date) async throws -> [PortalEvent]
    /// When the first event happened (nil: none yet).
    func firstEventAt() async throws -> Date?
    /// How often each of `kinds` happened on the days from `start` up to (not including) `end` in the
    /// authority's time zone, about `services` (nil: all, portal-wide events included), added up per
    /// `grouping`. Days already rolled up come from the daily counts, younger ones from the events.
    func counts(
        of kinds: Set<PortalEvent.Kind>, from start: LocalDate, to end: LocalDate, services: Set<Service.ID>?, by grouping: EventCount.Grouping
    ) async throws -> [EventCount]
    /// Adds up the daily counts of every day before `day` not counted yet; returns the days counted.
    /// Safe on several instances at once: each day is counted by one.
    func rollUp(before day: LocalDate) async throws -> Int
    /// Forgets the daily counts, so the next roll-up counts every day again (after events were
    /// added for past days, as the demo does).
    func forgetDailyCounts() async throws
}
