import Foundation
import Hummingbird
import NIOCore
import PortalCore

/// Publishes the JSON Schema of each form version's Fachdaten without login: the address that
/// FIT-Connect metadata names as `submissionSchema.schemaUri`, so a receiver can check what it
/// gets. It holds the form's structure and labels only, nothing from any application.
struct FachdatenSchemaController: Sendable {
    let catalog: any CatalogStore
    let publicBaseURL: String?

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.fachdatenSchema(service: "", version: 0).pattern, use: schema)
    }

    @Sendable func schema(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let slug = context.parameters.get("slug"), let number = context.parameters.get("version").flatMap(Int.init),
            let service = try await catalog.service(slug: slug),
            let version = try await catalog.formVersions(of: service.id).first(where: { $0.number == number })
        else { throw APIError.notFound() }
        let path = SiteRoute.fachdatenSchema(service: service.slug, version: number).path
        let document = Fachdaten(schema: version.schema).jsonSchema(
            id: SiteRoute.absolute(path, base: publicBaseURL), title: "\(service.title) (Fassung \(number))")
        var headers: HTTPFields = [.contentType: "application/schema+json; charset=utf-8"]
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: document.jsonText)))
    }
}
