import Crypto
import Foundation
import PortalCore

/// The `webhook-signature` header of the "Standard Webhooks" specification: `v1,` and the base64
/// of HMAC-SHA256 over `{id}.{timestamp}.{body}`, keyed with the secret's bytes. During a rotation
/// both secrets sign, separated by a space, so a receiver holding either accepts the message.
enum WebhookSignature {
    static func header(id: String, timestamp: Int, body: Data, secrets: [WebhookSecret]) -> String {
        secrets.map { "v1," + sign(id: id, timestamp: timestamp, body: body, secret: $0) }.joined(separator: " ")
    }

    static func sign(id: String, timestamp: Int, body: Data, secret: WebhookSecret) -> String {
        var content = Data("\(id).\(timestamp).".utf8)
        content.append(body)
        let code = HMAC<SHA256>.authenticationCode(for: content, using: SymmetricKey(data: secret.key))
        return Data(code).base64EncodedString()
    }
}
