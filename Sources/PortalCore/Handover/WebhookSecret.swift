import Foundation

/// A webhook signing secret as the "Standard Webhooks" specification writes it: `whsec_` and the
/// base64 of 24 to 64 random bytes. The bytes are the HMAC key; the text is what both sides keep.
public struct WebhookSecret: Hashable, Sendable, CustomStringConvertible {
    public let text: String
    public let key: [UInt8]

    public static let prefix = "whsec_"

    public init?(_ text: String) {
        guard text.hasPrefix(Self.prefix), let data = Data(base64Encoded: String(text.dropFirst(Self.prefix.count))),
            (24...64).contains(data.count)
        else { return nil }
        self.text = text
        self.key = [UInt8](data)
    }

    /// A new secret from 32 random bytes.
    public static func make(randomBytes: [UInt8]) -> WebhookSecret? {
        WebhookSecret(prefix + Data(randomBytes).base64EncodedString())
    }

    /// Never the secret itself: it must not reach a log or a page by accident.
    public var description: String { "whsec_…" }
}
