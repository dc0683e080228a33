import Crypto
import Foundation

/// The secret text of an API key: `sp_` and 43 characters of base64url (256 random bits).
/// Only its SHA-256 is stored; a slow hash is not needed at this entropy.
public struct APIKeySecret: Sendable {
    public let text: String

    public init(text: String) {
        self.text = text
    }

    public static func generate() -> APIKeySecret {
        let key = SymmetricKey(size: .bits256)
        let bytes = key.withUnsafeBytes { Data($0) }
        let encoded = bytes.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return APIKeySecret(text: "sp_" + encoded)
    }

    public var hash: String {
        let hex = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(text.utf8)) {
            output.append(hex[Int(byte >> 4)])
            output.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
