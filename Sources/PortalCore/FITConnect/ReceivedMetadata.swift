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
        guard case .object = json else { throw Problem(detail: "metadata is not a JSON object") }
        guard let structure = json["contentStructure"], case .object = structure else { throw Problem(detail: "contentStructure missing") }
        if let data = structure["data"] {
            guard case .string(let uri)? = data["submissionSchema"]?["schemaUri"], case .string(let mime)? = data["submissionSchema"]?["mimeType"],
                mime == "application/json" || mime == "application/xml"
            else { throw Problem(detail: "contentStructure.data.submissionSchema needs schemaUri and mimeType application/json or application/xml") }
            dataSchemaURI = uri
            dataMediaType = mime
            dataSHA512 = try Self.hash(data["hash"], at: "contentStructure.data.hash")
        }
        guard case .array(let items)? = structure["attachments"] else { throw Problem(detail: "contentStructure.attachments missing") }
        attachments = try items.enumerated().map { index, item throws(Problem) in
            let at = "contentStructure.attachments[\(index)]"
            guard case .string(let id)? = item["attachmentId"], UUID(uuidString: id) != nil else { throw Problem(detail: "\(at).attachmentId is not a UUID") }
            guard case .string(let purpose)? = item["purpose"], ["form", "attachment", "report"].contains(purpose) else {
                throw Problem(detail: "\(at).purpose must be form, attachment or report")
            }
            guard case .string(let mime)? = item["mimeType"], mime.split(separator: "/").count == 2 else { throw Problem(detail: "\(at).mimeType missing") }
            var filename: String?
            if case .string(let name)? = item["filename"] { filename = name }
            return Attachment(id: id.lowercased(), purpose: purpose, filename: filename, mediaType: mime, sha512: try Self.hash(item["hash"], at: "\(at).hash"))
        }
        if case .string(let identifier)? = json["publicServiceType"]?["identifier"] { serviceIdentifier = identifier }
        if case .string(let name)? = json["publicServiceType"]?["name"] { serviceName = name }
        if case .string(let address)? = json["replyChannel"]?["eMail"]?["address"], Mail.isPlausibleAddress(address) { replyAddress = address }
        if case .string(let reference)? = json["additionalReferenceInfo"]?["senderReference"] { senderReference = String(reference.prefix(200)) }
    }

    static func hash(_ value: JSONValue?, at path: String) throws(Problem) -> String {
        guard case .string("sha512")? = value?["type"], case .string(let content)? = value?["content"], content.count == 128,
            content.allSatisfy({ $0.isHexDigit && !$0.isUppercase })
        else { throw Problem(detail: "\(path) must be a lower-case SHA-512 in hex") }
        return content
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
