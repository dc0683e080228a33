import PortalCore

extension StatisticsText {
    static let englishMonthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    public static let english = StatisticsText(
        heading: "Statistics",
        intro:
            "The figures come from the event log, which holds no personal data. They remain when applications are deleted after their retention period. Days are counted in German time.",
        commentsLink: "Review and publish the comments given with ratings",
        noServices: "No services belong to your organisational units.",
        periodLegend: "Period",
        kind: { kind in
            switch kind {
            case .month: "Month"
            case .quarter: "Quarter"
            case .year: "Year"
            case .custom: "Chosen freely (from – to)"
            }
        },
        year: "Year",
        month: "Month",
        monthName: { englishMonthNames[max(0, min(11, $0 - 1))] },
        quarter: "Quarter",
        quarterName: { "Quarter \($0)" },
        from: "From",
        to: "To",
        dateHint: "Only for a period chosen freely. Format DD.MM.YYYY, e.g. 01.03.2026",
        service: "Service",
        allServices: "All services",
        show: "Show",
        problem: { problem in
            switch problem {
            case .unknownKind: "Choose a month, a quarter, a year or a period of your own."
            case .year: "Choose a year between 2000 and the current year."
            case .month: "Choose a month from January to December."
            case .quarter: "Choose a quarter from 1 to 4."
            case .from: "Enter the start as a date in the format DD.MM.YYYY, not before 01.01.2000."
            case .to: "Enter the end as a date in the format DD.MM.YYYY."
            case .endBeforeStart: "The end must not be before the start."
            case .inFuture: "The period must not start or end after today."
            case .tooLong: "A period of your own may be at most 1,096 days (three years) long."
            }
        },
        unknownService: "This service does not exist or belongs to none of your organisational units.",
        periodName: { period in
            let name: String
            switch period.kind {
            case .month: name = "\(englishMonthNames[period.start.month - 1]) \(period.start.year)"
            case .quarter: name = "Quarter \((period.start.month - 1) / 3 + 1) \(period.start.year)"
            case .year: name = "\(period.start.year)"
            case .custom: name = "\(period.start.german) to \(period.lastDay.german)"
            }
            return period.isRunning && period.kind != .custom ? "\(name) (\(period.start.german) to \(period.lastDay.german))" : name
        },
        comparison: { "Period: \($0). Compared with: \($1)." },
        keyFiguresHeading: "Key figures",
        figure: "Figure",
        thisPeriod: "Period",
        previousPeriod: "Previous period",
        change: "Change",
        started: "Online applications started",
        submitted: "Applications submitted",
        completionRate: "Completion rate (submitted per started)",
        medianDays: "Processing time, median (receipt to decision)",
        days90: "90 % decided within",
        decided: "Cases decided",
        averageStars: "Satisfaction (average)",
        ratings: "Ratings",
        contactPer100: "Contact questions per 100 applications",
        documentRequests: "Requests for documents",
        withdrawals: "Applications withdrawn",
        none: "–",
        days: {
            abs($0) == 1
                ? "\(decimal($0, places: 0, group: ",", point: ".")) day" : "\(decimal($0, places: $0.rounded() == $0 ? 0 : 1, group: ",", point: ".")) days"
        },
        starsOutOfFive: { "\(decimal($0, places: 1, group: ",", point: ".")) of 5 stars" },
        points: { "\(decimal($0, places: 1, group: ",", point: ".")) percentage points" },
        seriesHeading: "Applications over time",
        seriesUnit: { unit in
            switch unit {
            case .day: "per day"
            case .week: "per calendar week"
            case .month: "per month"
            }
        },
        bucket: { unit, day in
            switch unit {
            case .day: day.german
            case .week: "Week from \(day.german)"
            case .month: "\(englishMonthNames[day.month - 1]) \(day.year)"
            }
        },
        seriesAlternative: { unit, total, highest, when in
            let per =
                switch unit {
                case .day: "per day"
                case .week: "per week"
                case .month: "per month"
                }
            return "Column chart of the applications submitted \(per): \(total) in all, at most \(highest) (\(when)). The figures are in the table below."
        },
        funnelHeading: "From start to submission",
        funnelAllServices: "Choose a service to see the steps of its online form.",
        stage: { stage, title in
            switch stage {
            case .started: "Started"
            case .step(let number): title.map { "Step \(number) completed: \($0)" } ?? "Step \(number) completed"
            case .submitted: "Submitted"
            }
        },
        stageColumn: "Stage",
        count: "Number",
        shareOfStarted: "Share of started",
        lostSincePrevious: "Dropped since the stage before",
        funnelAlternative: { "Bar chart from start to submission: \($0) started, \($1) submitted, completion rate \($2). The figures are in the table below." },
        ratingsHeading: "Ratings by stars",
        starsLabel: { $0 == 1 ? "1 star" : "\($0) stars" },
        share: "Share",
        noRatings: "Nothing was rated in this period.",
        ratingsAlternative: { "Bar chart of the ratings by stars: \($0) ratings, on average \($1). The figures are in the table below." },
        contactsHeading: "Contact questions by topic",
        contactCategory: "Topic",
        categoryName: { DomainText.english.contactCategory($0) },
        byServiceHeading: "By service",
        csvDownload: { "Download \($0.lowercased()) as CSV" },
        tableName: { table in
            switch table {
            case .keyFigures: "Key figures"
            case .series: "Over time"
            case .funnel: "Steps"
            case .contacts: "Contact questions"
            case .ratings: "Ratings"
            case .services: "Services"
            }
        },
        integer: { grouped($0, separator: ",") },
        decimal: { decimal($0, places: $1, group: ",", point: ".") },
        percent: { "\(decimal($0 * 100, places: 1, group: ",", point: "."))%" }
    )
}
