import Crypto
import Foundation
import PortalCore
import _CryptoExtras

/// An RSA key as a JSON Web Key (RFC 7517, members after RFC 7518 §6.3). FIT-Connect publishes
/// a destination's encryption key this way, and the portal keeps its own decryption and signing
/// keys as private JWK files.
public struct RSAJWK: Codable, Hashable, Sendable {
    public var kty: String
    public var kid: String?
    public var alg: String?
    public var use: String?
    public var keyOps: [String]?
    public var n: String
    public var e: String
    public var d: String?
    public var p: String?
    public var q: String?
    public var dp: String?
    public var dq: String?
    public var qi: String?

    enum CodingKeys: String, CodingKey {
        case kty, kid, alg, use, n, e, d, p, q, dp, dq, qi
        case keyOps = "key_ops"
    }

    public init(json: Data) throws(JOSEError) {
        do {
            self = try JSONDecoder().decode(RSAJWK.self, from: json)
        } catch {
            throw .keyInvalid("not an RSA JWK")
        }
        guard kty == "RSA" else { throw .keyInvalid("kty \(kty.prefix(20))") }
    }

    /// The public half, as it may be published.
    public var publicKey: RSAJWK {
        var key = self
        (key.d, key.p, key.q, key.dp, key.dq, key.qi) = (nil, nil, nil, nil, nil, nil)
        return key
    }

    public var isPrivate: Bool { d != nil }

    func part(_ name: String, _ value: String?) throws(JOSEError) -> Data {
        guard let value, let data = Base64URL.decode(value), !data.isEmpty else { throw .keyInvalid("\(name) missing") }
        return data
    }

    /// For RSA-OAEP-256 key encryption.
    public func encryptionKey() throws(JOSEError) -> _RSA.Encryption.PublicKey {
        do {
            return try _RSA.Encryption.PublicKey(n: try part("n", n), e: try part("e", e))
        } catch let error as JOSEError {
            throw error
        } catch {
            throw .keyInvalid("RSA public key: \(error)")
        }
    }

    public func decryptionKey() throws(JOSEError) -> _RSA.Encryption.PrivateKey {
        do {
            return try _RSA.Encryption.PrivateKey(
                n: try part("n", n), e: try part("e", e), d: try part("d", d), p: try part("p", p), q: try part("q", q))
        } catch let error as JOSEError {
            throw error
        } catch {
            throw .keyInvalid("RSA private key: \(error)")
        }
    }

    /// The key's data encoded as JSON (sorted members), for serving or writing to a file.
    public var jsonData: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Reads a JWK file and checks that it is a private RSA key.
    public static func privateKey(file path: String) throws(JOSEError) -> RSAJWK {
        guard let data = FileManager.default.contents(atPath: path) else { throw .keyInvalid("file \(path) not readable") }
        let key = try RSAJWK(json: data)
        guard key.isPrivate else { throw .keyInvalid("file \(path) holds no private key") }
        _ = try key.decryptionKey()
        return key
    }
}
