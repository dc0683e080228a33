import Crypto
import Foundation
import Hummingbird
import MultipartKit
import NIOCore

/// Reads a `multipart/form-data` body as it streams in: text parts into `FormValues` (within the
/// form size limit), file parts straight into temporary files, hashed and measured on the way.
/// The whole body is never held in memory.
struct MultipartFormReader {
    let directory: URL
    let maxTextBytes: Int
    /// Bytes kept per file; a longer file is marked truncated and the rest is discarded.
    let maxFileBytes: Int
    let maxFiles: Int
    /// Called when the `_csrf` part is complete; file parts before a valid token are refused.
    let checkToken: (String) -> Bool

    enum Failure: Error {
        case malformed
        case tooLarge
        case forbidden
    }

    /// Parses the body. On any failure the temporary files written so far are removed.
    func read(_ body: RequestBody, boundary: String) async throws -> (FormValues, [IncomingFile]) {
        let state = State()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in state.headers[name.lowercased()] = value }
        parser.onBody = { buffer in
            guard state.failure == nil else { return }
            do { try state.take(&buffer, self) } catch { state.failure = error }
        }
        parser.onPartComplete = {
            guard state.failure == nil else { return }
            do { try state.complete(self) } catch { state.failure = error }
        }
        do {
            for try await buffer in body {
                try parser.execute(buffer)
                if let failure = state.failure { throw failure }
            }
            guard state.finished else { throw Failure.malformed }
        } catch {
            state.discard()
            if error is Failure { throw error }
            throw Failure.malformed
        }
        return (FormValues(state.values), state.files)
    }

    private final class State {
        var headers: [String: String] = [:]
        var values: [String: [String]] = [:]
        var files: [IncomingFile] = []
        var failure: (any Error)?
        var textBytes = 0
        var tokenChecked = false
        var finished = false
        var current: Part?

        enum Part {
            case text(name: String, bytes: [UInt8])
            case file(name: String, fileName: String, url: URL, handle: FileHandle, hash: SHA256, size: Int, head: [UInt8])
            case skipped
        }

        func take(_ buffer: inout ByteBuffer, _ reader: MultipartFormReader) throws {
            if current == nil { current = try start(reader) }
            switch current {
            case .text(let name, var bytes)?:
                textBytes += buffer.readableBytes
                guard textBytes <= reader.maxTextBytes else { throw Failure.tooLarge }
                bytes.append(contentsOf: buffer.readableBytesView)
                current = .text(name: name, bytes: bytes)
            case .file(let name, let fileName, let url, let handle, var hash, let size, var head)?:
                let view = buffer.readableBytesView
                let keep = max(0, min(view.count, reader.maxFileBytes + 1 - size))
                if keep > 0 {
                    let slice = Data(view.prefix(keep))
                    try handle.write(contentsOf: slice)
                    hash.update(data: slice)
                }
                if head.count < 512 { head.append(contentsOf: view.prefix(512 - head.count)) }
                // Far beyond any limit: stop reading instead of draining a huge body.
                guard size + view.count <= reader.maxFileBytes * 2 else { throw Failure.tooLarge }
                current = .file(name: name, fileName: fileName, url: url, handle: handle, hash: hash, size: size + view.count, head: head)
            case .skipped?, nil:
                break
            }
            buffer.moveReaderIndex(to: buffer.writerIndex)
        }

        func start(_ reader: MultipartFormReader) throws -> Part {
            guard let disposition = headers["content-disposition"], let name = Self.parameter("name", in: disposition) else { throw Failure.malformed }
            if let fileName = Self.parameter("filename", in: disposition) {
                guard tokenChecked else { throw Failure.forbidden }
                guard files.count < reader.maxFiles else { throw Failure.tooLarge }
                let url = reader.directory.appendingPathComponent("upload-\(UUID().uuidString)")
                guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else { throw Failure.malformed }
                return .file(name: name, fileName: fileName, url: url, handle: try FileHandle(forWritingTo: url), hash: SHA256(), size: 0, head: [])
            }
            return .text(name: name, bytes: [])
        }

        func complete(_ reader: MultipartFormReader) throws {
            if current == nil { current = try start(reader) }
            switch current {
            case .text(let name, let bytes)?:
                guard let text = String(validating: bytes, as: UTF8.self) else { throw Failure.malformed }
                values[name, default: []].append(text)
                if name == "_csrf" {
                    guard reader.checkToken(text) else { throw Failure.forbidden }
                    tokenChecked = true
                }
            case .file(let name, let fileName, let url, let handle, let hash, let size, let head)?:
                try handle.close()
                // An empty file input is sent as a part without name and content.
                if fileName.isEmpty && size == 0 {
                    try? FileManager.default.removeItem(at: url)
                } else {
                    let digest = hash.finalize().map { String(format: "%02x", $0) }.joined()
                    files.append(IncomingFile(field: name, name: IncomingFile.cleanName(fileName), location: url, size: size, sha256: digest,
                                              head: head, isTruncated: size > reader.maxFileBytes))
                }
            case .skipped?, nil:
                break
            }
            current = nil
            headers = [:]
            finished = true
        }

        func discard() {
            if case .file(_, _, let url, let handle, _, _, _)? = current {
                try? handle.close()
                try? FileManager.default.removeItem(at: url)
            }
            for file in files { try? FileManager.default.removeItem(at: file.location) }
            files = []
        }

        /// `name="x"` out of a Content-Disposition header; quoted values may contain `;` and `\\`.
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
