import Foundation

/// A plain-text e-mail to one recipient, with files attached where the office asked for them (the
/// receipt in the office mail of a service that wants it).
public struct Mail: Hashable, Sendable {
    public var to: String
    public var subject: String
    public var body: String
    public var attachments: [Attachment]

    public struct Attachment: Hashable, Sendable {
        /// The file name the recipient sees; plain ASCII letters, digits, `.`, `-` and `_` keep every mail program happy.
        public var name: String
        public var mediaType: String
        public var data: Data

        public init(name: String, mediaType: String, data: Data) {
            self.name = name
            self.mediaType = mediaType
            self.data = data
        }
    }

    public init(to: String, subject: String, body: String, attachments: [Attachment] = []) {
        self.to = to
        self.subject = subject
        self.body = body
        self.attachments = attachments
    }

    /// One "@" with text on both sides, a dot in the domain, no spaces or line breaks (header safety).
    public static func isPlausibleAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && address.count <= 254 && !address.contains(where: { $0.isWhitespace || $0.isNewline || $0 == "<" || $0 == ">" || $0 == "," })
    }
}
