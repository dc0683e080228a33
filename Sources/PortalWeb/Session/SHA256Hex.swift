import Crypto
import Foundation

/// Lower-case hex SHA-256 of a text: how API key secrets and session cookies are stored.
public enum SHA256Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func of(_ text: String) -> String {
        hex(SHA256.hash(data: Data(text.utf8)))
    }

    /// A finished digest (of a streamed file) as lower-case hex.
    public static func hex(_ digest: SHA256.Digest) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(64)
        for byte in digest {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
