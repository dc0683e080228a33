import PortalCore
import PortalViews

/// The inbox's views by deadline (`?frist=`), counted from today in the authority's time zone.
enum InboxDeadline: String, CaseIterable {
    case dueToday = "faellig"
    case overdue = "ueberfaellig"
    case followUp = "wiedervorlage"

    func filter(today: LocalDate) -> DeadlineFilter {
        switch self {
        case .dueToday: .dueBy(today)
        case .overdue: .dueBefore(today)
        case .followUp: .followUpBy(today)
        }
    }

    static func options(selected: InboxDeadline?, _ language: Language) -> [InboxPage.Option] {
        let words = CaseAssignmentText.for(language)
        return allCases.map { deadline in
            let label =
                switch deadline {
                case .dueToday: words.dueToday
                case .overdue: words.overdue
                case .followUp: words.followUpDue
                }
            return .init(value: deadline.rawValue, label: label, isSelected: deadline == selected)
        }
    }
}
