import Crypto
import Foundation
import Hummingbird
import MultipartKit
import NIOCore

/// Reads a `multipart/form-data` body as it streams in: text parts into `FormValues` (within the
/// form size limit), file parts straight into temporary files, hashed and measured on the way.
/// The whole body is never held in memory, and every way of making it grow is capped: total size,
/// bytes before the CSRF token, header size, number of parts, bytes without any progress.
struct MultipartFormReader {
    let directory: URL
    let maxTextBytes: Int
    /// Bytes kept per file; a longer file is marked truncated and the rest is discarded.
    let maxFileBytes: Int
    let maxFiles: Int
    /// Called when the `_csrf` part is complete; file parts before a valid token are refused.
    let checkToken: (String) -> Bool

    static let maxParts = 1000
    static let maxHeaderBytes = 16 * 1024
    /// A header line longer than this (no parser progress at all) is an attack, not a form.
    static let maxStall = 64 * 1024

    enum Failure: Error {
        case malformed
        case tooLarge
        case forbidden
    }

    /// Parses the body. On any failure the temporary files written so far are removed.
    func read(_ body: RequestBody, boundary: String) async throws -> (FormValues, [IncomingFile]) {
        let state = State()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in
            state.progressed()
            state.headerBytes += name.utf8.count + value.utf8.count
            if state.headerBytes > Self.maxHeaderBytes { state.failure = state.failure ?? Failure.tooLarge }
            state.headers[name.lowercased()] = value
        }
        parser.onBody = { buffer in
            state.progressed()
            guard state.failure == nil else { return }
            do { try state.take(&buffer, self) } catch { state.failure = error }
        }
        parser.onPartComplete = {
            state.progressed()
            guard state.failure == nil else { return }
            do { try state.complete(self) } catch { state.failure = error }
        }
        let closing = Array("--\(boundary)--".utf8)
        var tail: [UInt8] = []
        var total = 0
        do {
            for try await buffer in body {
                total += buffer.readableBytes
                state.stalled += buffer.readableBytes
                // Before the token only the form's text may arrive; afterwards files, within limits.
                if !state.tokenChecked && total > maxTextBytes + Self.maxHeaderBytes { throw Failure.tooLarge }
                if total > maxTextBytes + 2 * maxFileBytes { throw Failure.tooLarge }
                tail = Array((tail + buffer.readableBytesView).suffix(closing.count + 8))
                try parser.execute(buffer)
                if let failure = state.failure { throw failure }
                if state.stalled > Self.maxStall { throw Failure.malformed }
            }
            // A body cut off inside a part, or without its closing delimiter, is not a form.
            let trimmed = Array(tail.reversed().drop { $0 == 0x0D || $0 == 0x0A || $0 == 0x20 }.reversed())
            guard state.current == nil, trimmed.suffix(closing.count).elementsEqual(closing) else { throw Failure.malformed }
        } catch {
            state.discard()
            if error is Failure { throw error }
            throw Failure.malformed
        }
        return (FormValues(state.values), state.files)
    }

    private final class State {
        var headers: [String: String] = [:]
        var headerBytes = 0
        var values: [String: [String]] = [:]
        var files: [IncomingFile] = []
        var failure: (any Error)?
        var tokenChecked = false
        var parts = 0
        var textBytes = 0
        var stalled = 0
        var current: Part?
        var text: [UInt8] = []
        /// File bytes not yet written: the parser hands over small pieces (down to one byte).
        var pending = Data()

        struct Part {
            var name: String
            var file: FilePart?
        }

        struct FilePart {
            var fileName: String
            var url: URL
            var handle: FileHandle
            var hash = SHA256()
            var size = 0
            var head: [UInt8] = []
        }

        func progressed() {
            stalled = 0
        }

        func take(_ buffer: inout ByteBuffer, _ reader: MultipartFormReader) throws {
            if current == nil { current = try start(reader) }
            guard var part = current else { return }
            let view = buffer.readableBytesView
            if var file = part.file {
                let keep = max(0, min(view.count, reader.maxFileBytes + 1 - file.size))
                if keep > 0 { pending.append(contentsOf: view.prefix(keep)) }
                if file.head.count < 512 { file.head.append(contentsOf: view.prefix(512 - file.head.count)) }
                file.size += view.count
                // Far beyond any limit: stop reading instead of draining a huge body.
                guard file.size <= reader.maxFileBytes * 2 else { throw Failure.tooLarge }
                if pending.count >= 64 * 1024 { try flush(&file) }
                part.file = file
                current = part
            } else {
                textBytes += view.count
                guard textBytes <= reader.maxTextBytes else { throw Failure.tooLarge }
                text.append(contentsOf: view)
            }
            buffer.moveReaderIndex(to: buffer.writerIndex)
        }

        func flush(_ file: inout FilePart) throws {
            guard !pending.isEmpty else { return }
            try file.handle.write(contentsOf: pending)
            file.hash.update(data: pending)
            pending.removeAll(keepingCapacity: true)
        }

        func start(_ reader: MultipartFormReader) throws -> Part {
            parts += 1
            guard parts <= MultipartFormReader.maxParts else { throw Failure.tooLarge }
            guard let disposition = headers["content-disposition"], let name = Self.parameter("name", in: disposition) else { throw Failure.malformed }
            if let fileName = Self.parameter("filename", in: disposition) {
                guard tokenChecked else { throw Failure.forbidden }
                guard files.count < reader.maxFiles else { throw Failure.tooLarge }
                let url = reader.directory.appendingPathComponent("upload-\(UUID().uuidString)")
                guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else { throw Failure.malformed }
                return Part(name: name, file: FilePart(fileName: fileName, url: url, handle: try FileHandle(forWritingTo: url)))
            }
            text = []
            return Part(name: name, file: nil)
        }

        func complete(_ reader: MultipartFormReader) throws {
            if current == nil { current = try start(reader) }
            guard let part = current else { return }
            if var file = part.file {
                try flush(&file)
                try file.handle.close()
                current = nil
                // An empty file input is sent as a part without name and content.
                if file.fileName.isEmpty && file.size == 0 {
                    try? FileManager.default.removeItem(at: file.url)
                } else {
                    let digest = SHA256Hex.hex(file.hash.finalize())
                    files.append(
                        IncomingFile(
                            field: part.name, name: IncomingFile.cleanName(file.fileName), location: file.url, size: file.size,
                            sha256: digest, head: file.head, isTruncated: file.size > reader.maxFileBytes))
                }
            } else {
                current = nil
                guard let value = String(validating: text, as: UTF8.self) else { throw Failure.malformed }
                values[part.name, default: []].append(value)
                if part.name == "_csrf" {
                    guard reader.checkToken(value) else { throw Failure.forbidden }
                    tokenChecked = true
                }
            }
            text = []
            headers = [:]
            headerBytes = 0
        }

        func discard() {
            if let file = current?.file {
                try? file.handle.close()
                try? FileManager.default.removeItem(at: file.url)
            }
            current = nil
            for file in files { try? FileManager.default.removeItem(at: file.location) }
            files = []
        }

        /// `name="x"` out of a Content-Disposition header; quoted values may contain `;` and `\`.
        static func parameter(_ key: String, in header: String) -> String? {
            var rest = Substring(header)
            while let range = rest.range(of: key + "=") {
                let before = rest[..<range.lowerBound].last
                rest = rest[range.upperBound...]
                guard before == nil || before == " " || before == ";" else { continue }
                if rest.first == "\"" {
                    rest = rest.dropFirst()
                    // Browsers send `"` as %22 and backslashes as they are (HTML form encoding), so a
                    // quoted value simply runs to the next quote.
                    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
                }
                return String(rest.prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces)
            }
            return nil
        }
    }
}
