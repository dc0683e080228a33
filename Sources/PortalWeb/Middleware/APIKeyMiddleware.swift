import Foundation
import Hummingbird
import PortalCore

/// Authenticates staff API requests by `Authorization: Bearer <key>`; anything else is a 401. A
/// key without the routes' scope gets a 403.
struct APIKeyMiddleware: RouterMiddleware {
    let keys: APIKeyCache
    let scope: APIKey.Scope

    func handle(_ request: Request, context: PortalRequestContext, next: (Request, PortalRequestContext) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw APIError.unauthorized
        }
        let secret = APIKeySecret(text: String(header.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces))
        guard secret.text.count < 200, let key = try await keys.key(secretHash: secret.hash, now: ContinuousClock.now) else {
            throw APIError.unauthorized
        }
        guard key.scopes.contains(scope) else { throw APIError.missingScope }
        var context = context
        context.apiKey = key
        return try await next(request, context)
    }
}
