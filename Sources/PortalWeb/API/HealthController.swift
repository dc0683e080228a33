import Foundation
import Hummingbird

/// `/healthz` (alive and the database reachable) and `/readyz` (also migrations current and the job
/// worker going round: take traffic) for load balancers, `/api/v1/openapi.yaml` for API clients.
struct HealthController: Sendable {
    let databaseIsHealthy: @Sendable () async -> Bool
    let readinessChecks: [(name: String, check: @Sendable () async -> Bool)]
    let openAPIDocument: String

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.health.pattern, use: health)
        router.get(SiteRoute.readiness.pattern, use: readiness)
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

    struct Readiness: Encodable {
        var status: String
        var checks: [String: Bool]
    }

    @Sendable func readiness(_ request: Request, context: PortalRequestContext) async throws -> Response {
        var checks = ["database": await databaseIsHealthy()]
        // Without the database the others cannot be asked.
        if checks["database"] == true {
            for (name, check) in readinessChecks { checks[name] = await check() }
        }
        let ready = checks.values.allSatisfy { $0 }
        return try JSONResponse.make(
            Readiness(status: ready ? "ready" : "unavailable", checks: checks), status: ready ? .ok : .serviceUnavailable,
            headers: [.cacheControl: "no-store"])
    }

    @Sendable func openAPI(_ request: Request, context: PortalRequestContext) async throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"], body: .init(byteBuffer: .init(string: openAPIDocument)))
    }
}
