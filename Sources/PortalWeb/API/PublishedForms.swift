import Foundation
import NIOCore
import PortalCore
import Synchronization

/// Published services with their current form version and the encoded form document. Every API
/// request needs them and they change only when an editor publishes, so they are kept until the
/// catalogue's stamp moves on (one small read per request instead of two reads and two JSON
/// codings): a version published or a hand-over channel changed on any instance applies here with
/// the next request.
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
    private struct Cache {
        var stamp: Int64 = -1
        var entries: [String: Entry] = [:]
        var services: [Service]?
    }

    private let cache = Mutex(Cache())

    init(catalog: any CatalogStore, handover: any HandoverStore) {
        self.catalog = catalog
        self.handover = handover
    }

    /// The catalogue's current stamp; what was cached under an older one is dropped.
    private func current() async throws -> Int64 {
        let stamp = try await catalog.stamp()
        cache.withLock { cache in
            if cache.stamp != stamp { cache = Cache(stamp: stamp) }
        }
        return stamp
    }

    /// Keeps what was read under `stamp`, unless the catalogue moved on meanwhile.
    private func keep(_ stamp: Int64, _ change: (inout Cache) -> Void) {
        cache.withLock { cache in
            if cache.stamp == stamp { change(&cache) }
        }
    }

    /// All published services, ordered by title.
    func services() async throws -> [Service] {
        let stamp = try await current()
        if let services = cache.withLock({ $0.services }) { return services }
        let services = try await catalog.publishedServices()
        keep(stamp) { $0.services = services }
        return services
    }

    /// The service and form version an application was begun with (a pending payment's), whether
    /// or not the version is still the current one; not cached.
    func entry(service id: Service.ID, version versionID: FormVersion.ID) async throws -> Entry? {
        guard let service = try await catalog.service(id: id), let version = try await catalog.formVersion(id: versionID), version.serviceID == id
        else { return nil }
        var entry = Entry(service: service, version: version, document: ByteBuffer())
        entry.channels = try await handover.channels(of: service.id)
        return entry
    }

    func service(id: Service.ID) async throws -> Service? {
        try await catalog.service(id: id)
    }

    /// The published service and form for `slug`, or nil when there is none (not cached, so a
    /// service published a moment ago is found at once).
    func entry(slug: String) async throws -> Entry? {
        let stamp = try await current()
        if let cached = cache.withLock({ $0.entries[slug] }) { return cached }
        guard let service = try await catalog.service(slug: slug), service.isPublished,
            let version = try await catalog.currentFormVersion(of: service.id)
        else { return nil }
        var entry = Entry(service: service, version: version, document: try JSONResponse.encode(APIDocuments.FormDocument(version, service: service)))
        entry.channels = try await handover.channels(of: service.id)
        keep(stamp) { $0.entries[slug] = entry }
        return entry
    }
}
