import Foundation

/// One byte range of an HTTP `Range` request (RFC 9110 § 14.1.2), resolved against the file's size:
/// `bytes=0-99`, `bytes=100-`, `bytes=-500`. Several ranges are answered with the whole file.
public struct ByteRange: Hashable, Sendable {
    public var first: Int
    public var last: Int

    public var count: Int { last - first + 1 }

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    public enum Outcome: Hashable, Sendable {
        /// No usable range header: send everything (200).
        case whole
        case partial(ByteRange)
        /// A range beyond the end: 416 with `Content-Range: bytes */size`.
        case unsatisfiable
    }

    public static func resolve(_ header: String?, size: Int) -> Outcome {
        guard let header = header?.trimmingCharacters(in: .whitespaces), header.hasPrefix("bytes="), size > 0 else { return .whole }
        let spec = header.dropFirst("bytes=".count)
        guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else { return .whole }
        let start = spec[..<dash].trimmingCharacters(in: .whitespaces)
        let end = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        if start.isEmpty {
            guard let suffix = Int(end), suffix > 0 else { return end.isEmpty ? .whole : .unsatisfiable }
            return .partial(ByteRange(first: max(0, size - suffix), last: size - 1))
        }
        guard let first = Int(start), first >= 0 else { return .whole }
        guard first < size else { return .unsatisfiable }
        guard !end.isEmpty else { return .partial(ByteRange(first: first, last: size - 1)) }
        guard let last = Int(end), last >= first else { return .whole }
        return .partial(ByteRange(first: first, last: min(last, size - 1)))
    }
}
