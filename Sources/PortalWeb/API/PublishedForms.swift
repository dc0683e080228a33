import Foundation
import NIOCore
import PortalCore
import Synchronization

/// Published services with their current form version and the encoded form document, kept for a
/// few seconds. Every API request needs them and they change only when an editor publishes, so a
/// short time-to-live saves two reads and two JSON codings per request; a new version is visible
/// on every instance within `timeToLive`. The service's hand-over channels come with it: a channel
/// added or removed applies to submissions filed from `timeToLive` later.
final class PublishedForms: Sendable {
    struct Entry: Sendable {
        let service: Service
        let version: FormVersion
        let document: ByteBuffer
        /// Filled by staff in test mode (a draft's test copy or the published version).
        var isTest = false
        /// Where the service's submissions are handed over (none for a test).
        var channels: [HandoverChannel] = []

        /// Whether the form asks for files (then the form flow looks up the draft's uploads).
        var hasFileFields: Bool { version.schema.fields.contains { $0.kind == .file } }
    }

    private let catalog: any CatalogStore
    private let handover: any HandoverStore
    private let timeToLive: Duration
    private let entries = Mutex<[String: (entry: Entry, loaded: ContinuousClock.Instant)]>([:])
    private let serviceList = Mutex<(services: [Service], loaded: ContinuousClock.Instant)?>(nil)

    init(catalog: any CatalogStore, handover: any HandoverStore, timeToLive: Duration) {
        self.catalog = catalog
        self.handover = handover
        self.timeToLive = timeToLive
    }

    /// All published services, ordered by title, kept as long as a form entry.
    func services() async throws -> [Service] {
        let now = ContinuousClock.now
        if let cached = serviceList.withLock({ $0 }), now - cached.loaded < timeToLive { return cached.services }
        let services = try await catalog.publishedServices()
        serviceList.withLock { $0 = (services, now) }
        return services
    }

    /// The published service and form for `slug`, or nil when there is none (not cached, so a
    /// service published a moment ago is found at once).
    func entry(slug: String) async throws -> Entry? {
        let now = ContinuousClock.now
        if let cached = entries.withLock({ $0[slug] }), now - cached.loaded < timeToLive {
            return cached.entry
        }
        guard let service = try await catalog.service(slug: slug), service.isPublished,
            let version = try await catalog.currentFormVersion(of: service.id)
        else {
            entries.withLock { _ = $0.removeValue(forKey: slug) }
            return nil
        }
        var entry = Entry(service: service, version: version, document: try JSONResponse.encode(APIDocuments.FormDocument(version)))
        entry.channels = try await handover.channels(of: service.id)
        entries.withLock { $0[slug] = (entry, now) }
        return entry
    }
}
