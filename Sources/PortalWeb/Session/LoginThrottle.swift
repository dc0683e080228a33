import Foundation
import Synchronization

/// Counts failed sign-ins per account and per client address and refuses further attempts for a
/// while once either passes its limit. Kept in memory: with several instances each counts its own
/// share, which still bounds guessing to (instances × limit) per window.
final class LoginThrottle: Sendable {
    private let window: TimeInterval
    private let perAccount: Int
    private let perAddress: Int
    private let failures = Mutex<[String: [Date]]>([:])

    init(window: TimeInterval = 15 * 60, perAccount: Int = 5, perAddress: Int = 20) {
        self.window = window
        self.perAccount = perAccount
        self.perAddress = perAddress
    }

    func isBlocked(account: String, address: String, now: Date) -> Bool {
        failures.withLock { all in
            count(&all, "u:" + account, now) >= perAccount || count(&all, "a:" + address, now) >= perAddress
        }
    }

    func recordFailure(account: String, address: String, now: Date) {
        failures.withLock { all in
            if all.count > 100_000 { all.removeAll() }
            all["u:" + account, default: []].append(now)
            all["a:" + address, default: []].append(now)
        }
    }

    func reset(account: String) {
        failures.withLock { _ = $0.removeValue(forKey: "u:" + account) }
    }

    private func count(_ all: inout [String: [Date]], _ key: String, _ now: Date) -> Int {
        let recent = (all[key] ?? []).filter { now.timeIntervalSince($0) < window }
        all[key] = recent.isEmpty ? nil : recent
        return recent.count
    }
}
