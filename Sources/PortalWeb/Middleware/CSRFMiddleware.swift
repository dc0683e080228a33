import Foundation
import Hummingbird
import NIOCore
import PortalCore

/// Checks every HTML POST: form encoding, size, and the session's CSRF token in `_csrf`. A request
/// that fails is refused before any handler runs, so it changes nothing. The parsed form is handed
/// on in the context.
struct CSRFMiddleware: RouterMiddleware {
    let maxBodyBytes: Int

    func handle(_ request: Request, context: PortalRequestContext, next: (Request, PortalRequestContext) async throws -> Response) async throws -> Response {
        guard request.method == .post, !request.uri.path.hasPrefix("/api/") else {
            return try await next(request, context)
        }
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else {
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
            throw PageError(.badRequest("Die Formulardaten sind beschädigt."))
        }
        guard let session = context.sessions.session, let token = form.first("_csrf"),
              Self.constantTimeEqual(Array(token.utf8), Array(session.csrfToken.utf8))
        else {
            throw PageError(.forbidden)
        }
        var context = context
        context.form = form
        return try await next(request, context)
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
