import Foundation
import PortalCore

/// Texts of the statistics dashboard (issue 17), German first, English second; numbers in the
/// language's notation.
public struct StatisticsText: Sendable {
    public let heading: String
    public let intro: String
    public let commentsLink: String
    public let noServices: String
    // The form.
    public let periodLegend: String
    public let kind: @Sendable (StatisticsPeriod.Kind) -> String
    public let year: String
    public let month: String
    public let monthName: @Sendable (Int) -> String
    public let quarter: String
    public let quarterName: @Sendable (Int) -> String
    public let from: String
    public let to: String
    public let dateHint: String
    public let service: String
    public let allServices: String
    public let show: String
    public let problem: @Sendable (StatisticsPeriod.Problem) -> String
    public let unknownService: String
    // What is shown.
    public let periodName: @Sendable (StatisticsPeriod) -> String
    public let comparison: @Sendable (_ period: String, _ previous: String) -> String
    public let keyFiguresHeading: String
    public let figure: String
    public let thisPeriod: String
    public let previousPeriod: String
    public let change: String
    public let started: String
    public let submitted: String
    public let completionRate: String
    public let medianDays: String
    public let days90: String
    public let decided: String
    public let averageStars: String
    public let ratings: String
    public let contactPer100: String
    public let documentRequests: String
    public let withdrawals: String
    public let none: String
    public let days: @Sendable (Double) -> String
    public let starsOutOfFive: @Sendable (Double) -> String
    public let points: @Sendable (Double) -> String
    public let seriesHeading: String
    public let seriesUnit: @Sendable (StatisticsSeries.Unit) -> String
    public let bucket: @Sendable (StatisticsSeries.Unit, LocalDate) -> String
    public let seriesAlternative: @Sendable (_ unit: StatisticsSeries.Unit, _ total: String, _ highest: String, _ when: String) -> String
    public let funnelHeading: String
    public let funnelAllServices: String
    public let stage: @Sendable (KeyFigures.FunnelStage.Stage, String?) -> String
    public let stageColumn: String
    public let count: String
    public let shareOfStarted: String
    public let lostSincePrevious: String
    public let funnelAlternative: @Sendable (_ started: String, _ submitted: String, _ rate: String) -> String
    public let ratingsHeading: String
    public let starsLabel: @Sendable (Int) -> String
    public let share: String
    public let noRatings: String
    public let ratingsAlternative: @Sendable (_ count: String, _ average: String) -> String
    public let contactsHeading: String
    public let contactCategory: String
    public let categoryName: @Sendable (ContactMessage.Category) -> String
    public let byServiceHeading: String
    public let csvDownload: @Sendable (String) -> String
    public let tableName: @Sendable (StatisticsPage.Table) -> String
    /// Whole numbers with thousands separators.
    public let integer: @Sendable (Int) -> String
    /// Decimals with `places` places.
    public let decimal: @Sendable (Double, Int) -> String
    public let percent: @Sendable (Double) -> String

    public static func `for`(_ language: Language) -> StatisticsText {
        switch language {
        case .german: german
        case .english: english
        }
    }

    /// `1234567` → `1.234.567` (German) or `1,234,567`.
    static func grouped(_ value: Int, separator: String) -> String {
        let digits = String(abs(value))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "−" : "") + groups.joined(separator: separator)
    }

    /// `1234.56` with 1 place → `1.234,6` (German) or `1,234.6`.
    static func decimal(_ value: Double, places: Int, group: String, point: String) -> String {
        let factor = pow(10, Double(places))
        let scaled = Int((abs(value) * factor).rounded())
        let whole = grouped(scaled / Int(factor), separator: group)
        let sign = value < 0 && scaled > 0 ? "−" : ""
        guard places > 0 else { return sign + whole }
        let fraction = String(scaled % Int(factor))
        return sign + whole + point + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
