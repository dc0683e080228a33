import Crypto
import Foundation
import PortalCore
import Synchronization

/// The admins' settings of the portal's look, held in memory for every page and read again from
/// the database a few seconds after they were last read, so other instances follow a change too.
public final class PortalAppearance: Sendable {
    struct Snapshot {
        var settings = PortalSettings()
        var logoName: String?
        var readAt: Date?
    }

    private let snapshot = Mutex(Snapshot())
    /// How long settings are used before they are read again.
    let refreshInterval: TimeInterval

    public init(refreshInterval: TimeInterval = 5) {
        self.refreshInterval = refreshInterval
    }

    public var settings: PortalSettings { snapshot.withLock { $0.settings } }

    /// `3fa2c1d07b.png`: named after the content, so browsers may keep it for good and a new logo gets a new name.
    public var logoName: String? { snapshot.withLock { $0.logoName } }

    public func use(_ settings: PortalSettings, readAt: Date) {
        let name = settings.logo.map { logo in
            SHA256.hash(data: Data(logo.bytes)).prefix(8).map { String(format: "%02x", $0) }.joined() + "." + logo.mediaType.fileExtension
        }
        snapshot.withLock { $0 = Snapshot(settings: settings, logoName: name, readAt: readAt) }
    }

    /// Reads the settings when they are older than the interval; a failed read keeps the old ones.
    func refreshIfStale(from store: any PortalSettingsStore, now: Date) async throws {
        let due = snapshot.withLock { snapshot in
            guard snapshot.readAt.map({ now.timeIntervalSince($0) >= refreshInterval || now < $0 }) ?? true else { return false }
            // This request reads; those arriving meanwhile keep the current settings instead of reading too.
            snapshot.readAt = now
            return true
        }
        guard due else { return }
        use(try await store.settings(), readAt: now)
    }
}
