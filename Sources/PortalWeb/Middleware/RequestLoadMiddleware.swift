import Hummingbird
import PortalCore

/// Counts the requests in flight (`RequestLoad`), so the process's job worker can give way to them.
struct RequestLoadMiddleware: RouterMiddleware {
    let load: RequestLoad

    func handle(_ request: Request, context: PortalRequestContext, next: (Request, PortalRequestContext) async throws -> Response) async throws -> Response {
        load.started()
        defer { load.finished() }
        return try await next(request, context)
    }
}
