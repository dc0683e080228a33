import Foundation
import Hummingbird
import PortalCore

/// Lets hummingbird-auth's session middleware keep sessions in the portal's database. Keys are
/// stored as SHA-256, values as JSON; expiry comes from the injected clock.
struct SessionPersistDriver: PersistDriver {
    let store: any SessionStore
    let now: @Sendable () -> Date

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        if try await store.load(keyHash: Self.hash(key), now: now()) != nil { throw PersistError.duplicate }
        try await set(key: key, value: value, expires: expires)
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let data = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        let hash = Self.hash(key)
        if let expires {
            try await store.save(keyHash: hash, data: data, expiresAt: now().addingTimeInterval(Double(expires.components.seconds)))
        } else if let existing = try await store.load(keyHash: hash, now: now()) {
            try await store.save(keyHash: hash, data: data, expiresAt: existing.expiresAt)
        } else {
            try await store.save(keyHash: hash, data: data, expiresAt: now().addingTimeInterval(12 * 3600))
        }
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        guard let stored = try await store.load(keyHash: Self.hash(key), now: now()) else { return nil }
        guard let object = try? JSONDecoder().decode(type, from: Data(stored.data.utf8)) else { throw PersistError.invalidConversion }
        return (object, .seconds(max(0, stored.expiresAt.timeIntervalSince(now()))))
    }

    func remove(key: String) async throws {
        try await store.delete(keyHash: Self.hash(key))
    }

    func shutdown() async throws {}

    func run() async throws {}

    static func hash(_ key: String) -> String {
        SHA256Hex.of(key)
    }
}
