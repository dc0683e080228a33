import Foundation

/// How many pages a PDF has, for the print service's manifest (it checks its envelopes against it).
///
/// Counts the page objects (`/Type /Page`, not `/Pages`); when they hide in compressed object
/// streams, the page tree's largest `/Count` stands in. Nil when neither is found: not a PDF the
/// print service could handle either.
public enum PDFPageCount {
    public static func of(_ data: Data) -> Int? {
        let bytes = [UInt8](data)
        guard bytes.starts(with: Array("%PDF-".utf8)) else { return nil }
        let pages = occurrences(of: "/Type", in: bytes).filter { index in
            var position = index + 5
            while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            guard matches("/Page", in: bytes, at: position) else { return false }
            let next = position + 5
            return next >= bytes.count || !isNameCharacter(bytes[next])
        }.count
        if pages > 0 { return pages }
        let counts = occurrences(of: "/Count", in: bytes).compactMap { index -> Int? in
            var position = index + 6
            while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            var value = 0
            var digits = 0
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39, digits < 6 {
                value = value * 10 + Int(bytes[position] - 0x30)
                position += 1
                digits += 1
            }
            return digits > 0 ? value : nil
        }
        return counts.max().flatMap { $0 > 0 ? $0 : nil }
    }

    private static func occurrences(of token: String, in bytes: [UInt8]) -> [Int] {
        let needle = Array(token.utf8)
        guard bytes.count >= needle.count else { return [] }
        var found: [Int] = []
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], matches(token, in: bytes, at: index) {
                found.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    private static func matches(_ token: String, in bytes: [UInt8], at index: Int) -> Bool {
        let needle = Array(token.utf8)
        guard index + needle.count <= bytes.count else { return false }
        return bytes[index..<(index + needle.count)].elementsEqual(needle)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00 }

    /// Letters, digits and the few marks PDF names use; `/Pages` continues `/Page` with one.
    private static func isNameCharacter(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte == 0x2D || byte == 0x2E
    }
}
