import Foundation
import PortalCore

/// A year of made-up use for the demo and the benchmarks (issue 17), so the statistics dashboard and
/// the open data are not empty: forms started and abandoned step by step, submissions, decisions
/// with their processing days, document requests, withdrawals, contact questions and ratings. The
/// numbers come from a seeded generator, the same every time; comments say they are examples.
struct DemoStatistics {
    struct Day {
        var events: [PortalEvent] = []
        var ratings: [Rating] = []
    }

    /// A service with its number of form steps and its share of the starts.
    struct Offer {
        var service: Service
        var steps: Int
        var weight: Double
    }

    let offers: [Offer]
    let timeZone: TimeZone
    /// Forms started per day over all services, on an average weekday.
    let startsPerDay: Double
    /// The share of submitted applications that are rated.
    let ratingShare: Double
    var random: SplitMix

    static let comments = [
        "Beispielkommentar (Demodaten): Das ging schnell und war verständlich.",
        "Beispielkommentar (Demodaten): Bei Schritt 2 wusste ich nicht, welche Unterlagen gemeint sind.",
        "Beispielkommentar (Demodaten): Bitte mehr Hinweise zu den Gebühren.",
        "Beispielkommentar (Demodaten): Der Upload des Lageplans hat beim zweiten Mal geklappt.",
    ]

    init(offers: [Offer], timeZone: TimeZone, startsPerDay: Double, ratingShare: Double, seed: UInt64 = 2026) {
        self.offers = offers
        self.timeZone = timeZone
        self.startsPerDay = startsPerDay
        self.ratingShare = ratingShare
        self.random = SplitMix(seed: seed)
    }

    /// One day's use; events after `now` (decisions still to come) are left out.
    mutating func day(_ day: LocalDate, now: Date) -> Day {
        var output = Day()
        let isWeekend = day.weekdayIndex >= 5
        // Spring and autumn are busier than summer and the turn of the year.
        let season = 1 + 0.25 * sin(Double(day.month) / 12 * 2 * .pi)
        let start = day.start(in: timeZone)
        for offer in offers {
            let expected = startsPerDay * offer.weight * season * (isWeekend ? 0.35 : 1)
            let starts = max(0, Int((expected * (0.8 + 0.4 * random.unit())).rounded()))
            for _ in 0..<starts {
                // Most people apply in the day and evening.
                var at = start.addingTimeInterval(7 * 3600 + random.unit() * 15 * 3600)
                output.events.append(PortalEvent(.formStarted, service: offer.service.id, at: at))
                var completed = 0
                while completed < offer.steps, random.unit() < 0.88 {
                    completed += 1
                    at.addTimeInterval(60 + random.unit() * 240)
                    output.events.append(PortalEvent(.stepReached, service: offer.service.id, step: completed, at: at))
                }
                guard completed == offer.steps, random.unit() < 0.93 else { continue }
                at.addTimeInterval(30 + random.unit() * 60)
                output.events.append(PortalEvent(.submissionReceived, service: offer.service.id, at: at))
                submitted(offer.service, at: at, now: now, into: &output)
            }
            // About four contact questions per hundred applications, some about no service in particular.
            if random.unit() < expected * 0.03 {
                let category = ContactMessage.Category.allCases[random.below(ContactMessage.Category.allCases.count)]
                output.events.append(
                    PortalEvent(
                        .contactMessage, service: offer.service.id, detail: category.rawValue, at: start.addingTimeInterval(9 * 3600 + random.unit() * 8 * 3600)
                    ))
            }
        }
        output.events.sort { $0.at < $1.at }
        output.events.removeAll { $0.at > now }
        output.ratings.removeAll { $0.givenAt > now }
        return output
    }

    private mutating func submitted(_ service: Service, at received: Date, now: Date, into output: inout Day) {
        if random.unit() < ratingShare {
            let stars = [1, 2, 3, 4, 5][random.weighted([0.04, 0.06, 0.14, 0.34, 0.42])]
            let comment = random.unit() < 0.1 ? Self.comments[random.below(Self.comments.count)] : nil
            output.ratings.append(
                Rating(serviceID: service.id, page: .confirmation, stars: stars, comment: comment, givenAt: received.addingTimeInterval(20)))
        }
        let roll = random.unit()
        if roll < 0.03 {
            output.events.append(
                PortalEvent(
                    .statusChanged, service: service.id, detail: CaseStatus.withdrawn.rawValue,
                    at: received.addingTimeInterval(86_400 * (1 + random.unit() * 5))))
            return
        }
        let started = received.addingTimeInterval(3600 * (2 + random.unit() * 46))
        output.events.append(PortalEvent(.statusChanged, service: service.id, detail: CaseStatus.inProgress.rawValue, at: started))
        if random.unit() < 0.12 {
            output.events.append(PortalEvent(.documentsRequested, service: service.id, at: started.addingTimeInterval(3600)))
        }
        // Processing days: most cases within two weeks, a long tail up to about two months.
        let days = Int(2 + 10 * random.unit() + (random.unit() < 0.15 ? 45 * random.unit() : 0))
        let decided = received.addingTimeInterval(Double(days) * 86_400 + 3600 * random.unit() * 8)
        let status: CaseStatus = random.unit() < 0.08 ? .rejected : .decided
        output.events.append(PortalEvent(.statusChanged, service: service.id, detail: status.rawValue, at: decided))
        output.events.append(PortalEvent(.caseDecided, service: service.id, detail: "\(days)", at: decided))
        if status == .decided {
            output.events.append(PortalEvent(.decisionDelivered, service: service.id, detail: Decision.Outcome.granted.rawValue, at: decided))
        }
    }

    /// A small, seeded random number generator (SplitMix64): the demo is the same on every machine.
    struct SplitMix {
        var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }

        /// In 0 ..< 1.
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

        mutating func below(_ count: Int) -> Int { Int(next() % UInt64(count)) }

        /// An index chosen by the weights (which add up to 1).
        mutating func weighted(_ weights: [Double]) -> Int {
            var left = unit()
            for (index, weight) in weights.enumerated() {
                if left < weight { return index }
                left -= weight
            }
            return weights.count - 1
        }
    }
}
