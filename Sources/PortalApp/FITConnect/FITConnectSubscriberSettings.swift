import Foundation

/// The portal as the subscriber of one destination (`FITCONNECT_DESTINATION_ID`): its own client,
/// the private keys that open what senders encrypt for it (several during a key change; the file
/// holds one JWK or a JWK Set), the key its accept and reject events are signed with, and the
/// secret that authenticates the Zustelldienst's callbacks.
public struct FITConnectSubscriberSettings: Sendable {
    public var clientID: String
    public var clientSecret: String
    public var destinationID: String
    public var decryptionKeys: [RSAJWK]
    public var signingKey: RSAJWK
    public var callbackSecret: String?

    public init(
        clientID: String, clientSecret: String, destinationID: String, decryptionKeys: [RSAJWK], signingKey: RSAJWK, callbackSecret: String?
    ) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.destinationID = destinationID
        self.decryptionKeys = decryptionKeys
        self.signingKey = signingKey
        self.callbackSecret = callbackSecret
    }

    /// A private JWK, or a JWK Set of private keys (`{"keys": [...]}`), as the file holds them.
    public static func privateKeys(file path: String) throws(JOSEError) -> [RSAJWK] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .keyInvalid("file \(path) not readable") }
        struct KeySet: Decodable { var keys: [RSAJWK] }
        let keys: [RSAJWK]
        if let set = try? JSONDecoder().decode(KeySet.self, from: data) {
            keys = set.keys
        } else {
            keys = [try RSAJWK(json: data)]
        }
        guard !keys.isEmpty else { throw .keyInvalid("file \(path) holds no key") }
        for key in keys {
            guard key.kty == "RSA", key.isPrivate, key.kid != nil else { throw .keyInvalid("file \(path): every key needs kid and its private part") }
            _ = try key.decryptionKey()
        }
        return keys
    }
}
