import Foundation

/// The metadata of a submission the portal receives: checked against schema 1.0.0
/// (`MetadataSchemaCheck`), then read for what the portal uses: the data's schema and SHA-512, each
/// attachment's ID, purpose, media type and SHA-512, the service, the reply channel and the
/// sender's reference.
public struct ReceivedMetadata: Hashable, Sendable {
    public struct Attachment: Hashable, Sendable {
        public var id: String
        public var purpose: String
        public var filename: String?
        public var mediaType: String
        public var sha512: String
    }

    public var dataMediaType: String?
    public var dataSchemaURI: String?
    public var dataSHA512: String?
    public var attachments: [Attachment]
    public var serviceIdentifier: String?
    public var serviceName: String?
    public var replyAddress: String?
    public var senderReference: String?

    /// Why metadata was refused, as the problem the sender is told.
    public struct Problem: Error, Hashable, Sendable {
        public var detail: String
    }

    public init(_ json: JSONValue) throws(Problem) {
        do {
            try MetadataSchemaCheck.check(json)
        } catch {
            throw Problem(detail: "metadata 1.0.0: \(error.detail)")
        }
        // The check above guarantees the shape; what follows only reads.
        let structure = json["contentStructure"]
        if let data = structure?["data"], case .string(let uri)? = data["submissionSchema"]?["schemaUri"],
            case .string(let mime)? = data["submissionSchema"]?["mimeType"], case .string(let hash)? = data["hash"]?["content"]
        {
            dataSchemaURI = uri
            dataMediaType = mime
            dataSHA512 = hash
        }
        var attachments: [Attachment] = []
        if case .array(let items)? = structure?["attachments"] {
            for item in items {
                guard case .string(let id)? = item["attachmentId"], case .string(let purpose)? = item["purpose"],
                    case .string(let mime)? = item["mimeType"], case .string(let hash)? = item["hash"]?["content"]
                else { continue }
                var filename: String?
                if case .string(let name)? = item["filename"] { filename = name }
                attachments.append(Attachment(id: id.lowercased(), purpose: purpose, filename: filename, mediaType: mime, sha512: hash))
            }
        }
        self.attachments = attachments
        if case .string(let identifier)? = json["publicServiceType"]?["identifier"] { serviceIdentifier = identifier }
        if case .string(let name)? = json["publicServiceType"]?["name"] { serviceName = name }
        if case .string(let address)? = json["replyChannel"]?["eMail"]?["address"] { replyAddress = address }
        if case .string(let reference)? = json["additionalReferenceInfo"]?["senderReference"] { senderReference = String(reference.prefix(200)) }
    }

    /// The LeiKa key of `urn:de:fim:leika:leistung:<key>`.
    public var leikaKey: String? { serviceIdentifier.flatMap(Self.leikaKey(of:)) }

    public static func leikaKey(of identifier: String) -> String? {
        let prefix = "urn:de:fim:leika:leistung:"
        guard identifier.hasPrefix(prefix) else { return nil }
        let key = String(identifier.dropFirst(prefix.count))
        return key.count == 14 && key.allSatisfy { $0 >= "0" && $0 <= "9" } ? key : nil
    }
}
