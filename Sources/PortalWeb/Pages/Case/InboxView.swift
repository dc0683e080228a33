import PortalCore
import PortalViews

/// The inbox's views by who works on a case (`?ansicht=`): all, the reader's own, nobody's.
enum InboxView: String, CaseIterable {
    case mine = "meine"
    case unassigned = "offen"

    func filter(for user: StaffUser) -> AssigneeFilter {
        switch self {
        case .mine: .user(user.id)
        case .unassigned: .unassigned
        }
    }

    /// The select's options, "all" first (no parameter).
    static func options(selected: InboxView?, _ language: Language) -> [InboxPage.Option] {
        let words = CaseAssignmentText.for(language)
        return [.init(value: "", label: words.allCases, isSelected: selected == nil)]
            + allCases.map { view in
                .init(value: view.rawValue, label: view == .mine ? words.myCases : words.unassignedCases, isSelected: view == selected)
            }
    }
}
