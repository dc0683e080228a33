import Crypto
import Foundation

/// Encryption at rest for answers and files (decision 0077): AES-256-GCM under the data keys of
/// `ENCRYPTION_KEY_FILE`. The first key seals everything new; the others still open what they
/// sealed until `serviceportal keys rotate` has sealed it anew. Without keys values pass through as
/// they are, so the demo runs unencrypted.
///
/// Text (JSON) is stored as `enc1:<key id>:<base64 of nonce, ciphertext and tag>`; JSON never starts
/// like that, so plain text from before encryption is still read. Bytes are stored sealed as they
/// are, with the key id in a column of their own (`key_id`).
public struct DataCipher: Sendable {
    public struct Key: Sendable {
        public let id: String
        let key: SymmetricKey

        public init(id: String, key: SymmetricKey) {
            self.id = id
            self.key = key
        }

        /// A value derived from the key that says whether a key file holds the same key under this
        /// id as the one that sealed the data, without revealing it.
        public var check: String {
            let code = HMAC<SHA256>.authenticationCode(for: Data("serviceportal-key-check".utf8), using: key)
            return Data(code).base64EncodedString()
        }
    }

    /// The key that seals; nil: no encryption.
    public let current: Key?
    /// Every key of the file, the current one first.
    public let allKeys: [Key]
    private let keys: [String: SymmetricKey]

    public static let none = DataCipher(keys: [])

    /// `keys` in the order of the key file: the first seals.
    public init(keys: [Key]) {
        current = keys.first
        allKeys = keys
        self.keys = Dictionary(keys.map { ($0.id, $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    public var isOn: Bool { current != nil }

    static let textPrefix = "enc1:"

    /// Seals text with the current key (unchanged without one).
    public func seal(text: String) throws -> String {
        guard let current else { return text }
        let box = try AES.GCM.seal(Data(text.utf8), using: current.key)
        guard let combined = box.combined else { throw DataCipherError.sealFailed }
        return Self.textPrefix + current.id + ":" + combined.base64EncodedString()
    }

    /// Opens text sealed by any known key; plain text comes back as it is.
    public func open(text stored: String) throws -> String {
        guard stored.hasPrefix(Self.textPrefix) else { return stored }
        let rest = stored.dropFirst(Self.textPrefix.count)
        guard let colon = rest.firstIndex(of: ":") else { throw DataCipherError.damaged }
        let id = String(rest[..<colon])
        guard let key = keys[id] else { throw DataCipherError.unknownKey(id) }
        guard let combined = Data(base64Encoded: String(rest[rest.index(after: colon)...])) else { throw DataCipherError.damaged }
        let plain = try Self.open(combined, with: key)
        guard let text = String(data: plain, encoding: .utf8) else { throw DataCipherError.damaged }
        return text
    }

    /// The key id text was sealed with; nil for plain text.
    public static func keyID(ofText stored: String) -> String? {
        guard stored.hasPrefix(textPrefix) else { return nil }
        let rest = stored.dropFirst(textPrefix.count)
        return rest.firstIndex(of: ":").map { String(rest[..<$0]) }
    }

    /// Seals bytes with the current key; returns them with the key id to store beside them (nil: plain).
    public func seal(_ data: Data) throws -> (data: Data, keyID: String?) {
        guard let current else { return (data, nil) }
        let box = try AES.GCM.seal(data, using: current.key)
        guard let combined = box.combined else { throw DataCipherError.sealFailed }
        return (combined, current.id)
    }

    /// Opens bytes stored with `keyID` (nil: stored plain).
    public func open(_ stored: Data, keyID: String?) throws -> Data {
        guard let keyID else { return stored }
        guard let key = keys[keyID] else { throw DataCipherError.unknownKey(keyID) }
        return try Self.open(stored, with: key)
    }

    private static func open(_ combined: Data, with key: SymmetricKey) throws -> Data {
        do {
            return try AES.GCM.open(AES.GCM.SealedBox(combined: combined), using: key)
        } catch {
            throw DataCipherError.damaged
        }
    }
}
