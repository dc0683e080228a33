import Foundation
import Hummingbird

/// `/healthz` for load balancers and `/api/v1/openapi.yaml` for API clients.
struct HealthController: Sendable {
    let databaseIsHealthy: @Sendable () async -> Bool
    let openAPIDocument: String

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.health.pattern, use: health)
        router.get(SiteRoute.openAPI.pattern, use: openAPI)
    }

    struct Status: Encodable {
        var status: String
    }

    @Sendable func health(_ request: Request, context: PortalRequestContext) async throws -> Response {
        if await databaseIsHealthy() {
            return try JSONResponse.make(Status(status: "ok"), headers: [.cacheControl: "no-store"])
        }
        return try JSONResponse.make(Status(status: "unavailable"), status: .serviceUnavailable, headers: [.cacheControl: "no-store"])
    }

    @Sendable func openAPI(_ request: Request, context: PortalRequestContext) async throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"], body: .init(byteBuffer: .init(string: openAPIDocument)))
    }
}
