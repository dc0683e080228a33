import Foundation
import PortalCore
import Synchronization

/// Looks up API keys and records their use. Every request reads its key (one indexed read), so a
/// revoked key is refused at once on every instance; what is remembered for `timeToLive` is only
/// when a key's use was last written, so a Fachverfahren paging through thousands of submissions
/// costs one write per `timeToLive`, not one per page, and "last used" is right to within it.
final class APIKeyCache: Sendable {
    private let store: any APIKeyStore
    private let timeToLive: Duration
    private let wallClock: @Sendable () -> Date
    private let recorded = Mutex<[APIKey.ID: ContinuousClock.Instant]>([:])

    init(store: any APIKeyStore, timeToLive: Duration, wallClock: @escaping @Sendable () -> Date) {
        self.store = store
        self.timeToLive = timeToLive
        self.wallClock = wallClock
    }

    func key(secretHash: String, now: ContinuousClock.Instant) async throws -> APIKey? {
        guard let key = try await store.key(secretHash: secretHash) else { return nil }
        let due = recorded.withLock { recorded in
            if let last = recorded[key.id], now - last < timeToLive { return false }
            if recorded.count > 10_000 { recorded.removeAll() }
            recorded[key.id] = now
            return true
        }
        if due { try await store.recordUse(of: key.id, at: wallClock()) }
        return key
    }
}
