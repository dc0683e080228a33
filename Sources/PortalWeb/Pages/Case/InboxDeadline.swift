import PortalCore
import PortalViews

/// The inbox's orders (`?sortierung=`): newest first needs no parameter.
enum InboxSortParameter {
    static func order(_ value: Substring?) -> InboxOrder {
        switch value {
        case "frist": .dueDate
        case "status": .status
        default: .newest
        }
    }

    static func value(_ order: InboxOrder) -> String? {
        switch order {
        case .newest: nil
        case .dueDate: "frist"
        case .status: "status"
        }
    }

    static func options(selected: InboxOrder, _ language: Language) -> [InboxPage.Option] {
        let words = CaseAssignmentText.for(language)
        return InboxOrder.allCases.map { order in
            let label =
                switch order {
                case .newest: words.orderNewest
                case .dueDate: words.orderDueDate
                case .status: words.orderStatus
                }
            return .init(value: value(order) ?? "", label: label, isSelected: order == selected)
        }
    }
}

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
