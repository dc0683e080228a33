import Crypto
import Foundation
import Hummingbird

extension IncomingFile {
    /// A request body that is one file (the staff API's decision upload), written to a temporary
    /// file in `directory` as it arrives. Bytes beyond `maxBytes` are not kept (`isTruncated`); far
    /// beyond it the reading stops. The caller removes `location`.
    static func receive(_ body: RequestBody, field: String, name: String, directory: URL, maxBytes: Int) async throws -> IncomingFile {
        let url = directory.appendingPathComponent("upload-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        do {
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            var hash = SHA256()
            var size = 0
            var head: [UInt8] = []
            for try await buffer in body {
                let view = buffer.readableBytesView
                if head.count < 512 { head.append(contentsOf: view.prefix(512 - head.count)) }
                let keep = max(0, min(view.count, maxBytes + 1 - size))
                if keep > 0 {
                    let kept = Data(view.prefix(keep))
                    try handle.write(contentsOf: kept)
                    hash.update(data: kept)
                }
                size += view.count
                if size > maxBytes * 2 { break }
            }
            return IncomingFile(
                field: field, name: cleanName(name), location: url, size: size, sha256: SHA256Hex.hex(hash.finalize()), head: head,
                isTruncated: size > maxBytes)
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
    }

    /// `filename="…"` (or RFC 6266's `filename*=UTF-8''…`) of a Content-Disposition header.
    static func fileName(fromDisposition header: String?) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if part.lowercased().hasPrefix("filename*=utf-8''") {
                return String(part.dropFirst("filename*=utf-8''".count)).removingPercentEncoding
            }
        }
        for part in header.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where part.lowercased().hasPrefix("filename=") {
            return String(part.dropFirst("filename=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
