import Foundation
import Hummingbird
import HummingbirdBcrypt
import NIOPosix
import PortalCore
import PortalViews

/// What a citizen does with the account itself: download everything kept about it (Art. 15/20
/// GDPR), move it to another address (confirmed at the new one), delete it. Each change asks for
/// the password again.
extension AccountController {
    private func passwordMatches(_ account: CitizenAccount, _ context: PortalRequestContext) async throws -> Bool {
        let password = String((context.form?.first("passwort") ?? "").prefix(200))
        let hash = account.passwordHash
        guard !password.isEmpty, account.hasPassword else { return false }
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    @Sendable func saveProfile(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let account = try await signedIn(context) else { return PageFrame.redirect(.accountLogin) }
        let form = context.form ?? FormValues()
        func value(_ name: String) -> String { String((form.first(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(300)) }
        let profile = CitizenProfile(givenName: value("vorname"), familyName: value("nachname"), street: value("strasse"),
                                     postalCode: value("plz"), city: value("ort"), phone: value("telefon"))
        if let problem = profile.problem {
            return try await renderHome(account, request, context, profileError: problem, profile: profile, status: .unprocessableContent)
        }
        try await accounts.saveProfile(account.id, profile)
        flash(text(request).profileSaved, context)
        return PageFrame.redirect(SiteRoute.accountHome.path + "#angaben")
    }

    @Sendable func changeEmail(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let account = try await signedIn(context) else { return PageFrame.redirect(.accountLogin) }
        let text = text(request)
        let email = String((context.form?.first("email") ?? "").trimmingCharacters(in: .whitespacesAndNewlines).lowercased().prefix(254))
        guard Mail.isPlausibleAddress(email) else {
            return try await renderHome(account, request, context, emailError: email.isEmpty ? text.emailMissing : text.emailInvalid, status: .unprocessableContent)
        }
        guard try await passwordMatches(account, context) else {
            return try await renderHome(account, request, context, emailError: text.wrongPassword, status: .unprocessableContent)
        }
        // A taken address gets the same answer and no mail, so nobody learns which addresses have accounts.
        if email != account.email, try await accounts.account(email: email) == nil {
            let token = try await newToken(account, .changeEmail, newEmail: email)
            try await mail.send(Mail(to: email, subject: text.changeMailSubject, body: text.changeMailBody(link(.accountEmailConfirm(token: token)))))
        }
        flash(text.changeEmailSent(email), context)
        return PageFrame.redirect(SiteRoute.accountHome.path + "#email-aendern")
    }

    @Sendable func showEmailConfirm(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let text = text(request)
        return form(request, context, heading: text.confirmHeading, intro: [text.confirmIntro], action: .accountEmailConfirm(token: try token(context)),
                    inputs: [], button: text.confirmButton)
    }

    @Sendable func confirmEmail(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let text = text(request)
        guard let used = try await accounts.useToken(hash: SHA256Hex.of(try token(context)), purpose: .changeEmail, now: now()), let email = used.newEmail else {
            return notice(request, context, heading: text.linkInvalid, paragraphs: [text.linkInvalidText], status: .gone)
        }
        do {
            try await accounts.changeEmail(used.accountID, to: email)
        } catch is DuplicateEmail {
            return notice(request, context, heading: text.linkInvalid, paragraphs: [text.emailTaken], status: .conflict)
        }
        context.sessions.clearSession()
        return notice(request, context, heading: text.confirmHeading, paragraphs: [text.emailChanged], link: (text.loginLink, SiteRoute.accountLogin.path))
    }

    @Sendable func deleteAccount(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let account = try await signedIn(context) else { return PageFrame.redirect(.accountLogin) }
        let text = text(request)
        if account.hasPassword {
            guard try await passwordMatches(account, context) else {
                return try await renderHome(account, request, context, deleteError: text.wrongPassword, status: .unprocessableContent)
            }
        } else {
            // Signed in through a provider only: the tick confirms, the fresh session is the proof.
            guard context.form?.first("bestaetigt") == "ja" else {
                return try await renderHome(account, request, context, deleteError: identityText(request).deleteConfirmMissing, status: .unprocessableContent)
            }
        }
        try await accounts.delete(account.id)
        context.sessions.clearSession()
        return notice(request, context, heading: text.deleteHeading, paragraphs: [text.deleted])
    }

    /// Everything kept about the account as one JSON document, files included (base64).
    @Sendable func export(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let account = try await signedIn(context) else { return PageFrame.redirect(.accountLogin) }
        func time(_ date: Date?) -> JSONValue { date.map { .string(ISOTimestamp.string($0)) } ?? .null }
        var cases: [JSONValue] = []
        for row in try await accounts.submissions(of: account.id) {
            guard let submission = try await submissions.submission(id: row.id) else { continue }
            let caseFile = try await submissions.caseFile(of: submission.id)
            let messages = try await applicantCase.mailbox.messages(of: submission.id)
            let requests = try await applicantCase.documentRequests.requests(of: submission.id)
            let decision = try await applicantCase.decisions.decision(of: submission.id)
            var files: [JSONValue] = []
            for file in try await applicantCase.caseFiles(submission, includingDecision: true).values.sorted(by: { $0.id.description < $1.id.description }) {
                var content = Data()
                for try await chunk in applicantCase.uploads.store.contents(of: file.id) { content.append(chunk) }
                files.append(.object([
                    .init("name", .string(file.name)), .init("mediaType", .string(file.mediaType)),
                    .init("size", .number(Decimal(file.size))), .init("sha256", .string(file.sha256)),
                    .init("contentBase64", .string(content.base64EncodedString())),
                ]))
            }
            cases.append(.object([
                .init("reference", .string(row.reference.rawValue)), .init("service", .string(row.serviceTitle)),
                .init("receivedAt", time(submission.receivedAt)), .init("status", .string(row.status.rawValue)),
                .init("statusHistory", .array((caseFile?.history ?? []).map { change in
                    .object([.init("to", .string(change.to.rawValue)), .init("at", time(change.at))])
                })),
                .init("answers", submission.answers),
                .init("messages", .array(messages.map { message in
                    .object([.init("fromApplicant", .bool(message.fromApplicant)), .init("author", .string(message.author)),
                             .init("sentAt", time(message.sentAt)), .init("text", .string(message.body))])
                })),
                .init("documentRequests", .array(requests.map { request in
                    .object([.init("documents", .array(request.documents.map(JSONValue.string))), .init("deadline", .string(request.deadline.iso)),
                             .init("fulfilledAt", time(request.fulfilledAt))])
                })),
                .init("decision", decision.map { decision in
                    .object([.init("outcome", .string(decision.outcome.rawValue)), .init("deliveredAt", time(decision.deliveredAt)),
                             .init("firstRetrievedAt", time(decision.firstRetrievedAt))])
                } ?? .null),
                .init("files", .array(files)),
            ]))
        }
        let document = JSONValue.object([
            .init("account", .object([
                .init("email", .string(account.email)), .init("createdAt", time(account.createdAt)), .init("verifiedAt", time(account.verifiedAt)),
            ])),
            .init("applications", .array(cases)),
            .init("exportedAt", time(now())),
        ])
        let body = ByteBuffer(string: document.jsonText)
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/json; charset=utf-8", .contentLength: String(body.readableBytes), .cacheControl: "private, no-store",
                .contentDisposition: "attachment; filename=\"meine-daten.json\"",
            ],
            body: ResponseBody(byteBuffer: body)
        )
    }
}
