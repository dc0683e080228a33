import Foundation
import Synchronization

/// When this process's job worker last went round its loop, for `/readyz`: a worker that hangs or
/// died inside a running portal makes the instance not ready, though it still answers.
public final class WorkerHeartbeat: Sendable {
    private let last = Mutex<Date?>(nil)

    public init() {}

    public func beat(at instant: Date) {
        last.withLock { $0 = instant }
    }

    public var lastBeat: Date? { last.withLock { $0 } }
}
