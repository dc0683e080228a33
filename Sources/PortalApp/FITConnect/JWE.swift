import Crypto
import Foundation
import PortalCore
import _CryptoExtras

/// JSON Web Encryption in compact serialisation (RFC 7516) with the one combination FIT-Connect
/// uses: the content key wrapped with RSA-OAEP-256, the content sealed with A256GCM. The
/// primitives are swift-crypto's; only the five-part framing is written here.
public enum JWE {
    public struct Header: Codable, Hashable, Sendable {
        public var alg: String
        public var enc: String
        public var kid: String?
        /// The content's media type (`application/json`, `application/pdf`, …).
        public var cty: String?
        public var zip: String?

        public init(kid: String?, contentType: String?) {
            alg = "RSA-OAEP-256"
            enc = "A256GCM"
            self.kid = kid
            cty = contentType
            zip = nil
        }
    }

    /// Seals `plaintext` for the holder of the private half of `key`.
    public static func encrypt(_ plaintext: Data, for key: RSAJWK, contentType: String?) throws(JOSEError) -> String {
        try encrypt(plaintext, publicKey: key.encryptionKey(), kid: key.kid, contentType: contentType)
    }

    public static func encrypt(_ plaintext: Data, publicKey: _RSA.Encryption.PublicKey, kid: String?, contentType: String?) throws(JOSEError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let headerJSON = try? encoder.encode(Header(kid: kid, contentType: contentType)) else { throw .malformed("header") }
        let protected = Base64URL.encode(headerJSON)
        let contentKey = SymmetricKey(size: .bits256)
        do {
            let wrapped = try contentKey.withUnsafeBytes { try publicKey.encrypt(Data($0), padding: .PKCS1_OAEP_SHA256) }
            let sealed = try AES.GCM.seal(plaintext, using: contentKey, nonce: AES.GCM.Nonce(), authenticating: Data(protected.utf8))
            return [
                protected, Base64URL.encode(wrapped), Base64URL.encode(sealed.nonce), Base64URL.encode(sealed.ciphertext), Base64URL.encode(sealed.tag),
            ].joined(separator: ".")
        } catch {
            throw .keyInvalid("encryption: \(error)")
        }
    }

    /// A private key ready to open JWEs: made once, since making an RSA key from its parts costs
    /// more than the decryption itself. Unchecked: swift-crypto's key wraps a BoringSSL `RSA` that
    /// is never changed after it is made, and BoringSSL's private-key operations may run on several
    /// threads at once.
    public struct DecryptionKey: @unchecked Sendable {
        public var kid: String?
        public var key: _RSA.Encryption.PrivateKey

        public init(_ jwk: RSAJWK) throws(JOSEError) {
            kid = jwk.kid
            key = try jwk.decryptionKey()
        }
    }

    /// Opens a JWE with the private key its `kid` names (or the only key given).
    public static func decrypt(_ compact: String, keys: [RSAJWK]) throws(JOSEError) -> (header: Header, plaintext: Data) {
        let candidates = keys.filter(\.isPrivate)
        var prepared: [DecryptionKey] = []
        for key in candidates { prepared.append(try DecryptionKey(key)) }
        return try decrypt(compact, keys: prepared)
    }

    public static func decrypt(_ compact: String, keys: [DecryptionKey]) throws(JOSEError) -> (header: Header, plaintext: Data) {
        let parts = Self.parts(compact)
        guard parts.count == 5 else { throw .malformed("\(parts.count) parts") }
        let decoded = parts.map(Base64URL.decode)
        guard let headerJSON = decoded[0], let wrapped = decoded[1], let iv = decoded[2], let ciphertext = decoded[3], let tag = decoded[4] else {
            throw .malformed("base64url")
        }
        guard let header = try? JSONDecoder().decode(Header.self, from: headerJSON) else { throw .malformed("header") }
        guard header.alg == "RSA-OAEP-256" else { throw .unsupportedAlgorithm(String(header.alg.prefix(40))) }
        guard header.enc == "A256GCM" else { throw .unsupportedAlgorithm(String(header.enc.prefix(40))) }
        guard header.zip == nil else { throw .unsupportedAlgorithm("zip \(header.zip!.prefix(20))") }
        let found = header.kid.map { kid in keys.first { $0.kid == kid } } ?? (keys.count == 1 ? keys.first : nil)
        guard let privateKey = found?.key else { throw .unknownKey(String((header.kid ?? "-").prefix(80))) }
        let contentKey: Data
        do {
            contentKey = try privateKey.decrypt(wrapped, padding: .PKCS1_OAEP_SHA256)
        } catch {
            throw .decryptionFailed
        }
        guard contentKey.count == 32, iv.count == 12, tag.count == 16 else { throw .decryptionFailed }
        do {
            let box = try AES.GCM.SealedBox(nonce: AES.GCM.Nonce(data: iv), ciphertext: ciphertext, tag: tag)
            let plaintext = try AES.GCM.open(box, using: SymmetricKey(data: contentKey), authenticating: Data(parts[0].utf8))
            return (header, plaintext)
        } catch {
            throw .decryptionFailed
        }
    }

    /// The dot-separated parts, split over the UTF-8 bytes: splitting by `Character` costs more than
    /// the decryption of a megabyte.
    static func parts(_ compact: String) -> [String] {
        var text = compact
        return text.withUTF8 { bytes in
            var parts: [String] = []
            var start = 0
            for index in 0..<bytes.count where bytes[index] == UInt8(ascii: ".") {
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return parts
        }
    }

    /// The last part: for a JWE the authentication tag.
    public static func tag(of compact: String) -> String {
        guard let dot = compact.utf8.lastIndex(of: UInt8(ascii: ".")) else { return "" }
        return String(Substring(compact.utf8[compact.utf8.index(after: dot)...]))
    }
}
