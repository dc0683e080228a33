import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// Following an application without an account: reference and access code open the case's status
/// page for this browser session. Wrong pairs get one message whatever was wrong, tries are
/// limited per reference and per address, and the code's hash is compared in constant time.
struct CaseLookupController: Sendable {
    let applicantCase: ApplicantCase
    let submissions: any SubmissionStore
    let frame: PageFrame
    let now: @Sendable () -> Date
    let browserSessions: BrowserSessions
    let throttle: Throttle

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.caseLookup.pattern, use: showLookup)
        router.post(SiteRoute.caseLookup.pattern, use: lookup)
        applicantCase.register(
            on: router,
            routes: .init(
                back: .caseLookup, elsewhere: .caseLookup, page: SiteRoute.caseStatus, receipt: SiteRoute.caseReceipt,
                messages: SiteRoute.caseMessages, withdraw: SiteRoute.caseWithdraw, pay: SiteRoute.casePay, decision: SiteRoute.caseDecision,
                documents: SiteRoute.caseDocuments, file: SiteRoute.caseFile
            )
        ) { context in try await openedCase(context) }
    }

    private func form(_ request: Request, _ context: PortalRequestContext, reference: String = "", error: String? = nil, status: HTTPResponse.Status = .ok)
        -> Response
    {
        let words = AccountText.for(frame.language(request))
        if context.sessions.session == nil {
            browserSessions.start(browserSessions.new(), context)
        }
        let heading = words.followYourApplication
        let shell = frame.shell(request, context: context, title: heading, hasErrors: error != nil, now: now())
        return PageFrame.response(
            AccountFormPage.render(
                .init(
                    shell: shell, heading: heading,
                    intro: [words.enterTheReferenceAndThe],
                    action: SiteRoute.caseLookup.path, csrfToken: context.sessions.session?.csrfToken ?? "",
                    inputs: [
                        .init(
                            name: "aktenzeichen", label: words.reference, type: "text", autocomplete: "off", value: reference,
                            hint: words.forExampleBru2026K7qm),
                        .init(
                            name: "zugangscode", label: words.accessCode, type: "text", autocomplete: "off",
                            hint: words.t12CharactersForExampleK7qm),
                    ],
                    button: words.showStatus, formError: error,
                    links: [(text: words.signInWithAnAccount, path: SiteRoute.accountLogin.path)]
                )), status: status)
    }

    @Sendable func showLookup(_ request: Request, context: PortalRequestContext) async throws -> Response {
        form(request, context)
    }

    @Sendable func lookup(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let words = AccountText.for(frame.language(request))
        let values = context.form ?? FormValues()
        let typedReference = String((values.first("aktenzeichen") ?? "").trimmingCharacters(in: .whitespaces).uppercased().prefix(40))
        let typedCode = String((values.first("zugangscode") ?? "").prefix(40))
        let wrong = words.referenceAndAccessCodeDo
        let limits = [(throttle.limits.failuresPerClient, context.clientAddress), (throttle.limits.caseLookupPerReference, typedReference)]
        if let refusal = try await throttle.check(limits).message(frame.language(request)) {
            return form(request, context, reference: typedReference, error: refusal, status: .tooManyRequests)
        }
        var submission: Submission?
        if let reference = Reference(typedReference) { submission = try await submissions.submission(reference: reference) }
        // Hash and compare even when there is no such case, so the answer takes as long.
        let typedHash = SHA256Hex.of(AccessCode(typed: typedCode)?.value ?? "\u{0}")
        let storedHash = submission?.accessCodeHash ?? SHA256Hex.of("kein-zugangscode")
        guard let submission, SecretComparison.equal(typedHash, storedHash), submission.accessCodeHash != nil else {
            for (limit, value) in limits { try await throttle.record(limit, value) }
            return form(request, context, reference: typedReference, error: wrong, status: .unauthorized)
        }
        // A case filed with a sign-in above basis opens only through that sign-in, not with its code.
        if let level = submission.trustLevel, level > .basic {
            let text = IdentityText.for(frame.language(request))
            return form(request, context, reference: typedReference, error: text.caseNeedsAccount(level.label(frame.language(request))), status: .forbidden)
        }
        guard var session = context.sessions.session else { return PageFrame.redirect(.caseLookup) }
        var access = session.caseAccess ?? []
        if !access.contains(submission.reference.rawValue) { access.append(submission.reference.rawValue) }
        session.caseAccess = Array(access.suffix(20))
        // Opening a case is a sign-in to it: a new session id, so a planted one gains nothing.
        session.csrfToken = PortalSession.newToken()
        browserSessions.start(session, context)
        return PageFrame.redirect(.caseStatus(reference: submission.reference.rawValue))
    }

    /// The case, if this session opened it with its code.
    private func openedCase(_ context: PortalRequestContext) async throws -> Submission? {
        guard let reference = Reference(try context.parameters.require("reference")),
            context.sessions.session?.caseAccess?.contains(reference.rawValue) == true
        else { return nil }
        return try await submissions.submission(reference: reference)
    }
}
