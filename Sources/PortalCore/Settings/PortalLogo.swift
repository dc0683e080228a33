import Foundation

/// The authority's logo in the header: a PNG, or an SVG that passed `SVGLogoCheck`. Which one is
/// decided by the content, never by the file's name or the type the browser claimed.
public struct PortalLogo: Hashable, Sendable {
    public enum MediaType: String, Sendable {
        case png = "image/png"
        case svg = "image/svg+xml"

        public var fileExtension: String { self == .png ? "png" : "svg" }
    }

    public var mediaType: MediaType
    public var bytes: [UInt8]

    public init(mediaType: MediaType, bytes: [UInt8]) {
        self.mediaType = mediaType
        self.bytes = bytes
    }

    /// Logos are small; anything larger is a photo or a mistake.
    public static let maxBytes = 200 * 1024
    /// Widest and tallest PNG accepted, in pixels.
    public static let maxPixels = 4000

    public enum Problem: Error, Hashable, Sendable {
        case empty
        case tooLarge
        /// Neither a PNG nor an SVG (an HTML page named `logo.png`, a JPEG, a PDF).
        case notAnImage
        /// A PNG whose header is broken or whose size is absurd.
        case brokenPNG
        /// An SVG with something a logo does not need and a page must not run: the part is named.
        case unsafeSVG(String)
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

    /// What the bytes are, if they could be a logo: a PNG with a sound header, else something that
    /// starts like XML and is for the SVG check to judge.
    public static func kind(of bytes: [UInt8]) -> Result<MediaType, Problem> {
        guard !bytes.isEmpty else { return .failure(.empty) }
        guard bytes.count <= maxBytes else { return .failure(.tooLarge) }
        if bytes.starts(with: pngSignature) {
            return isSoundPNG(bytes) ? .success(.png) : .failure(.brokenPNG)
        }
        // An SVG is XML: after an optional byte-order mark and white space, `<?xml` or `<svg` (or a comment).
        var text = String(decoding: bytes.prefix(512), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let start = text.drop(while: \.isWhitespace).lowercased()
        return start.hasPrefix("<?xml") || start.hasPrefix("<svg") || start.hasPrefix("<!--") ? .success(.svg) : .failure(.notAnImage)
    }

    /// The first chunk is a 13-byte IHDR with a width and height within bounds; the file ends with IEND.
    static func isSoundPNG(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 8 + 25 + 12 else { return false }
        func number(at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        let header = Array(bytes[12..<16])
        let width = number(at: 16)
        let height = number(at: 20)
        let end = Array(bytes.suffix(8).prefix(4))
        return number(at: 8) == 13 && header == Array("IHDR".utf8) && (1...maxPixels).contains(width) && (1...maxPixels).contains(height)
            && end == Array("IEND".utf8)
    }
}
