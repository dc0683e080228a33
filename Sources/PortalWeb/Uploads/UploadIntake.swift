import Foundation
import Hummingbird
import Logging
import PortalCore

/// Accepts uploaded files for a field: size, content-sniffed type, virus scan, then durable
/// storage. A refused file leaves nothing behind. Also serves stored files back as attachments.
struct UploadIntake: Sendable {
    let store: any UploadStore
    let scanner: any VirusScanner
    let ids: IDGenerator
    let now: @Sendable () -> Date
    /// How long the file of an unsaved draft is kept.
    let keepFor: TimeInterval
    let logger: Logger
    /// Most bytes the unsubmitted files of one browser session (all its drafts), or of one message
    /// or answer to a request, may take together (`UPLOAD_QUOTA_MB`).
    var quota = 100 * 1_048_576

    /// `sharing`: the owners whose files count against the quota together with this one
    /// (the drafts of the same session); the owner itself always counts.
    func accept(_ incoming: IncomingFile, for field: FormField, owner: String, sharing: [String] = []) async -> Result<UploadedFile, ValidationProblem> {
        let rules = field.constraints
        if incoming.size == 0 { return .failure(.emptyFile) }
        if incoming.isTruncated || incoming.size > rules.fileLimit { return .failure(.fileTooLarge(rules.fileLimit)) }
        do {
            let stored = try await store.totalSize(owners: Array(Set(sharing + [owner])))
            if stored + incoming.size > quota { return .failure(.uploadQuotaExceeded(quota)) }
        } catch {
            logger.error("upload quota could not be read", metadata: ["error": "\(String(describing: error))"])
            return .failure(.uploadFailed)
        }
        let mediaType = MediaSniffer.mediaType(of: incoming.head)
        guard rules.allowedMediaTypes.contains(mediaType) else { return .failure(.fileTypeNotAllowed(rules.allowedMediaTypes)) }
        do {
            if case .infected(let signature) = try await scanner.scan(incoming.location) {
                // The signature helps operators; the file name could be personal and is not logged.
                logger.warning("upload refused by virus scan", metadata: ["signature": "\(signature)", "field": "\(field.key)"])
                return .failure(.infectedFile)
            }
        } catch {
            logger.error("virus scan failed", metadata: ["error": "\(error)"])
            return .failure(.uploadFailed)
        }
        let file = UploadedFile(id: ids(), name: incoming.name, mediaType: mediaType, size: incoming.size, sha256: incoming.sha256)
        do {
            try await store.save(file, field: field.key, owner: owner, expiresAt: now().addingTimeInterval(keepFor), contents: incoming.location, now: now())
        } catch {
            logger.error("storing upload failed", metadata: ["error": "\(error)"])
            return .failure(.uploadFailed)
        }
        return .success(file)
    }

    /// The file as a download: its sniffed type, `attachment`, the name in UTF-8 (RFC 6266).
    func download(_ file: UploadedFile) -> Response {
        let ascii = String(file.name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        // RFC 5987: only ASCII letters and digits stay as they are; everything else is %-encoded UTF-8.
        let encoded =
            file.name.addingPercentEncoding(
                withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")) ?? "datei"
        let contents = store.contents(of: file.id)
        return Response(
            status: .ok,
            headers: [
                .contentType: file.mediaType, .contentLength: String(file.size), .cacheControl: "private, no-store",
                .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)",
            ],
            body: ResponseBody { writer in
                for try await chunk in contents { try await writer.write(ByteBuffer(bytes: chunk)) }
                try await writer.finish(nil)
            }
        )
    }

    /// A public media file shown in the page (the sign language videos and their captions), with
    /// byte ranges so players can seek: 206 with `Content-Range`, 416 beyond the end.
    func inline(_ file: UploadedFile, rangeHeader: String?) -> Response {
        let size = file.size
        var headers: HTTPFields = [
            .contentType: file.mediaType == "text/vtt" ? "text/vtt; charset=utf-8" : file.mediaType,
            .acceptRanges: "bytes", .cacheControl: "public, max-age=3600",
        ]
        let range: ByteRange
        switch ByteRange.resolve(rangeHeader, size: size) {
        case .unsatisfiable:
            headers[.contentRange] = "bytes */\(size)"
            return Response(status: .rangeNotSatisfiable, headers: headers)
        case .whole:
            range = ByteRange(first: 0, last: size - 1)
        case .partial(let part):
            range = part
            headers[.contentRange] = "bytes \(part.first)-\(part.last)/\(size)"
        }
        headers[.contentLength] = String(max(0, range.count))
        let contents = store.contents(of: file.id)
        let status: HTTPResponse.Status = headers[.contentRange] == nil ? .ok : .partialContent
        return Response(
            status: status, headers: headers,
            body: ResponseBody { writer in
                // Chunks before the range are skipped, the rest cut to it.
                var offset = 0
                for try await chunk in contents {
                    let chunkEnd = offset + chunk.count
                    defer { offset = chunkEnd }
                    if chunkEnd <= range.first { continue }
                    if offset > range.last { break }
                    let from = max(range.first, offset) - offset
                    let to = min(range.last + 1, chunkEnd) - offset
                    try await writer.write(ByteBuffer(bytes: chunk[chunk.startIndex + from..<chunk.startIndex + to]))
                }
                try await writer.finish(nil)
            })
    }
}
