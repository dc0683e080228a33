import Foundation

/// A file an applicant uploaded for a file field; the bytes live in the upload store.
public struct UploadedFile: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<UploadedFile>

    public var id: ID
    /// The name as sent by the browser, cleaned for display; never used as a path.
    public var name: String
    /// Determined from the content, not from the name.
    public var mediaType: String
    public var size: Int
    public var sha256: String

    public init(id: ID, name: String, mediaType: String, size: Int, sha256: String) {
        self.id = id
        self.name = name
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
    }

    public var json: JSONValue {
        .object([
            .init("id", .string(id.description)), .init("name", .string(name)), .init("mediaType", .string(mediaType)),
            .init("size", .number(Decimal(size))), .init("sha256", .string(sha256)),
        ])
    }

    /// The file an answer's value stands for: a file object as `json` writes it (`id` and `sha256`).
    public static func reference(in value: JSONValue) -> ID? {
        guard case .string(let id)? = value["id"], case .string? = value["sha256"] else { return nil }
        return ID(string: id)
    }

    /// `Lageplan.pdf (1,2 MB)`
    public var german: String { "\(name) (\(Self.size(size)))" }

    public static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) Byte" }
        if bytes < 1024 * 1024 { return "\(GermanFormat.number(Decimal(bytes / 1024))) KB" }
        let tenths = Decimal((bytes * 10) / (1024 * 1024)) / 10
        return "\(GermanFormat.number(tenths)) MB"
    }
}
