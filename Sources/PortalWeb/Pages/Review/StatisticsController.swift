import Foundation
import Hummingbird
import NIOCore
import PortalCore
import PortalViews

/// The statistics dashboard (issue 17): staff with the statistics role see their units' services,
/// admins all. The figures come from the event log's daily counts (decision 0079), so a year over
/// every service adds up a few thousand rows, not every event.
struct StatisticsController: Sendable {
    let catalog: any CatalogStore
    let staff: any StaffStore
    let events: any EventLog
    let forms: PublishedForms
    let access: StaffAccess
    let frame: PageFrame
    let timeZone: TimeZone
    let now: @Sendable () -> Date

    static let roles: Set<StaffRole> = [.statistics, .admin]

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.statistics.pattern, use: dashboard)
        for table in StatisticsPage.Table.allCases {
            router.get(SiteRoute.statisticsTable(table).pattern) { request, context in try await self.download(table, request, context) }
        }
    }

    /// What the query asked for, read and checked.
    struct Query {
        var choice: StatisticsPeriod.Choice
        var serviceSlug: String
        var period: Result<StatisticsPeriod, StatisticsPeriod.Refusal>
        /// The chosen service; nil: all the user sees.
        var service: Service?
        var isUnknownService: Bool
        /// Every service the user sees, by title.
        var visible: [Service]
    }

    func query(_ request: Request, user: StaffUser) async throws -> Query {
        let parameters = request.uri.queryParameters
        func value(_ name: String) -> String? { parameters.get(name).map { String($0.prefix(40)) } }
        let choice = StatisticsPeriod.Choice(
            kind: value("zeitraum"), year: value("jahr"), month: value("monat"), quarter: value("quartal"), from: value("von"), to: value("bis"))
        let today = LocalDate(now(), in: timeZone)
        let period = StatisticsPeriod.parse(choice, today: today)
        let visible = try await visibleServices(of: user).sorted { $0.title.localizedStandardCompare($1.title) == .orderedAscending }
        let slug = value("leistung")?.trimmingCharacters(in: .whitespaces) ?? ""
        let service = slug.isEmpty ? nil : visible.first { $0.slug == slug }
        return Query(
            choice: choice, serviceSlug: slug, period: period, service: service, isUnknownService: !slug.isEmpty && service == nil, visible: visible)
    }

    /// Admins see every service; statistics staff those of their units.
    func visibleServices(of user: StaffUser) async throws -> [Service] {
        let units = user.roles.contains(.admin) ? Set(try await staff.orgUnits().map(\.id)) : user.orgUnitIDs
        return try await catalog.services(of: units)
    }

    /// The figures for a valid query.
    func figures(_ query: Query, period: StatisticsPeriod, user: StaffUser) async throws -> StatisticsPage.Figures {
        // Admins looking at everything see the portal-wide ratings too (nil: no filter).
        let services: Set<Service.ID>? =
            query.service.map { [$0.id] } ?? (user.roles.contains(.admin) ? nil : Set(query.visible.map(\.id)))
        let previous = period.previous
        let current = try await events.counts(of: KeyFigures.kinds, from: period.start, to: period.end, services: services, by: .period)
        let before = try await events.counts(of: KeyFigures.kinds, from: previous.start, to: previous.end, services: services, by: .period)
        let days = try await events.counts(
            of: [.formStarted, .submissionReceived], from: period.start, to: period.end, services: services, by: StatisticsSeries.grouping(for: period))
        var stepTitles: [Int: String]?
        if let service = query.service {
            let steps = try await forms.entry(slug: service.slug)?.version.schema.steps ?? []
            stepTitles = Dictionary(steps.enumerated().map { ($0.offset + 1, $0.element.title) }, uniquingKeysWith: { first, _ in first })
        }
        var perService: [(title: String, figures: KeyFigures)] = []
        if query.service == nil {
            var byService: [Service.ID: KeyFigures] = [:]
            for count in current { if let id = count.serviceID { byService[id, default: KeyFigures()].add(count) } }
            perService = query.visible.map { ($0.title, byService[$0.id] ?? KeyFigures()) }
        }
        return StatisticsPage.Figures(
            period: period, previous: previous, current: KeyFigures(current), before: KeyFigures(before),
            series: StatisticsSeries(period: period, counts: days), stepTitles: stepTitles, services: perService)
    }

    @Sendable func dashboard(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: Self.roles) { user, _ in
            let words = StatisticsText.for(frame.language(request))
            let query = try await query(request, user: user)
            let today = LocalDate(now(), in: timeZone)
            var refusal: StatisticsPeriod.Refusal?
            if case .failure(let problems) = query.period { refusal = problems }
            let hasErrors = refusal != nil || query.isUnknownService
            let shell = frame.shell(
                request, context: context, title: words.heading, hasErrors: hasErrors, staffName: user.displayName, staffHome: .statistics, now: now())
            let shown = (try? query.period.get())?.choice ?? query.choice
            let first = LocalDate(try await events.firstEventAt() ?? now(), in: timeZone).year
            var page = StatisticsPage.Model(
                shell: shell, action: SiteRoute.statistics.path,
                choice: hasErrors ? query.choice : shown,
                years: Array((min(first, today.year - 1)...today.year).reversed()),
                services: query.visible.map { StatisticsPage.ServiceOption(slug: $0.slug, title: $0.title) },
                serviceSlug: query.serviceSlug, commentsPath: SiteRoute.ratingComments.path)
            page.problems = refusal?.problems ?? []
            page.isUnknownService = query.isUnknownService
            guard !hasErrors, case .success(let period) = query.period else {
                return PageFrame.response(StatisticsPage.render(page), status: .unprocessableContent)
            }
            if !query.visible.isEmpty {
                page.figures = try await figures(query, period: period, user: user)
                for table in StatisticsPage.Table.allCases {
                    page.csvPaths[table] = SiteRoute.statistics(table, choice: period.choice, service: query.service?.slug ?? "")
                }
            }
            return PageFrame.response(StatisticsPage.render(page))
        }
    }

    func download(_ table: StatisticsPage.Table, _ request: Request, _ context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: Self.roles) { user, _ in
            let words = StatisticsText.for(frame.language(request))
            let query = try await query(request, user: user)
            // A download link comes from the page; a wrong one goes back to the page, which says what is wrong.
            guard !query.isUnknownService, case .success(let period) = query.period else {
                return PageFrame.redirect(SiteRoute.statistics(nil, choice: query.choice, service: query.serviceSlug))
            }
            let figures = try await figures(query, period: period, user: user)
            guard let content = StatisticsPage.tables(figures, words)[table] else { throw PageError(.notFound) }
            let name = "statistik-\(table.rawValue)-\(period.start.iso)-bis-\(period.lastDay.iso).csv"
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8", .cacheControl: "private, no-store", .contentDisposition: "attachment; filename=\"\(name)\"",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "\u{FEFF}" + StatisticsPage.csv(content))))
        }
    }
}
