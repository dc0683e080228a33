import Crypto
import Foundation

/// A single-use recovery code for a lost authenticator: ten characters of the base-32 alphabet
/// (50 random bits, with the sign-in throttle far out of reach of guessing), shown as `abcde-fghij`.
/// Only the SHA-256 of the ten characters is stored.
enum RecoveryCode {
    static let count = 10
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")

    /// `count` fresh codes as shown to the staff member.
    static func make() -> [String] {
        (0..<count).map { _ in
            let bytes = SymmetricKey(size: .init(bitCount: 80)).withUnsafeBytes { Array($0) }
            let characters = bytes.map { alphabet[Int($0) & 31] }
            return String(characters[0..<5]) + "-" + String(characters[5..<10])
        }
    }

    /// The ten characters of a typed code (spaces, hyphens and case ignored); nil when it cannot be one.
    static func normalized(_ typed: String) -> String? {
        let characters = typed.lowercased().filter { $0 != "-" && !$0.isWhitespace }
        guard characters.count == 10, characters.allSatisfy({ alphabet.contains($0) }) else { return nil }
        return characters
    }

    static func hash(_ typed: String) -> String? {
        normalized(typed).map(SHA256Hex.of)
    }
}
