import Foundation
import Hummingbird
import PortalCore

/// Builds the router: every route of `SiteRoute` with its controller, and the middleware stack.
public enum PortalRouter {
    public static func build(_ dependencies: WebDependencies, portalName: String) -> Router<PortalRequestContext> {
        let router = Router(context: PortalRequestContext.self)
        // Headers outermost, so error responses carry them too.
        router.middlewares.add(SecurityHeadersMiddleware())
        router.middlewares.add(ErrorMiddleware(logger: dependencies.logger))

        let intake = SubmissionIntake(
            submissions: dependencies.submissions, now: dependencies.now, ids: dependencies.ids,
            references: dependencies.references, timeZone: dependencies.timeZone
        )
        HomeController(catalog: dependencies.catalog, portalName: portalName).register(on: router)
        HealthController(databaseIsHealthy: dependencies.databaseIsHealthy, openAPIDocument: openAPIDocument).register(on: router)
        CatalogAPIController(
            catalog: dependencies.catalog,
            forms: PublishedForms(catalog: dependencies.catalog, timeToLive: dependencies.limits.catalogCacheTime),
            intake: intake, timeZone: dependencies.timeZone,
            now: dependencies.now, limits: dependencies.limits
        ).register(on: router)
        let staffAPI = router.group().add(middleware: APIKeyMiddleware(keys: APIKeyCache(store: dependencies.apiKeys, timeToLive: dependencies.limits.apiKeyCacheTime)))
        SubmissionAPIController(catalog: dependencies.catalog, submissions: dependencies.submissions, limits: dependencies.limits)
            .register(on: staffAPI)
        return router
    }

    /// The OpenAPI description shipped with the binary (`openapi.yaml` at the repository root links here).
    public static let openAPIDocument: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "# openapi.yaml missing from the build\n" }
        return text
    }()
}
