import Foundation

/// A file part of a multipart form post, already on disk in a temporary file that
/// `CSRFMiddleware` removes when the request is done.
public struct IncomingFile: Sendable {
    /// The form field name.
    public var field: String
    /// The name the browser sent, cleaned: no path, no control characters, at most 200 characters.
    public var name: String
    public var location: URL
    public var size: Int
    public var sha256: String
    /// The first bytes, for content sniffing.
    public var head: [UInt8]
    /// More bytes arrived than any field accepts; the rest was not kept.
    public var isTruncated: Bool

    static func cleanName(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let visible = String(String.UnicodeScalarView(last.unicodeScalars.filter { $0.properties.generalCategory != .control && $0 != "\"" }))
        let trimmed = visible.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        return trimmed.isEmpty ? "Datei" : String(trimmed.prefix(200))
    }
}
