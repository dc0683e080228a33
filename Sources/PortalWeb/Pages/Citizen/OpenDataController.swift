import Foundation
import Hummingbird
import NIOCore
import PortalCore
import PortalViews

/// Open data without login (issue 17, docs/opendata.md): satisfaction and usage per service and
/// calendar month, as CSV (RFC 4180, UTF-8) and JSON. Counts below the threshold are left empty,
/// so a month with few applications cannot point to a person. Only published services appear.
struct OpenDataController: Sendable {
    let catalog: any CatalogStore
    let events: any EventLog
    let feedback: any FeedbackStore
    let submissions: any SubmissionStore
    let timeZone: TimeZone
    let threshold: Int
    let licence: String
    /// `BASE_URL`; without it the catalogue's addresses are built from the request's host.
    let publicBaseURL: String?
    let portalName: String
    let authority: Authority
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
                    catalogJSONLDPath: SiteRoute.openData(.catalogJSONLD).path, licence: licence, threshold: threshold)))
    }

    /// The catalogue: the months covered run from the first event to this month.
    func describe(_ request: Request) async throws -> OpenDataCatalog {
        // Up to and including this moment.
        let end = now().addingTimeInterval(0.001)
        let first = try await events.events(from: .distantPast, to: end).first?.at ?? end
        let host = request.head.authority.flatMap { $0.allSatisfy { $0.isLetter || $0.isNumber || ".-:[]".contains($0) } ? $0 : nil } ?? "localhost"
        return OpenDataCatalog(
            baseURL: publicBaseURL ?? "http://\(host)", portalName: portalName, publisher: authority.name.isEmpty ? portalName : authority.name,
            licence: licence, firstMonth: OpenDataFigures.Month(first, in: timeZone), lastMonth: OpenDataFigures.Month(end, in: timeZone), modified: end)
    }

    func answer(_ file: SiteRoute.OpenDataFile, _ request: Request) async throws -> Response {
        let services = try await catalog.publishedServices()
        // Up to and including this moment.
        let end = now().addingTimeInterval(0.001)
        switch file {
        case .catalogTurtle:
            var headers: HTTPFields = [.contentType: "text/turtle; charset=utf-8"]
            headers.append(contentsOf: Self.headers)
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: try await describe(request).turtle)))
        case .catalogJSONLD:
            var headers: HTTPFields = [.contentType: "application/ld+json; charset=utf-8"]
            headers.append(contentsOf: Self.headers)
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: try await describe(request).jsonLD.jsonText)))
        case .satisfactionCSV, .satisfactionJSON:
            let rows = OpenDataFigures.satisfaction(
                ratings: try await feedback.ratings(of: nil, from: .distantPast, to: end), services: services, timeZone: timeZone, threshold: threshold)
            return file == .satisfactionCSV
                ? csv(Self.satisfactionCSV(rows), name: file.rawValue) : try JSONResponse.make(rows.map(SatisfactionItem.init), headers: Self.headers)
        case .usageCSV, .usageJSON:
            let rows = OpenDataFigures.usage(
                events: try await events.events(from: .distantPast, to: end),
                processing: try await submissions.processingTimes(closedFrom: .distantPast, to: end), services: services, timeZone: timeZone,
                threshold: threshold)
            return file == .usageCSV ? csv(Self.usageCSV(rows), name: file.rawValue) : try JSONResponse.make(rows.map(UsageItem.init), headers: Self.headers)
        }
    }

    /// Harvesters may fetch it from anywhere; it changes at most with every rating.
    static let headers: HTTPFields = [.accessControlAllowOrigin: "*", .cacheControl: "public, max-age=300"]

    private func csv(_ text: String, name: String) -> Response {
        var headers: HTTPFields = [.contentType: "text/csv; charset=utf-8", .contentDisposition: "inline; filename=\"\(name)\""]
        headers.append(contentsOf: Self.headers)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func number(_ value: Int?) -> String { value.map { "\($0)" } ?? "" }
    static func number(_ value: Decimal?) -> String { value.map { "\($0)" } ?? "" }

    static func satisfactionCSV(_ rows: [OpenDataFigures.SatisfactionRow]) -> String {
        var text = CSVText.line([
            "monat", "leistungsschluessel", "leistung", "bewertungen", "sterne_1", "sterne_2", "sterne_3", "sterne_4", "sterne_5", "durchschnitt",
        ])
        for row in rows {
            let stars = (0..<5).map { index in number(row.perStar?[index]) }
            text += CSVText.line(
                [row.month.text, row.service.leikaKey ?? "", row.service.title, row.isSuppressed ? "" : "\(row.ratings)"] + stars + [number(row.average)])
        }
        return text
    }

    static func usageCSV(_ rows: [OpenDataFigures.UsageRow]) -> String {
        var text = CSVText.line(["monat", "leistungsschluessel", "leistung", "begonnen", "eingereicht", "abschlussquote", "median_bearbeitungstage"])
        for row in rows {
            text += CSVText.line([
                row.month.text, row.service.leikaKey ?? "", row.service.title, number(row.started), number(row.submitted), number(row.completionRate),
                number(row.medianProcessingDays),
            ])
        }
        return text
    }

    /// One row of `satisfaction.json`; nil numbers are suppressed (below the threshold).
    struct SatisfactionItem: Encodable {
        var month: String
        var leikaKey: String?
        var service: String
        var ratings: Int?
        var stars: [Int]?
        var average: Decimal?

        init(_ row: OpenDataFigures.SatisfactionRow) {
            month = row.month.text
            leikaKey = row.service.leikaKey
            service = row.service.title
            ratings = row.isSuppressed ? nil : row.ratings
            stars = row.perStar
            average = row.average
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(month, forKey: .month)
            try container.encode(leikaKey, forKey: .leikaKey)
            try container.encode(service, forKey: .service)
            try container.encode(ratings, forKey: .ratings)
            try container.encode(stars, forKey: .stars)
            try container.encode(average, forKey: .average)
        }

        enum CodingKeys: String, CodingKey { case month, leikaKey, service, ratings, stars, average }
    }

    /// One row of `usage.json`.
    struct UsageItem: Encodable {
        var month: String
        var leikaKey: String?
        var service: String
        var started: Int?
        var submitted: Int?
        var completionRate: Decimal?
        var medianProcessingDays: Decimal?

        init(_ row: OpenDataFigures.UsageRow) {
            month = row.month.text
            leikaKey = row.service.leikaKey
            service = row.service.title
            started = row.started
            submitted = row.submitted
            completionRate = row.completionRate
            medianProcessingDays = row.medianProcessingDays
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(month, forKey: .month)
            try container.encode(leikaKey, forKey: .leikaKey)
            try container.encode(service, forKey: .service)
            try container.encode(started, forKey: .started)
            try container.encode(submitted, forKey: .submitted)
            try container.encode(completionRate, forKey: .completionRate)
            try container.encode(medianProcessingDays, forKey: .medianProcessingDays)
        }

        enum CodingKeys: String, CodingKey { case month, leikaKey, service, started, submitted, completionRate, medianProcessingDays }
    }
}
