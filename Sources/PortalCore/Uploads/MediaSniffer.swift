/// Tells a file's media type from its first bytes, never from its name: a ZIP archive called
/// `antrag.pdf` is a ZIP archive.
public enum MediaSniffer {
    /// How many leading bytes `mediaType(of:)` needs.
    public static let headLength = 512

    public static func mediaType(of head: some Collection<UInt8>) -> String {
        let bytes = Array(head.prefix(headLength))
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        if starts(Array("%PDF-".utf8)) { return "application/pdf" }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if starts([0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return "image/gif" }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return "image/tiff" }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return "application/zip" }
        if starts([0x1F, 0x8B]) { return "application/gzip" }
        if starts(Array("<?xml".utf8)) { return "application/xml" }
        // ISO base media (MP4): a box of type "ftyp" first, with an MP4 brand.
        if bytes.count >= 12, Array(bytes[4..<8]) == Array("ftyp".utf8) { return "video/mp4" }
        // WebVTT captions: the signature line, with or without a byte order mark.
        if starts(Array("WEBVTT".utf8)) || starts([0xEF, 0xBB, 0xBF] + Array("WEBVTT".utf8)) { return "text/vtt" }
        // Plain text: valid UTF-8 without NUL or other control bytes (a cut-off last character is fine).
        let controls = bytes.contains { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) || $0 == 0x7F }
        if !bytes.isEmpty && !controls && (String(validating: bytes, as: UTF8.self) != nil || String(validating: bytes.dropLast(3), as: UTF8.self) != nil) {
            return "text/plain"
        }
        return "application/octet-stream"
    }

    /// The file name extension that fits a media type, for downloads.
    public static func fileExtension(for mediaType: String) -> String {
        switch mediaType {
        case "application/pdf": "pdf"
        case "image/png": "png"
        case "image/jpeg": "jpg"
        case "image/gif": "gif"
        case "image/tiff": "tif"
        case "text/plain": "txt"
        case "application/zip": "zip"
        case "video/mp4": "mp4"
        case "text/vtt": "vtt"
        default: "bin"
        }
    }
}
