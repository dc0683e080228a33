import Foundation
import Hummingbird
import NIOCore
import PortalCore
import PortalViews

/// Open data without login (issue 17, docs/opendata.md): the files of `OpenDataPublisher` over
/// HTTP, and the page that explains them to people.
struct OpenDataController: Sendable {
    let publisher: OpenDataPublisher
    let frame: PageFrame
    let now: @Sendable () -> Date

    func register(on router: Router<PortalRequestContext>) {
        for file in SiteRoute.OpenDataFile.allCases {
            router.get(SiteRoute.openData(file).pattern) { request, _ in try await self.answer(file, request) }
        }
        router.get(SiteRoute.openDataIndex.pattern, use: index)
    }

    @Sendable func index(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let words = OpenDataText.for(frame.language(request))
        let shell = frame.shell(request, context: context, title: words.heading, now: now())
        let datasets = [
            OpenDataPage.Dataset(
                title: words.satisfactionTitle, description: words.satisfactionDescription, csvPath: SiteRoute.openData(.satisfactionCSV).path,
                jsonPath: SiteRoute.openData(.satisfactionJSON).path),
            OpenDataPage.Dataset(
                title: words.usageTitle, description: words.usageDescription, csvPath: SiteRoute.openData(.usageCSV).path,
                jsonPath: SiteRoute.openData(.usageJSON).path),
        ]
        return PageFrame.response(
            OpenDataPage.render(
                .init(
                    shell: shell, datasets: datasets, catalogTurtlePath: SiteRoute.openData(.catalogTurtle).path,
                    catalogJSONLDPath: SiteRoute.openData(.catalogJSONLD).path, licence: publisher.licence, threshold: publisher.threshold)))
    }

    /// Harvesters may fetch the files from anywhere; they change at most with every rating.
    static let headers: HTTPFields = [.accessControlAllowOrigin: "*", .cacheControl: "public, max-age=300"]

    func answer(_ file: SiteRoute.OpenDataFile, _ request: Request) async throws -> Response {
        // Without BASE_URL the catalogue's addresses are built from the request's host.
        let host = request.head.authority.flatMap { $0.allSatisfy { $0.isLetter || $0.isNumber || ".-:[]".contains($0) } ? $0 : nil } ?? "localhost"
        let content = try await publisher.content(of: file, baseURL: publisher.publicBaseURL ?? "http://\(host)")
        var headers: HTTPFields = [.contentType: content.contentType]
        if file == .satisfactionCSV || file == .usageCSV { headers[.contentDisposition] = "inline; filename=\"\(file.rawValue)\"" }
        headers.append(contentsOf: Self.headers)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: content.data)))
    }
}
