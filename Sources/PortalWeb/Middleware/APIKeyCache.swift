import Foundation
import PortalCore
import Synchronization

/// Valid API keys, remembered for a few seconds so a Fachverfahren paging through thousands of
/// submissions costs one key lookup, not one per page. Unknown keys are not remembered, so a new
/// key works at once; a revoked key stops working within `timeToLive`. Each load records the
/// key's use, so "last used" is right to within `timeToLive` without a write per request.
final class APIKeyCache: Sendable {
    private let store: any APIKeyStore
    private let timeToLive: Duration
    private let wallClock: @Sendable () -> Date
    private let known = Mutex<[String: (key: APIKey, loaded: ContinuousClock.Instant)]>([:])

    init(store: any APIKeyStore, timeToLive: Duration, wallClock: @escaping @Sendable () -> Date) {
        self.store = store
        self.timeToLive = timeToLive
        self.wallClock = wallClock
    }

    func key(secretHash: String, now: ContinuousClock.Instant) async throws -> APIKey? {
        if let hit = known.withLock({ $0[secretHash] }), now - hit.loaded < timeToLive {
            return hit.key
        }
        guard let key = try await store.key(secretHash: secretHash) else {
            known.withLock { _ = $0.removeValue(forKey: secretHash) }
            return nil
        }
        known.withLock { cache in
            if cache.count > 10_000 { cache.removeAll() }
            cache[secretHash] = (key, now)
        }
        try await store.recordUse(of: key.id, at: wallClock())
        return key
    }
}
