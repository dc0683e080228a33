import PortalCore
import Synchronization

/// Form versions by ID, for the jobs that read one per submission (receipts, hand-overs). A stored
/// version never changes, so an entry never goes stale; the cache only bounds its size.
final class FormVersionCache: Sendable {
    private let entries = Mutex<[FormVersion.ID: FormVersion]>([:])

    func version(_ id: FormVersion.ID, load: () async throws -> FormVersion?) async throws -> FormVersion? {
        if let cached = entries.withLock({ $0[id] }) { return cached }
        guard let loaded = try await load() else { return nil }
        entries.withLock { entries in
            if entries.count >= 64 { entries.removeAll() }
            entries[id] = loaded
        }
        return loaded
    }
}
