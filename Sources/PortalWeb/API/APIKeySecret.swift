import Foundation

/// The secret text of an API key: `sp_` and 43 characters of base64url (256 random bits).
/// Only its SHA-256 is stored; a slow hash is not needed at this entropy.
public struct APIKeySecret: Sendable {
    public let text: String

    public init(text: String) {
        self.text = text
    }

    public static func generate() -> APIKeySecret {
        APIKeySecret(text: "sp_" + RandomToken.make())
    }

    public var hash: String {
        SHA256Hex.of(text)
    }
}
