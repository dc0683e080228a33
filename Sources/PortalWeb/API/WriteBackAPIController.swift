import Foundation
import Hummingbird
import NIOCore
import PortalCore
import PortalViews

/// The Fachverfahren answers through the portal: it moves a case's status and writes to the
/// applicant's mailbox, as a case worker can on the case page, and the applicant is mailed the
/// same notice. Needs the key's permission `submissions.write`; the actor is the key.
struct WriteBackAPIController: Sendable {
    let submissions: any SubmissionStore
    let mailbox: any MailboxStore
    let documentRequests: any DocumentRequestStore
    let timeZone: TimeZone
    let notice: ApplicantNotice
    let decisions: DecisionDelivery
    let uploads: UploadIntake
    let ids: IDGenerator
    let limits: WebDependencies.Limits
    let now: @Sendable () -> Date

    func register(on group: RouterGroup<PortalRequestContext>) {
        group.post(SiteRoute.apiSubmissionStatus(reference: "").pattern, use: changeStatus)
        group.post(SiteRoute.apiSubmissionMessages(reference: "").pattern, use: sendMessage)
        group.post(SiteRoute.apiSubmissionDocumentRequests(reference: "").pattern, use: requestDocuments)
        group.post(SiteRoute.apiSubmissionDecision(reference: "").pattern, use: deliverDecision)
    }

    /// The decision PDF as the body (`Content-Type: application/pdf`, the name in
    /// `Content-Disposition`), `?outcome=granted|partlyGranted|refused` and optionally `&byPost=true`:
    /// delivered as on the case page, after the same checks (one PDF of at most 20 MB, virus scan).
    @Sendable func deliverDecision(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let (key, submission) = try await keyAndSubmission(context)
        let query = request.uri.queryParameters
        guard let outcome = query.get("outcome").flatMap(Decision.Outcome.init(rawValue:)) else {
            throw APIError(.unprocessableContent) { $0.invalidOutcome(Decision.Outcome.allCases.map(\.rawValue).joined(separator: ", ")) }
        }
        var byPost = false
        if let text = query.get("byPost") {
            guard let flag = Bool(text) else { throw APIError(.unprocessableContent) { $0.invalidByPost } }
            byPost = flag
        }
        let mediaType = (request.headers[.contentType] ?? "").split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard mediaType == "application/pdf" else { throw APIError(.unsupportedMediaType) { $0.decisionMustBePDF } }
        // Refused before the body is read: a decided case or a second decision.
        guard let caseFile = try await submissions.caseFile(of: submission.id), caseFile.status.canMove(to: .decided),
            try await decisions.decisions.decision(of: submission.id) == nil
        else { throw APIError(.conflict) { CaseWorkText.for($0.language).aDecisionCanOnlyBe } }
        if byPost, case .failure(let problem) = try await decisions.postalRecipient(of: submission) {
            throw APIError(.unprocessableContent) { problem.message($0.language) }
        }
        let field = BackOfficeController.decisionField
        let incoming = try await IncomingFile.receive(
            request.body, field: field.key,
            name: IncomingFile.fileName(fromDisposition: request.headers[.contentDisposition]) ?? "Bescheid-\(submission.reference.rawValue).pdf",
            directory: limits.uploadDirectory, maxBytes: field.constraints.fileLimit)
        defer { try? FileManager.default.removeItem(at: incoming.location) }
        let owner = "bescheid-\(submission.id)"
        let file: UploadedFile
        switch await uploads.accept(incoming, for: field, owner: owner) {
        case .success(let accepted): file = accepted
        case .failure(let problem):
            throw APIError(problem == .uploadFailed ? .serviceUnavailable : .unprocessableContent) {
                problem.message(label: field.label, language: $0.language)
            }
        }
        do {
            try await decisions.deliver(
                Decision(submissionID: submission.id, file: file, outcome: outcome, deliveredAt: now(), deliveredBy: "apikey:\(key.id)", byPost: byPost),
                of: submission, owner: owner)
        } catch let error as CaseTransitionError {
            throw APIError(.conflict) { error.message($0.language) }
        }
        var response = JSONResponse.make(
            encoded: ByteBuffer(
                string: JSONValue.object([
                    .init("reference", .string(submission.reference.rawValue)), .init("status", .string(CaseStatus.decided.rawValue)),
                    .init("outcome", .string(outcome.rawValue)), .init("byPost", .bool(byPost)),
                    .init("file", .object([.init("id", .string(file.id.description)), .init("sha256", .string(file.sha256))])),
                ]).jsonText))
        response.status = .created
        return response
    }

    /// `{"documents": ["Lageplan", …], "deadline": "2026-12-20"}`: the applicant is asked for documents
    /// by a day, reminded two days before, and the case waits for them, as on the case page.
    @Sendable func requestDocuments(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let (key, submission) = try await keyAndSubmission(context)
        let body = try await Self.object(request, allowed: ["documents", "deadline"], limit: limits.maxJSONBodyBytes)
        guard case .array(let items)? = body["documents"] else { throw APIError(.unprocessableContent) { $0.documentsMissing } }
        var documents: [String] = []
        for item in items {
            guard case .string(let text) = item else { throw APIError(.unprocessableContent) { $0.documentsMissing } }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { documents.append(trimmed) }
        }
        var deadline: LocalDate?
        if let value = body["deadline"] {
            guard case .string(let text) = value, let day = LocalDate(iso: text) else { throw APIError(.unprocessableContent) { $0.invalidDeadline } }
            deadline = day
        }
        if let problem = DocumentRequest.problem(documents: documents, deadline: deadline, today: LocalDate(now(), in: timeZone)) {
            throw APIError(.unprocessableContent) { problem.message($0.language) }
        }
        guard let deadline else { throw APIError(.unprocessableContent) { $0.invalidDeadline } }
        let documentRequest = DocumentRequest(
            id: ids(), submissionID: submission.id, documents: documents, deadline: deadline, requestedAt: now(), requestedBy: "apikey:\(key.id)")
        do {
            try await documentRequests.create(
                documentRequest,
                reminder: Job(
                    id: ids(), kind: .documentReminder, payload: documentRequest.id.description,
                    runAt: DocumentRequest.reminderTime(deadline: deadline, timeZone: timeZone, now: now())))
        } catch let error as CaseTransitionError {
            throw APIError(.conflict) { error.message($0.language) }
        }
        await notice.send(submission) { words, reference, service, link in
            (words.requestMailSubject(reference), words.requestMailBody(reference, service, documents, deadline.german, link))
        }
        var response = JSONResponse.make(
            encoded: ByteBuffer(
                string: JSONValue.object([
                    .init("reference", .string(submission.reference.rawValue)), .init("id", .string(documentRequest.id.description)),
                ]).jsonText))
        response.status = .created
        return response
    }

    /// `{"status": "inProgress", "note": "…"}`: the same moves as on the case page.
    @Sendable func changeStatus(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let (key, submission) = try await keyAndSubmission(context)
        let body = try await Self.object(request, allowed: ["status", "note"], limit: limits.maxJSONBodyBytes)
        guard case .string(let text)? = body["status"], let status = CaseStatus(rawValue: text) else {
            throw APIError(.unprocessableContent) { $0.invalidStatus(CaseStatus.allCases.map(\.rawValue).joined(separator: ", ")) }
        }
        var note: String?
        switch body["note"] {
        case .string(let text)?: note = String(text.prefix(2000))
        case nil, .null?: note = nil
        default: throw APIError(.unprocessableContent) { $0.invalidNote }
        }
        do {
            _ = try await submissions.changeStatus(of: submission.id, to: status, by: "apikey:\(key.id)", note: note, at: now())
        } catch let error as CaseTransitionError {
            throw APIError(.conflict) { error.message($0.language) }
        }
        await notice.send(submission) { words, reference, service, link in
            (words.statusMailSubject(reference), words.statusMailBody(reference, service, status.applicantLabel(words.language), link))
        }
        return JSONResponse.make(
            encoded: ByteBuffer(
                string: JSONValue.object([.init("reference", .string(submission.reference.rawValue)), .init("status", .string(status.rawValue))]).jsonText))
    }

    /// `{"text": "…"}`: a message in the applicant's mailbox, signed with the key's name.
    @Sendable func sendMessage(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let (key, submission) = try await keyAndSubmission(context)
        let body = try await Self.object(request, allowed: ["text"], limit: limits.maxJSONBodyBytes)
        guard case .string(let text)? = body["text"] else { throw APIError(.unprocessableContent) { $0.messageTextMissing } }
        if let problem = CaseMessage.problem(text) {
            throw APIError(.unprocessableContent) { problem.message($0.language) }
        }
        guard let caseFile = try await submissions.caseFile(of: submission.id), !caseFile.status.isFinal else {
            throw APIError(.conflict) { AccountText.for($0.language).mailboxClosed }
        }
        let id: CaseMessage.ID = ids()
        try await mailbox.add(
            CaseMessage(
                id: id, submissionID: submission.id, fromApplicant: false, author: key.name,
                body: text.trimmingCharacters(in: .whitespacesAndNewlines), sentAt: now(), attachments: []),
            auditActor: "apikey:\(key.id)")
        await notice.send(submission) { words, reference, service, link in
            (words.messageMailSubject(reference), words.messageMailBody(reference, service, link))
        }
        var response = JSONResponse.make(
            encoded: ByteBuffer(
                string: JSONValue.object([.init("reference", .string(submission.reference.rawValue)), .init("id", .string(id.description))]).jsonText))
        response.status = .created
        return response
    }

    /// The key and the submission it may see; unknown and other units' references look the same.
    private func keyAndSubmission(_ context: PortalRequestContext) async throws -> (APIKey, Submission) {
        guard let key = context.apiKey else { throw APIError.unauthorized }
        guard let reference = Reference(try context.parameters.require("reference")),
            let submission = try await submissions.submission(reference: reference),
            submission.orgUnitID == key.orgUnitID
        else { throw APIError.notFound { $0.submissionNotFound } }
        return (key, submission)
    }

    /// A JSON object with only the `allowed` members, or a 4xx that says why not.
    static func object(_ request: Request, allowed: Set<String>, limit: Int) async throws -> [String: JSONValue] {
        guard case .object(let members) = try await JSONRequestBody.value(request, limit: limit, maxDepth: 4) else {
            throw APIError.badRequest { $0.invalidJSON }
        }
        if let unknown = members.first(where: { !allowed.contains($0.key) }) {
            throw APIError.badRequest { $0.unknownMember(String(unknown.key.prefix(100))) }
        }
        return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
