import Foundation
import Hummingbird
import NIOCore
import PortalCore

/// Checks every HTML POST: form encoding, size, and the session's CSRF token in `_csrf`. A request
/// that fails is refused before any handler runs, so it changes nothing. The parsed form is handed
/// on in the context.
struct CSRFMiddleware: RouterMiddleware {
    let maxBodyBytes: Int
    /// Where file parts of multipart posts are written while the request runs.
    let uploadDirectory: URL
    let maxFileBytes: Int

    func handle(_ request: Request, context: PortalRequestContext, next: (Request, PortalRequestContext) async throws -> Response) async throws -> Response {
        guard request.method == .post, !request.uri.path.hasPrefix("/api/") else {
            return try await next(request, context)
        }
        let contentType = request.headers[.contentType] ?? ""
        if contentType.lowercased().hasPrefix("multipart/form-data") {
            return try await multipart(request, contentType: contentType, context: context, next: next)
        }
        guard contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") else {
            throw PageError(.unsupportedMediaType)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw PageError(.tooLarge)
        }
        guard let text = String(validating: body.readableBytesView, as: UTF8.self), let form = FormValues.parse(text) else {
            throw PageError(.malformedForm)
        }
        guard let session = context.sessions.session, let token = form.first("_csrf"),
            SecretComparison.equal(Array(token.utf8), Array(session.csrfToken.utf8))
        else {
            throw PageError(.forbidden)
        }
        var context = context
        context.form = form
        return try await next(request, context)
    }

    /// Multipart posts (pages with file fields): the token is checked as soon as its part has
    /// arrived, before any file is written; the temporary files are removed when the request is done.
    private func multipart(
        _ request: Request, contentType: String, context: PortalRequestContext,
        next: (Request, PortalRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let session = context.sessions.session,
            let boundary = contentType.split(separator: ";").lazy.map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })?.dropFirst(9).trimmingCharacters(in: CharacterSet(charactersIn: "\"")),
            !boundary.isEmpty, boundary.count <= 70
        else { throw PageError(.forbidden) }
        let expected = Array(session.csrfToken.utf8)
        let reader = MultipartFormReader(
            directory: uploadDirectory, maxTextBytes: maxBodyBytes, maxFileBytes: maxFileBytes, maxFiles: 20,
            checkToken: { SecretComparison.equal(Array($0.utf8), expected) }
        )
        let form: FormValues
        let files: [IncomingFile]
        do {
            (form, files) = try await reader.read(request.body, boundary: boundary)
        } catch MultipartFormReader.Failure.tooLarge {
            throw PageError(.tooLarge)
        } catch MultipartFormReader.Failure.forbidden {
            throw PageError(.forbidden)
        } catch {
            throw PageError(.malformedForm)
        }
        defer { for file in files { try? FileManager.default.removeItem(at: file.location) } }
        guard let token = form.first("_csrf"), SecretComparison.equal(Array(token.utf8), expected) else {
            throw PageError(.forbidden)
        }
        var context = context
        context.form = form
        context.files = files
        return try await next(request, context)
    }
}
