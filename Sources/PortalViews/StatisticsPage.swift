import PortalCore

/// The statistics dashboard (issue 17) for staff with the statistics role (their units' services)
/// and admins (all): a period against the one before, charts with a table under each, every table
/// also as CSV.
public enum StatisticsPage {
    /// The tables of the page; each can be downloaded as CSV under its name.
    public enum Table: String, CaseIterable, Sendable {
        case keyFigures = "kennzahlen"
        case series = "verlauf"
        case funnel = "schritte"
        case ratings = "bewertungen"
        case contacts = "kontaktanfragen"
        case services = "leistungen"
    }

    public struct ServiceOption: Sendable {
        public var slug: String
        public var title: String

        public init(slug: String, title: String) {
            self.slug = slug
            self.title = title
        }
    }

    /// What the page shows for a valid choice.
    public struct Figures: Sendable {
        public var period: StatisticsPeriod
        public var previous: StatisticsPeriod
        public var current: KeyFigures
        public var before: KeyFigures
        public var series: StatisticsSeries
        /// The chosen service's step titles (nil: all services).
        public var stepTitles: [Int: String]?
        /// Every visible service with its figures, when all services are shown.
        public var services: [(title: String, figures: KeyFigures)]

        public init(
            period: StatisticsPeriod, previous: StatisticsPeriod, current: KeyFigures, before: KeyFigures, series: StatisticsSeries,
            stepTitles: [Int: String]?, services: [(title: String, figures: KeyFigures)]
        ) {
            self.period = period
            self.previous = previous
            self.current = current
            self.before = before
            self.series = series
            self.stepTitles = stepTitles
            self.services = services
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var action: String
        public var choice: StatisticsPeriod.Choice
        public var years: [Int]
        public var services: [ServiceOption]
        public var serviceSlug: String
        public var problems: [StatisticsPeriod.Problem] = []
        public var isUnknownService = false
        public var figures: Figures?
        /// Where each table's CSV is (the same choice in the query).
        public var csvPaths: [Table: String] = [:]
        public var commentsPath: String

        public init(
            shell: PageShell, action: String, choice: StatisticsPeriod.Choice, years: [Int], services: [ServiceOption], serviceSlug: String,
            commentsPath: String
        ) {
            self.shell = shell
            self.action = action
            self.choice = choice
            self.years = years
            self.services = services
            self.serviceSlug = serviceSlug
            self.commentsPath = commentsPath
        }
    }

    /// A table's head and rows as text, the same on the page and in the CSV.
    public struct TableContent: Sendable {
        public var head: [String]
        public var rows: [[String]]
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let words = StatisticsText.for(text.language)
        var errors = model.problems.map { ErrorSummary.Item(anchorID: anchor(of: $0), message: words.problem($0)) }
        if model.isUnknownService { errors.append(ErrorSummary.Item(anchorID: "statistik-leistung", message: words.unknownService)) }
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(errors, text))
                <h1>\(words.heading)</h1>
                <p>\(words.intro)</p>
                <p><a href="\(model.commentsPath)">\(words.commentsLink)</a></p>
                \(form(model, words, text))
                \(model.services.isEmpty ? "<p>\(words.noServices)</p>" : .empty)
                \(model.figures.map { figures(model, $0, words) } ?? .empty)
                """)
    }

    static func anchor(of problem: StatisticsPeriod.Problem) -> String {
        switch problem {
        case .unknownKind: "statistik-zeitraum-monat"
        case .year: "statistik-jahr"
        case .month: "statistik-monat"
        case .quarter: "statistik-quartal"
        case .from, .endBeforeStart, .tooLong, .inFuture: "statistik-von"
        case .to: "statistik-bis"
        }
    }

    private static func form(_ model: Model, _ words: StatisticsText, _ text: Strings) -> HTML {
        let kind = model.choice.kind ?? StatisticsPeriod.Kind.month.rawValue
        let kinds = StatisticsPeriod.Kind.allCases.map { option -> HTML in
            Checkbox(
                id: "statistik-zeitraum-\(option.rawValue)", name: "zeitraum", value: option.rawValue, label: words.kind(option), kind: .radio,
                isChecked: option.rawValue == kind
            ).html
        }
        func error(_ problems: Set<StatisticsPeriod.Problem>) -> String? {
            model.problems.first(where: problems.contains).map(words.problem)
        }
        let years = model.years.map { (value: "\($0)", label: "\($0)") }
        let months = (1...12).map { (value: "\($0)", label: words.monthName($0)) }
        let quarters = (1...4).map { (value: "\($0)", label: words.quarterName($0)) }
        let services = [(value: "", label: words.allServices)] + model.services.map { (value: $0.slug, label: $0.title) }
        return GetForm(
            action: model.action, class: "statistics-filter",
            content: """
                <fieldset class="fieldset">
                <legend class="legend">\(words.periodLegend)</legend>
                <div class="choices choices-inline">\(HTML(kinds, separator: "\n"))</div>
                </fieldset>
                <div class="filter-row">
                \(Select(id: "statistik-jahr", name: "jahr", options: years, selected: model.choice.year).field(words.year))
                \(Select(id: "statistik-monat", name: "monat", options: months, selected: model.choice.month).field(words.month))
                \(Select(id: "statistik-quartal", name: "quartal", options: quarters, selected: model.choice.quarter).field(words.quarter))
                </div>
                <div class="filter-row">
                \(TextInput(id: "statistik-von", name: "von", value: model.choice.from ?? "", isShort: true, inputMode: "numeric")
                    .field(words.from, hint: words.dateHint, error: error([.from, .endBeforeStart, .tooLong, .inFuture]), errorPrefix: text.errorPrefix))
                \(TextInput(id: "statistik-bis", name: "bis", value: model.choice.to ?? "", isShort: true, inputMode: "numeric")
                    .field(words.to, error: error([.to]), errorPrefix: text.errorPrefix))
                </div>
                \(Select(id: "statistik-leistung", name: "leistung", options: services, selected: model.serviceSlug).field(words.service))
                <button class="button" type="submit">\(words.show)</button>
                """
        ).html
    }

    private static func figures(_ model: Model, _ figures: Figures, _ words: StatisticsText) -> HTML {
        let tables = Self.tables(figures, words)
        func table(_ name: Table, caption: String) -> HTML {
            guard let content = tables[name] else { return .empty }
            let head = content.head.map { cell -> HTML in "<th scope=\"col\">\(cell)</th>" }
            let rows = content.rows.map { row -> HTML in
                let cells = row.enumerated().map { index, cell -> HTML in index == 0 ? "<th scope=\"row\">\(cell)</th>" : "<td class=\"number\">\(cell)</td>" }
                return "<tr>\(HTML(cells))</tr>"
            }
            let download: HTML = model.csvPaths[name].map { "<p><a href=\"\($0)\" download>\(words.csvDownload(words.tableName(name)))</a></p>" } ?? .empty
            return """
                <div class="table-scroll" role="region" aria-label="\(caption)" tabindex="0">
                <table class="table statistics-table">
                <caption class="visually-hidden">\(caption)</caption>
                <thead><tr>\(HTML(head))</tr></thead>
                <tbody>
                \(HTML(rows, separator: "\n"))
                </tbody>
                </table>
                </div>
                \(download)
                """
        }
        let current = figures.current
        let unitName = words.seriesUnit(figures.series.unit)
        let seriesBars = figures.series.bars.map { bar in
            BarChart.Bar(
                label: words.bucket(figures.series.unit, bar.start), axisLabel: axisLabel(figures.series.unit, bar.start, words), value: bar.submitted,
                valueText: words.integer(bar.submitted))
        }
        let peak = figures.series.bars.max { $0.submitted < $1.submitted }
        let seriesChart = BarChart(
            id: "diagramm-verlauf", title: "\(words.seriesHeading) (\(unitName))",
            alternative: words.seriesAlternative(
                figures.series.unit, words.integer(current.submitted), words.integer(peak?.submitted ?? 0),
                peak.map { words.bucket(figures.series.unit, $0.start) } ?? words.none),
            bars: seriesBars, direction: .columns)
        let funnel = Self.funnel(current, figures)
        let funnelChart = BarChart(
            id: "diagramm-schritte", title: words.funnelHeading,
            alternative: words.funnelAlternative(
                words.integer(current.started), words.integer(current.submitted), current.completionRate.map(words.percent) ?? words.none),
            bars: funnel.map { stage in
                BarChart.Bar(label: words.stage(stage.stage, title(of: stage.stage, figures)), value: stage.count, valueText: words.integer(stage.count))
            }, direction: .bars)
        let ratingsChart = BarChart(
            id: "diagramm-bewertungen", title: words.ratingsHeading,
            alternative: words.ratingsAlternative(words.integer(current.ratings), current.averageStars.map(words.starsOutOfFive) ?? words.none),
            bars: (1...5).reversed().map { stars in
                BarChart.Bar(label: words.starsLabel(stars), value: current.stars[stars - 1], valueText: words.integer(current.stars[stars - 1]))
            }, direction: .bars)
        return """
            <p class="statistics-period">\(words.comparison(words.periodName(figures.period), words.periodName(figures.previous)))</p>
            <h2>\(words.keyFiguresHeading)</h2>
            \(table(.keyFigures, caption: words.keyFiguresHeading))
            <h2>\(words.seriesHeading)</h2>
            \(seriesChart)
            \(table(.series, caption: "\(words.seriesHeading) (\(unitName))"))
            <h2>\(words.funnelHeading)</h2>
            \(figures.stepTitles == nil ? "<p>\(words.funnelAllServices)</p>" : .empty)
            \(funnelChart)
            \(table(.funnel, caption: words.funnelHeading))
            <h2>\(words.ratingsHeading)</h2>
            \(current.ratings == 0 ? "<p>\(words.noRatings)</p>" : .empty)
            \(ratingsChart)
            \(table(.ratings, caption: words.ratingsHeading))
            <h2>\(words.contactsHeading)</h2>
            \(table(.contacts, caption: words.contactsHeading))
            \(figures.stepTitles == nil ? "<h2>\(words.byServiceHeading)</h2>\n\(table(.services, caption: words.byServiceHeading))" : .empty)
            """
    }

    /// Step by step for one service; over all services, whose forms differ, from start to submission only.
    static func funnel(_ figures: KeyFigures, _ page: Figures) -> [KeyFigures.FunnelStage] {
        page.stepTitles == nil ? figures.funnel.filter { $0.stage == .started || $0.stage == .submitted } : figures.funnel
    }

    static func title(of stage: KeyFigures.FunnelStage.Stage, _ figures: Figures) -> String? {
        if case .step(let number) = stage { return figures.stepTitles?[number] }
        return nil
    }

    static func axisLabel(_ unit: StatisticsSeries.Unit, _ day: LocalDate, _ words: StatisticsText) -> String {
        switch unit {
        case .day: "\(day.day)."
        case .week: "\(day.day).\(day.month)."
        case .month: String(words.monthName(day.month).prefix(3))
        }
    }

    /// Every table of the page for these figures, as text in the page's language.
    public static func tables(_ figures: Figures, _ words: StatisticsText) -> [Table: TableContent] {
        let (now, before) = (figures.current, figures.before)
        func count(_ value: Int) -> String { words.integer(value) }
        func countChange(_ new: Int, _ old: Int) -> String {
            guard old > 0 else { return words.none }
            let change = (Double(new) - Double(old)) / Double(old)
            return (change > 0 ? "+" : "") + words.percent(change)
        }
        func optional(_ value: Double?, _ format: (Double) -> String) -> String { value.map(format) ?? words.none }
        func difference(_ new: Double?, _ old: Double?, _ format: (Double) -> String) -> String {
            guard let new, let old else { return words.none }
            let change = new - old
            return (change > 0 ? "+" : "") + format(change)
        }
        let rate = { (value: Double) in words.percent(value) }
        let decimal = { (value: Double) in words.decimal(value, 1) }
        let keyFigures = TableContent(
            head: [words.figure, words.thisPeriod, words.previousPeriod, words.change],
            rows: [
                [words.started, count(now.started), count(before.started), countChange(now.started, before.started)],
                [words.submitted, count(now.submitted), count(before.submitted), countChange(now.submitted, before.submitted)],
                [
                    words.completionRate, optional(now.completionRate, rate), optional(before.completionRate, rate),
                    difference(now.completionRate.map { $0 * 100 }, before.completionRate.map { $0 * 100 }, words.points),
                ],
                [words.decided, count(now.decided), count(before.decided), countChange(now.decided, before.decided)],
                [
                    words.medianDays, optional(now.medianProcessingDays, words.days), optional(before.medianProcessingDays, words.days),
                    difference(now.medianProcessingDays, before.medianProcessingDays, words.days),
                ],
                [
                    words.days90, optional(now.processingDays90.map(Double.init), words.days), optional(before.processingDays90.map(Double.init), words.days),
                    difference(now.processingDays90.map(Double.init), before.processingDays90.map(Double.init), words.days),
                ],
                [
                    words.averageStars, optional(now.averageStars, words.starsOutOfFive), optional(before.averageStars, words.starsOutOfFive),
                    difference(now.averageStars, before.averageStars, decimal),
                ],
                [words.ratings, count(now.ratings), count(before.ratings), countChange(now.ratings, before.ratings)],
                [
                    words.contactPer100, optional(now.contactMessagesPer100, decimal), optional(before.contactMessagesPer100, decimal),
                    difference(now.contactMessagesPer100, before.contactMessagesPer100, decimal),
                ],
                [
                    words.documentRequests, count(now.documentRequests), count(before.documentRequests),
                    countChange(now.documentRequests, before.documentRequests),
                ],
                [words.withdrawals, count(now.withdrawals), count(before.withdrawals), countChange(now.withdrawals, before.withdrawals)],
            ])
        let series = TableContent(
            head: [words.thisPeriod, words.started, words.submitted],
            rows: figures.series.bars.map { [words.bucket(figures.series.unit, $0.start), count($0.started), count($0.submitted)] })
        var previousCount: Int?
        let funnel = TableContent(
            head: [words.stageColumn, words.count, words.shareOfStarted, words.lostSincePrevious],
            rows: Self.funnel(now, figures).map { stage in
                defer { previousCount = stage.count }
                let share = now.started > 0 ? words.percent(Double(stage.count) / Double(now.started)) : words.none
                let lost =
                    previousCount.map { previous in previous > 0 ? words.percent(Double(previous - stage.count) / Double(previous)) : words.none } ?? words.none
                return [words.stage(stage.stage, title(of: stage.stage, figures)), count(stage.count), share, lost]
            })
        let ratings = TableContent(
            head: [words.ratings, words.count, words.share],
            rows: (1...5).reversed().map { stars in
                [
                    words.starsLabel(stars), count(now.stars[stars - 1]),
                    now.ratings > 0 ? words.percent(Double(now.stars[stars - 1]) / Double(now.ratings)) : words.none,
                ]
            })
        let contacts = TableContent(
            head: [words.contactCategory, words.thisPeriod, words.previousPeriod, words.change],
            rows: ContactMessage.Category.allCases.map { category in
                let (new, old) = (now.contactCategories[category] ?? 0, before.contactCategories[category] ?? 0)
                return [words.categoryName(category), count(new), count(old), countChange(new, old)]
            })
        var tables: [Table: TableContent] = [.keyFigures: keyFigures, .series: series, .funnel: funnel, .ratings: ratings, .contacts: contacts]
        if figures.stepTitles == nil {
            tables[.services] = TableContent(
                head: [
                    words.service, words.started, words.submitted, words.completionRate, words.medianDays, words.averageStars, words.ratings,
                    words.contactPer100, words.documentRequests, words.withdrawals,
                ],
                rows: figures.services.map { service in
                    let figures = service.figures
                    return [
                        service.title, count(figures.started), count(figures.submitted), optional(figures.completionRate, rate),
                        optional(figures.medianProcessingDays, words.days), optional(figures.averageStars, decimal), count(figures.ratings),
                        optional(figures.contactMessagesPer100, decimal), count(figures.documentRequests), count(figures.withdrawals),
                    ]
                })
        }
        return tables
    }

    /// One table as CSV (RFC 4180, UTF-8), as the page shows it.
    public static func csv(_ content: TableContent) -> String {
        ([content.head] + content.rows).map(CSVText.line).joined()
    }
}
