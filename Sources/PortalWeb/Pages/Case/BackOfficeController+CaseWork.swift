import Foundation
import Hummingbird
import HummingbirdCore
import PortalCore
import PortalViews

/// What a refused assignment or note brings back to the case page.
struct CaseWorkInput {
    var assignmentError: String?
    var noteError: String?
    var enteredNote = ""
    var followUpError: String?
    var enteredFollowUp: String?
    var legalHoldRefused: (error: String, entered: String)?
}

/// Who works on a case and the internal notes: take a case, give it to a colleague of its unit,
/// return it; notes for colleagues only. Every assignment is an audit line and a line in the history.
extension BackOfficeController {
    @Sendable func changeAssignment(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in
            let submission = try await visibleSubmission(context, user)
            let form = context.form ?? FormValues()
            let words = CaseAssignmentText.for(frame.language(request))
            guard let action = try form.action(AssignmentAction.self) else { throw PageError(.unknownAction) }
            let assignee: StaffUser?
            switch action {
            case .take:
                guard user.roles.contains(.caseWorker) else { throw PageError(.noPermission(start: SiteRoute.inbox(.init()).path)) }
                assignee = user
            case .returnToUnit:
                assignee = nil
            case .assign:
                let chosen = try await Identifier<StaffUser>(string: form.text("an", max: 60)).asyncFlatMap { try await staff.user(id: $0) }
                guard let chosen, Assignment.check(chosen, for: submission.orgUnitID) == nil else {
                    let error = form.text("an").isEmpty ? words.chooseColleague : words.notACaseWorker
                    return try await render(
                        submission, user: user, error: nil, request, context, status: .unprocessableContent, caseWork: .init(assignmentError: error))
                }
                assignee = chosen
            }
            if try await submissions.assignee(of: submission.id) != assignee?.id {
                try await submissions.assign(submission.id, to: assignee?.id, by: user.id, at: now())
            }
            context.flash(assignee.map { words.assignedFlash($0.displayName) } ?? words.returnedFlash)
            return PageFrame.redirect(.staffSubmission(reference: submission.reference.rawValue))
        }
    }

    @Sendable func addNote(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in
            let submission = try await visibleSubmission(context, user)
            let form = context.form ?? FormValues()
            let words = CaseAssignmentText.for(frame.language(request))
            let typed = form.text("notiz")
            switch InternalNote.check(typed) {
            case .failure(let problem):
                return try await render(
                    submission, user: user, error: nil, request, context, status: .unprocessableContent,
                    caseWork: .init(noteError: words.noteProblem(problem), enteredNote: String(typed.prefix(InternalNote.maxLength * 2))))
            case .success(let body):
                try await internalNotes.add(InternalNote(id: ids(), submissionID: submission.id, authorID: user.id, body: body, createdAt: now()))
                context.flash(words.noteSaved)
                return PageFrame.redirect(.staffSubmission(reference: submission.reference.rawValue))
            }
        }
    }

    /// Sets or clears the day to look at the case again; it must be today or later.
    @Sendable func setFollowUp(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in
            let submission = try await visibleSubmission(context, user)
            let words = CaseAssignmentText.for(frame.language(request))
            let typed = (context.form ?? FormValues()).text("wiedervorlage", max: 20)
            func refuse(_ message: String) async throws -> Response {
                try await render(
                    submission, user: user, error: nil, request, context, status: .unprocessableContent,
                    caseWork: .init(followUpError: message, enteredFollowUp: typed))
            }
            if typed.isEmpty {
                try await submissions.setFollowUp(of: submission.id, on: nil)
                context.flash(words.followUpCleared)
            } else {
                guard let day = LocalDate(german: typed) else { return try await refuse(words.followUpInvalid) }
                guard !(day < LocalDate(now(), in: timeZone)) else { return try await refuse(words.followUpPast) }
                try await submissions.setFollowUp(of: submission.id, on: day)
                context.flash(words.followUpSaved(day.german))
            }
            return PageFrame.redirect(.staffSubmission(reference: submission.reference.rawValue))
        }
    }

    /// Sets or lifts the legal hold; a refusal (no reason, an anonymised case) comes back to the form.
    @Sendable func changeLegalHold(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in
            let submission = try await visibleSubmission(context, user)
            switch try await legalHolds.change(submission, form: context.form ?? FormValues(), by: user, language: frame.language(request)) {
            case .changed(let flash):
                context.flash(flash)
                return PageFrame.redirect(SiteRoute.staffSubmission(reference: submission.reference.rawValue).path + "#loeschsperre")
            case .refused(let error, let entered):
                return try await render(
                    submission, user: user, error: nil, request, context, status: .unprocessableContent,
                    caseWork: .init(legalHoldRefused: (error, entered)))
            }
        }
    }

    /// Display names of the page's assignees, read once per name.
    func assigneeNames(page: [SubmissionSummary]) async throws -> [StaffUser.ID: String] {
        var names: [StaffUser.ID: String] = [:]
        for id in Set(page.compactMap(\.assigneeID)) {
            names[id] = try await staff.user(id: id)?.displayName
        }
        return names
    }

    /// The case's history: status changes and assignments, in the order they happened.
    func timeline(_ caseFile: Case, _ submission: Submission, names: [String: String], _ language: Language) async throws
        -> [StaffSubmissionPage.HistoryEntry]
    {
        let words = CaseAssignmentText.for(language)
        var lines: [(at: Date, entry: StaffSubmissionPage.HistoryEntry)] = caseFile.history.map {
            (
                $0.at,
                .init(
                    at: frame.dateTime($0.at), from: $0.from.label(language), to: $0.to.label(language),
                    actor: CaseNote.actor($0.actor, language, names: names), note: $0.note.map { CaseNote.localized($0, language) })
            )
        }
        var people: [String: String] = [:]
        func name(_ actor: String) async throws -> String {
            if let known = people[actor] { return known }
            let found = try await Identifier<StaffUser>(string: String(actor.dropFirst("staff:".count))).asyncFlatMap { try await staff.user(id: $0) }
            people[actor] = found?.displayName ?? actor
            return people[actor]!
        }
        for event in try await audit.events(submission: submission.id, actions: [.caseAssigned]) {
            let what = try await event.target.asyncFlatMap { try await words.assignedEvent(name($0)) } ?? words.returnedEvent
            lines.append((event.at, .init(at: frame.dateTime(event.at), from: "", to: "", actor: try await name(event.actor), note: nil, event: what)))
        }
        return lines.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element.entry)
    }

    /// The responsibility block and the notes for the case page.
    func caseWorkPanel(
        _ submission: Submission, status: CaseStatus, user: StaffUser, input: CaseWorkInput, csrfToken: String, _ language: Language
    ) async throws
        -> CaseWorkPanel
    {
        let assignee = try await submissions.assignee(of: submission.id)
        let colleagues = try await staff.users(of: submission.orgUnitID, role: .caseWorker).filter { $0.id != assignee }
        var authors: [StaffUser.ID: String] = [:]
        let notes = try await internalNotes.notes(of: submission.id)
        for id in Set(notes.map(\.authorID)) { authors[id] = try await staff.user(id: id)?.displayName }
        var panel = CaseWorkPanel(
            assigneeName: try await assignee.asyncFlatMap { try await staff.user(id: $0)?.displayName },
            isAssignedToReader: assignee == user.id || !user.roles.contains(.caseWorker),
            colleagues: colleagues.map { (value: $0.id.description, label: $0.displayName) },
            assignmentAction: SiteRoute.staffAssignment(reference: submission.reference.rawValue).path,
            notes: notes.map { .init(author: authors[$0.authorID] ?? "", at: frame.dateTime($0.createdAt), body: $0.body) },
            notesAction: SiteRoute.staffNotes(reference: submission.reference.rawValue).path,
            csrfToken: csrfToken, language: language)
        panel.assignmentError = input.assignmentError
        panel.noteError = input.noteError
        panel.enteredNote = input.enteredNote
        let deadlines = try await submissions.deadlines(of: submission.id)
        let today = LocalDate(now(), in: timeZone)
        panel.dueOn = deadlines.dueOn?.german
        panel.isOverdue = status.isOverdue(due: deadlines.dueOn, today: today)
        panel.followUpOn = input.enteredFollowUp ?? deadlines.followUpOn?.german ?? ""
        panel.followUpAction = SiteRoute.staffFollowUp(reference: submission.reference.rawValue).path
        panel.followUpError = input.followUpError
        panel.legalHold = try await legalHolds.panel(
            submission, action: SiteRoute.staffLegalHold(reference: submission.reference.rawValue).path, csrfToken: csrfToken,
            language: language, refused: input.legalHoldRefused)
        return panel
    }
}

/// Changing the status of several cases from the inbox: all of them or none.
extension BackOfficeController {
    /// At most this many cases at once (a page of the inbox is 50).
    static let bulkLimit = 200

    @Sendable func changeStatusOfSelected(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.caseWorker]) { user, _ in
            let language = frame.language(request)
            let words = CaseAssignmentText.for(language)
            let form = context.form ?? FormValues()
            if let unknown = form.names.subtracting(["_csrf", "vorgang", "status", "vermerk"]).sorted().first {
                throw PageError(.unknownField(String(unknown.prefix(60))))
            }
            let typed = Array(Set(form["vorgang"].map { $0.trimmingCharacters(in: .whitespaces).uppercased() })).sorted()
            guard !typed.isEmpty else { return try await inbox(request, context, user, bulkError: words.bulkNoneSelected, status: .unprocessableContent) }
            guard typed.count <= Self.bulkLimit else { throw PageError(.badRequest(words.bulkTooMany)) }
            guard let status = form.first("status").flatMap(CaseStatus.init(rawValue:)) else {
                return try await inbox(request, context, user, bulkError: words.bulkNoStatus, status: .unprocessableContent)
            }
            var cases: [Submission] = []
            var foreign: [String] = []
            for text in typed {
                if let reference = Reference(text), let submission = try await submissions.submission(reference: reference),
                    user.orgUnitIDs.contains(submission.orgUnitID)
                {
                    cases.append(submission)
                } else {
                    foreign.append(text)
                }
            }
            guard foreign.isEmpty else {
                return try await inbox(
                    request, context, user, bulkError: words.bulkNotYours(foreign.joined(separator: ", ")), status: .unprocessableContent)
            }
            let note = form.first("vermerk").map { String($0.prefix(2000)) }
            do {
                _ = try await submissions.changeStatus(of: cases.map(\.id), to: status, by: "staff:\(user.username)", note: note, at: now())
            } catch is CaseTransitionError {
                var stuck: [String] = []
                for submission in cases where try await submissions.caseFile(of: submission.id)?.status.canMove(to: status) != true {
                    stuck.append(submission.reference.rawValue)
                }
                let message = words.bulkNotAllowed(stuck.joined(separator: ", "), status.label(language))
                return try await inbox(request, context, user, bulkError: message, status: .unprocessableContent)
            }
            for submission in cases {
                await tellApplicant(submission) { words, reference, service, link in
                    (words.statusMailSubject(reference), words.statusMailBody(reference, service, status.applicantLabel(words.language), link))
                }
            }
            context.flash(words.bulkDone(cases.count, status.label(language)))
            return PageFrame.redirect(.inbox(.init()))
        }
    }
}

/// Saved inbox views: a name for the current filters, kept per person.
extension BackOfficeController {
    /// The inbox path a view keeps, rebuilt from the known parameters of the posted one (nothing else survives).
    static func inboxPath(_ posted: String) -> String {
        guard posted.hasPrefix(SiteRoute.inbox(.init()).path) else { return SiteRoute.inbox(.init()).path }
        let query = URI(posted).queryParameters
        func value(_ name: String) -> String? { query.get(name).map { String($0.prefix(100)) }.flatMap { $0.isEmpty ? nil : $0 } }
        var filter = SiteRoute.InboxFilter(
            service: value("leistung"), status: value("status"), search: value("suche"), view: value("ansicht"), deadline: value("frist"),
            from: value("von"), to: value("bis"))
        filter.order = InboxSortParameter.value(InboxSortParameter.order(query.get("sortierung").map { Substring($0) }))
        return SiteRoute.inbox(filter).path
    }

    @Sendable func saveView(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in
            let words = CaseAssignmentText.for(frame.language(request))
            let form = context.form ?? FormValues()
            let name = form.text("name")
            let existing = try await savedFilters.filters(of: user.id)
            let problem: SavedInboxFilter.Problem? =
                name.isEmpty ? .nameMissing : name.count > 60 ? .nameTooLong : existing.count >= SavedInboxFilter.limit ? .tooMany : nil
            if let problem {
                return try await inbox(request, context, user, viewError: words.viewProblem(problem), status: .unprocessableContent)
            }
            let path = Self.inboxPath(form.text("pfad", max: 1000))
            try await savedFilters.save(SavedInboxFilter(id: ids(), userID: user.id, name: name, path: path, createdAt: now()))
            context.flash(words.viewSaved(name))
            return PageFrame.redirect(path)
        }
    }

    @Sendable func deleteView(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asCaseWorker(context) { user in
            guard let id = Identifier<SavedInboxFilter>(string: try context.parameters.require("id")), try await savedFilters.delete(id, of: user.id) else {
                throw PageError(.notFound)
            }
            context.flash(CaseAssignmentText.for(frame.language(request)).viewDeleted)
            return PageFrame.redirect(.inbox(.init()))
        }
    }
}
