import Foundation
import Synchronization

/// A clock tests move forward by hand (lifetimes, waits after failed sign-ins); starts at `TestClock.now`.
public final class ManualClock: Sendable {
    private let instant: Mutex<Date>

    public init(_ start: Date = TestClock.now) {
        instant = Mutex(start)
    }

    public var now: Date { instant.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        instant.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
