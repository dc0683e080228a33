import Hummingbird
import PortalCore
import PortalViews

/// The start page.
struct HomeController: Sendable {
    let catalog: any CatalogStore
    let portalName: String

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.home.pattern, use: show)
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let services = try await catalog.publishedServices()
        let html = HomePage.render(.init(portalName: portalName, services: services.map {
            .init(title: $0.title, summary: $0.summary, formJSONPath: SiteRoute.apiServiceForm(slug: $0.slug).path)
        }))
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: .init(string: html)))
    }
}
