import Foundation

/// The figures of the statistics dashboard (issue 17) for one period and a set of services, added
/// up from the event log's counts: the funnel, the processing time, satisfaction and the internal
/// figures the OZG-Servicestandard asks for (questions, document requests, withdrawals).
public struct KeyFigures: Hashable, Sendable {
    public var started = 0
    public var submitted = 0
    /// Completed steps of the online form: step number → how often.
    public var stepsCompleted: [Int: Int] = [:]
    /// Cases closed by a decision: whole days from receipt → how many cases.
    public var processingDays: [Int: Int] = [:]
    /// Ratings with 1…5 stars (index 0 is one star).
    public var stars = [0, 0, 0, 0, 0]
    public var contactMessages = 0
    /// Contact-form questions per category (`ContactMessage.Category`).
    public var contactCategories: [ContactMessage.Category: Int] = [:]
    public var documentRequests = 0
    public var withdrawals = 0

    public init() {}

    public init(_ counts: some Sequence<EventCount>) {
        for count in counts { add(count) }
    }

    public mutating func add(_ count: EventCount) {
        switch count.kind {
        case .formStarted: started += count.count
        case .submissionReceived: submitted += count.count
        case .stepReached:
            if let step = count.step, step > 0 { stepsCompleted[step, default: 0] += count.count }
        case .caseDecided:
            if let days = count.detail.flatMap({ Int($0) }), days >= 0 { processingDays[days, default: 0] += count.count }
        case .rating:
            if let value = count.detail.flatMap({ Int($0) }), Rating.starRange.contains(value) { stars[value - 1] += count.count }
        case .contactMessage:
            contactMessages += count.count
            contactCategories[count.detail.flatMap(ContactMessage.Category.init(rawValue:)) ?? .other, default: 0] += count.count
        case .documentsRequested: documentRequests += count.count
        case .statusChanged:
            if count.detail == CaseStatus.withdrawn.rawValue { withdrawals += count.count }
        case .decisionDelivered: break
        }
    }

    /// The kinds these figures are made of.
    public static let kinds: Set<PortalEvent.Kind> = [
        .formStarted, .submissionReceived, .stepReached, .caseDecided, .rating, .contactMessage, .documentsRequested, .statusChanged,
    ]

    /// Submitted per started; nil when nobody started.
    public var completionRate: Double? { started > 0 ? Double(submitted) / Double(started) : nil }

    public var ratings: Int { stars.reduce(0, +) }

    public var averageStars: Double? {
        ratings > 0 ? Double(stars.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }) / Double(ratings) : nil
    }

    /// Contact-form questions per 100 submitted applications; nil without applications.
    public var contactMessagesPer100: Double? { submitted > 0 ? Double(contactMessages) * 100 / Double(submitted) : nil }

    public var decided: Int { processingDays.values.reduce(0, +) }

    /// The median of the processing days (the middle case, or the mean of the middle two).
    public var medianProcessingDays: Double? {
        let total = decided
        guard total > 0 else { return nil }
        if total % 2 == 1 { return Double(processingDay(rank: (total + 1) / 2)) }
        return Double(processingDay(rank: total / 2) + processingDay(rank: total / 2 + 1)) / 2
    }

    /// The days within which 90 % of the cases were decided (nearest rank).
    public var processingDays90: Int? {
        let total = decided
        guard total > 0 else { return nil }
        return processingDay(rank: Int((Double(total) * 0.9).rounded(.up)))
    }

    /// The days of the case at `rank` (1 is the fastest).
    func processingDay(rank: Int) -> Int {
        var seen = 0
        for day in processingDays.keys.sorted() {
            seen += processingDays[day] ?? 0
            if seen >= rank { return day }
        }
        return processingDays.keys.max() ?? 0
    }

    /// The funnel: started, each completed step up to the highest one seen, submitted.
    public var funnel: [FunnelStage] {
        var stages = [FunnelStage(stage: .started, count: started)]
        let last = stepsCompleted.keys.max() ?? 0
        if last > 0 { stages += (1...last).map { FunnelStage(stage: .step($0), count: stepsCompleted[$0] ?? 0) } }
        stages.append(FunnelStage(stage: .submitted, count: submitted))
        return stages
    }

    public struct FunnelStage: Hashable, Sendable {
        public enum Stage: Hashable, Sendable {
            case started
            case step(Int)
            case submitted
        }

        public var stage: Stage
        public var count: Int
    }
}
