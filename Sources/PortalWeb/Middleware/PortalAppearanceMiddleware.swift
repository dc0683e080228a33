import Foundation
import Hummingbird
import Logging
import PortalCore

/// Brings the portal's look up to date before a request is answered (at most one read every few seconds).
struct PortalAppearanceMiddleware: RouterMiddleware {
    typealias Context = PortalRequestContext

    let appearance: PortalAppearance
    let store: any PortalSettingsStore
    let now: @Sendable () -> Date
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            try await appearance.refreshIfStale(from: store, now: now())
        } catch {
            // The last known look is better than an error page; the database's trouble shows elsewhere.
            logger.warning("portal settings could not be read", metadata: ["error": "\(error)"])
        }
        return try await next(request, context)
    }
}
