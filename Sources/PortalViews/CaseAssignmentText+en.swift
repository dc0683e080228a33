import PortalCore

extension CaseAssignmentText {
    public static let english = CaseAssignmentText(
        assignment: "Responsibility",
        assignedTo: { name in "Handled by \(name)." },
        unassigned: "Not assigned to anyone yet; the case lies with the org unit.",
        takeIt: "Assign to me",
        colleague: "Colleague",
        chooseColleague: "Choose a colleague.",
        assign: "Assign",
        returnToUnit: "Return to the org unit",
        assignedEvent: { name in "Assigned to \(name)" },
        returnedEvent: "Returned to the org unit",
        assignedFlash: { name in "The case is assigned to \(name)." },
        returnedFlash: "The case lies with the org unit again.",
        notACaseWorker: "This person does not handle cases of this org unit.",
        internalNotes: "Internal notes",
        internalNotesHint: "Visible to staff only: never to applicants and not in hand-overs to other systems.",
        noNotes: "No notes yet.",
        newNote: "New note",
        addNote: "Save note",
        noteSaved: "The note has been saved.",
        noteProblem: { problem in
            switch problem {
            case .empty: "Write the note in the field."
            case .tooLong: "A note may be at most 5,000 characters long."
            }
        },
        view: "View",
        allCases: "All cases",
        myCases: "My cases",
        unassignedCases: "Not assigned",
        columnAssignee: "Assignee",
        selectCase: { reference in "Select case \(reference)" },
        bulkHeading: "Change the status of the selected cases",
        bulkStatus: "New status",
        bulkNote: "Note (written to every case)",
        bulkButton: "Change status",
        bulkNoneSelected: "Select at least one case in the table.",
        bulkNoStatus: "Choose the new status.",
        bulkTooMany: "Change at most 200 cases at once.",
        bulkNotYours: { references in "These cases do not belong to your org units: \(references). Nothing was changed." },
        bulkNotAllowed: { references, status in "These cases cannot move to “\(status)”: \(references). Nothing was changed." },
        bulkDone: { count, status in count == 1 ? "1 case is now “\(status)”." : "\(count) cases are now “\(status)”." },
        deadline: "Deadline",
        allDeadlines: "All",
        order: "Order",
        orderNewest: "Newest first",
        orderDueDate: "Due date, earliest first",
        orderStatus: "Status",
        dueToday: "Due by today",
        overdue: "Overdue",
        followUpDue: "Follow-up due",
        columnDue: "Due on",
        overdueTag: "overdue",
        followUpTag: { day in "Follow-up \(day)" },
        dueOn: "Due on",
        noProcessingDays: "no processing time in working days set",
        followUp: "Follow-up",
        followUpHint: "DD.MM.YYYY; leave empty to clear the follow-up.",
        setFollowUp: "Save follow-up",
        followUpSaved: { day in "The follow-up is set for \(day)." },
        followUpCleared: "The follow-up has been cleared.",
        followUpInvalid: "Enter the date as DD.MM.YYYY, for example 15.01.2027.",
        followUpPast: "The follow-up must be today or later.",
        processingDays: "Processing time in working days",
        processingDaysHint: "From this the portal computes when each application is due (Monday to Friday without nationwide holidays). "
            + "Leave empty: no deadline.",
        processingDaysInvalid: "The processing time must be a whole number from 1 to 365 working days.",
        receivedFrom: "Received from",
        receivedTo: "Received until",
        filterDateInvalid: "Enter the date of receipt as DD.MM.YYYY, for example 01.12.2026.",
        savedViews: "Saved views",
        saveView: "Save this view",
        viewName: "Name of the view",
        viewSaved: { name in "The view “\(name)” has been saved." },
        viewDeleted: "The view has been deleted.",
        deleteView: "Delete",
        viewProblem: { problem in
            switch problem {
            case .nameMissing: "Give the view a name."
            case .nameTooLong: "The name may be at most 60 characters long."
            case .tooMany: "You have already saved 20 views. Delete one first."
            }
        }
    )
}
