import Foundation
import Hummingbird
import PortalCore

/// Lets hummingbird-auth's session middleware keep sessions in the portal's database. Keys are
/// stored as SHA-256, values as JSON; expiry comes from the injected clock.
///
/// Besides the idle time, every session has an absolute lifetime counted from its creation (a
/// sign-in always creates a new one): after it the session is gone however active it was. Each
/// row names its owner (`SessionOwner`), so an account's or a staff member's sessions can all be ended.
struct SessionPersistDriver: PersistDriver {
    let store: any SessionStore
    let now: @Sendable () -> Date
    var lifetimes = Lifetimes()

    struct Lifetimes: Sendable {
        var staff: TimeInterval = 10 * 3600
        var citizen: TimeInterval = 12 * 3600
    }

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        if try await store.load(keyHash: Self.hash(key), now: now()) != nil { throw PersistError.duplicate }
        try await set(key: key, value: value, expires: expires)
    }

    /// hummingbird-auth stores new sessions through here too: a session without a creation time gets it now.
    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        var value = value
        if var session = value as? PortalSession, session.createdAt == nil {
            session.createdAt = now()
            if let stamped = session as? Object { value = stamped }
        }
        let data = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        let hash = Self.hash(key)
        let owner = (value as? PortalSession).flatMap(SessionOwner.of)?.rawValue
        var expiresAt: Date
        if let expires {
            expiresAt = now().addingTimeInterval(Double(expires.components.seconds))
        } else if let existing = try await store.load(keyHash: hash, now: now()) {
            expiresAt = existing.expiresAt
        } else {
            expiresAt = now().addingTimeInterval(12 * 3600)
        }
        if let session = value as? PortalSession, let end = end(of: session) { expiresAt = min(expiresAt, end) }
        try await store.save(keyHash: hash, data: data, expiresAt: expiresAt, owner: owner)
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        guard let stored = try await store.load(keyHash: Self.hash(key), now: now()) else { return nil }
        guard let object = try? JSONDecoder().decode(type, from: Data(stored.data.utf8)) else { throw PersistError.invalidConversion }
        if let session = object as? PortalSession, let end = end(of: session), end <= now() {
            try await store.delete(keyHash: Self.hash(key))
            return nil
        }
        return (object, .seconds(max(0, stored.expiresAt.timeIntervalSince(now()))))
    }

    /// When the session ends however active it is; sessions from before the lifetime have none.
    func end(of session: PortalSession) -> Date? {
        session.createdAt.map { $0.addingTimeInterval(session.staffUserID != nil ? lifetimes.staff : lifetimes.citizen) }
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

/// Who a session belongs to, as stored beside it.
public struct SessionOwner: RawRepresentable, Hashable, Sendable {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static func staff(_ id: StaffUser.ID) -> SessionOwner { .init(rawValue: "staff:\(id)") }
    public static func account(_ id: CitizenAccount.ID) -> SessionOwner { .init(rawValue: "account:\(id)") }

    static func of(_ session: PortalSession) -> SessionOwner? {
        if let staff = session.staffUserID { return .staff(staff) }
        if let account = session.accountID { return .account(account) }
        return nil
    }
}
