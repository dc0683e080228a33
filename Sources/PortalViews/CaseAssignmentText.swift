import PortalCore

/// The words of case work beyond status and decision: who works on a case, internal notes, the
/// inbox's views. German first, English second.
public struct CaseAssignmentText: Sendable {
    public let assignment: String
    public let assignedTo: @Sendable (_ name: String) -> String
    public let unassigned: String
    public let takeIt: String
    public let colleague: String
    public let chooseColleague: String
    public let assign: String
    public let returnToUnit: String
    public let assignedEvent: @Sendable (_ name: String) -> String
    public let returnedEvent: String
    public let assignedFlash: @Sendable (_ name: String) -> String
    public let returnedFlash: String
    public let notACaseWorker: String
    public let internalNotes: String
    public let internalNotesHint: String
    public let noNotes: String
    public let newNote: String
    public let addNote: String
    public let noteSaved: String
    public let noteProblem: @Sendable (InternalNote.Problem) -> String
    public let view: String
    public let allCases: String
    public let myCases: String
    public let unassignedCases: String
    public let columnAssignee: String
    public let selectCase: @Sendable (_ reference: String) -> String
    public let bulkHeading: String
    public let bulkStatus: String
    public let bulkNote: String
    public let bulkButton: String
    public let bulkNoneSelected: String
    public let bulkNoStatus: String
    public let bulkTooMany: String
    public let bulkNotYours: @Sendable (_ references: String) -> String
    public let bulkNotAllowed: @Sendable (_ references: String, _ status: String) -> String
    public let bulkDone: @Sendable (_ count: Int, _ status: String) -> String
    public let deadline: String
    public let allDeadlines: String
    public let order: String
    public let orderNewest: String
    public let orderDueDate: String
    public let orderStatus: String
    public let dueToday: String
    public let overdue: String
    public let followUpDue: String
    public let columnDue: String
    public let overdueTag: String
    public let followUpTag: @Sendable (_ day: String) -> String
    public let dueOn: String
    public let noProcessingDays: String
    public let followUp: String
    public let followUpHint: String
    public let setFollowUp: String
    public let followUpSaved: @Sendable (_ day: String) -> String
    public let followUpCleared: String
    public let followUpInvalid: String
    public let followUpPast: String
    public let processingDays: String
    public let processingDaysHint: String
    public let processingDaysInvalid: String
    public let receivedFrom: String
    public let receivedTo: String
    public let filterDateInvalid: String
    public let savedViews: String
    public let saveView: String
    public let viewName: String
    public let viewSaved: @Sendable (_ name: String) -> String
    public let viewDeleted: String
    public let deleteView: String
    public let viewProblem: @Sendable (SavedInboxFilter.Problem) -> String

    public static func `for`(_ language: Language) -> CaseAssignmentText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
