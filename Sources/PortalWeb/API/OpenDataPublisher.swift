import Foundation
import PortalCore

/// The open-data files (issue 17, docs/opendata.md): satisfaction and usage per service and
/// calendar month as CSV (RFC 4180, UTF-8) and JSON, and their DCAT-AP.de catalogue. Counts below
/// the threshold are left empty, so a month with few applications cannot point to a person; only
/// published services appear. Served under `/opendata` and written by `serviceportal opendata export`.
public struct OpenDataPublisher: Sendable {
    let catalog: any CatalogStore
    let events: any EventLog
    let feedback: any FeedbackStore
    let timeZone: TimeZone
    public let threshold: Int
    public let licence: String
    public let publicBaseURL: String?
    let portalName: String
    let authority: Authority
    let now: @Sendable () -> Date

    public init(
        catalog: any CatalogStore, events: any EventLog, feedback: any FeedbackStore, timeZone: TimeZone,
        threshold: Int, licence: String, publicBaseURL: String?, portalName: String, authority: Authority, now: @escaping @Sendable () -> Date
    ) {
        self.catalog = catalog
        self.events = events
        self.feedback = feedback
        self.timeZone = timeZone
        self.threshold = threshold
        self.licence = licence
        self.publicBaseURL = publicBaseURL
        self.portalName = portalName
        self.authority = authority
        self.now = now
    }

    /// One file's media type and bytes; the catalogue's addresses start with `baseURL`.
    public func content(of file: SiteRoute.OpenDataFile, baseURL: String) async throws -> (contentType: String, data: Data) {
        // Up to and including this moment.
        let end = now().addingTimeInterval(0.001)
        switch file {
        case .catalogTurtle:
            return ("text/turtle; charset=utf-8", Data(try await describe(baseURL: baseURL, until: end).turtle.utf8))
        case .catalogJSONLD:
            return ("application/ld+json; charset=utf-8", Data(try await describe(baseURL: baseURL, until: end).jsonLD.jsonText.utf8))
        case .satisfactionCSV, .satisfactionJSON:
            let rows = OpenDataFigures.satisfaction(
                counts: try await monthlyCounts(of: [.rating], until: end), comments: try await feedback.publishedComments(),
                services: try await catalog.publishedServices(), timeZone: timeZone, threshold: threshold)
            return file == .satisfactionCSV
                ? ("text/csv; charset=utf-8", Data(Self.satisfactionCSV(rows).utf8))
                : ("application/json; charset=utf-8", try Self.json(rows.map(SatisfactionItem.init)))
        case .usageCSV, .usageJSON:
            let rows = OpenDataFigures.usage(
                counts: try await monthlyCounts(of: [.formStarted, .submissionReceived, .caseDecided], until: end),
                services: try await catalog.publishedServices(), threshold: threshold)
            return file == .usageCSV
                ? ("text/csv; charset=utf-8", Data(Self.usageCSV(rows).utf8)) : ("application/json; charset=utf-8", try Self.json(rows.map(UsageItem.init)))
        }
    }

    /// The event log's counts per service and month from the first event up to `end`: a few rows per
    /// service and month from the daily counts, however many events there are.
    func monthlyCounts(of kinds: Set<PortalEvent.Kind>, until end: Date) async throws -> [EventCount] {
        guard let first = try await events.firstEventAt() else { return [] }
        return try await events.counts(
            of: kinds, from: LocalDate(first, in: timeZone), to: LocalDate(end, in: timeZone).adding(days: 1), services: nil, by: .month)
    }

    /// The catalogue: the months covered run from the first event to this month.
    func describe(baseURL: String, until end: Date) async throws -> OpenDataCatalog {
        let first = try await events.firstEventAt() ?? end
        return OpenDataCatalog(
            baseURL: baseURL, portalName: portalName, publisher: authority.name.isEmpty ? portalName : authority.name, licence: licence,
            firstMonth: OpenDataFigures.Month(first, in: timeZone), lastMonth: OpenDataFigures.Month(end, in: timeZone), modified: end)
    }

    static func json(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
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
        var comments: [String]

        init(_ row: OpenDataFigures.SatisfactionRow) {
            month = row.month.text
            leikaKey = row.service.leikaKey
            service = row.service.title
            ratings = row.isSuppressed ? nil : row.ratings
            stars = row.perStar
            average = row.average
            comments = row.comments
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(month, forKey: .month)
            try container.encode(leikaKey, forKey: .leikaKey)
            try container.encode(service, forKey: .service)
            try container.encode(ratings, forKey: .ratings)
            try container.encode(stars, forKey: .stars)
            try container.encode(average, forKey: .average)
            try container.encode(comments, forKey: .comments)
        }

        enum CodingKeys: String, CodingKey { case month, leikaKey, service, ratings, stars, average, comments }
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
