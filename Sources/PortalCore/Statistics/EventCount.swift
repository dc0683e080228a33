import Foundation

/// How many events of one kind (and service, step and detail) happened in a bucket of days: the
/// unit the statistics dashboard and the open data add up (`EventLog.counts`).
public struct EventCount: Hashable, Sendable {
    /// What the counts are added up by.
    public enum Grouping: Hashable, Sendable {
        /// The whole period: `bucket` is nil.
        case period
        /// Per day: `bucket` is the day (`2026-11-03`).
        case day
        /// Per calendar month: `bucket` is the month (`2026-11`).
        case month
    }

    public var bucket: String?
    public var kind: PortalEvent.Kind
    public var serviceID: Service.ID?
    public var step: Int?
    public var detail: String?
    public var count: Int

    public init(bucket: String? = nil, kind: PortalEvent.Kind, serviceID: Service.ID?, step: Int? = nil, detail: String? = nil, count: Int) {
        self.bucket = bucket
        self.kind = kind
        self.serviceID = serviceID
        self.step = step
        self.detail = detail
        self.count = count
    }

    /// The bucket a day falls into.
    public static func bucket(of day: LocalDate, by grouping: Grouping) -> String? {
        switch grouping {
        case .period: nil
        case .day: day.iso
        case .month: String(day.iso.prefix(7))
        }
    }

    /// Adds up counts that share bucket, kind, service, step and detail.
    public static func merged(_ counts: some Sequence<EventCount>) -> [EventCount] {
        var totals: [EventCount: Int] = [:]
        var order: [EventCount] = []
        for count in counts {
            var key = count
            key.count = 0
            if totals[key] == nil { order.append(key) }
            totals[key, default: 0] += count.count
        }
        return order.map { key in
            var count = key
            count.count = totals[key] ?? 0
            return count
        }
    }
}
