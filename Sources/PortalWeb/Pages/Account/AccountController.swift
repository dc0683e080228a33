import Foundation
import Hummingbird
import HummingbirdBcrypt
import Logging
import NIOPosix
import PortalCore
import PortalViews

/// The citizen account: register with a confirmed e-mail address, sign in and out, set a new
/// password by mail, and follow one's applications ("Meine Anträge"). Whether an address has an
/// account is never shown: registering and asking for a new password answer the same either way,
/// and take about as long. Links in mails carry a one-time token; only its hash is stored.
struct AccountController: Sendable {
    let accounts: any AccountStore
    /// To end every session of an account when its password, address or existence changes.
    let sessions: any SessionStore
    let catalog: any CatalogStore
    let submissions: any SubmissionStore
    let applicantCase: ApplicantCase
    let mail: any MailSender
    let frame: PageFrame
    let now: @Sendable () -> Date
    let ids: IDGenerator
    let browserSessions: BrowserSessions
    let publicBaseURL: String?
    /// Failed sign-ins per account and per client; mails asked for per address and per client.
    let throttle: Throttle
    /// Other ways to sign in (OpenID Connect now, BundID later), in the order the pages offer them.
    let identityProviders: [any IdentityProvider]
    let logger: Logger

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.accountRegister.pattern, use: showRegister)
        router.post(SiteRoute.accountRegister.pattern, use: register)
        router.get(SiteRoute.accountVerify(token: "").pattern, use: showVerify)
        router.post(SiteRoute.accountVerify(token: "").pattern, use: verify)
        router.get(SiteRoute.accountLogin.pattern, use: showLogin)
        router.post(SiteRoute.accountLogin.pattern, use: login)
        router.post(SiteRoute.accountLogout.pattern, use: logout)
        router.get(SiteRoute.accountForgot.pattern, use: showForgot)
        router.post(SiteRoute.accountForgot.pattern, use: forgot)
        router.get(SiteRoute.accountReset(token: "").pattern, use: showReset)
        router.post(SiteRoute.accountReset(token: "").pattern, use: reset)
        router.get(SiteRoute.accountHome.pattern, use: home)
        router.get(SiteRoute.accountExport.pattern, use: export)
        router.post(SiteRoute.accountProfile.pattern, use: saveProfile)
        router.post(SiteRoute.accountEmail.pattern, use: changeEmail)
        router.get(SiteRoute.accountEmailConfirm(token: "").pattern, use: showEmailConfirm)
        router.post(SiteRoute.accountEmailConfirm(token: "").pattern, use: confirmEmail)
        router.post(SiteRoute.accountDelete.pattern, use: deleteAccount)
        registerExternal(on: router)
        applicantCase.register(
            on: router,
            routes: .init(
                back: .accountHome, elsewhere: .accountLogin, page: SiteRoute.accountCase, receipt: SiteRoute.accountReceipt,
                messages: SiteRoute.accountMessages, withdraw: SiteRoute.accountWithdraw, pay: SiteRoute.accountPay, decision: SiteRoute.accountDecision,
                documents: SiteRoute.accountDocuments, file: SiteRoute.accountFile
            ), gate: { submission, paths, request, context in try await caseGate(submission, paths, request, context) },
            find: { context in try await ownCase(context) }
        )
    }

    /// A case filed at a trust level opens only at that level again, and only for the identity it
    /// was filed with or one linked to the account before it was filed: a password alone does not
    /// show what was filed with the ID card, nor does someone else's ID card connected later.
    private func caseGate(_ submission: Submission, _ paths: ApplicantCase.Paths, _ request: Request, _ context: PortalRequestContext) async throws -> Response?
    {
        let current = context.sessions.session?.trustLevel ?? .basic
        guard let filed = submission.trustLevel, try await !opens(submission, context) else { return nil }
        let language = frame.language(request)
        let text = identityText(request)
        return gate.page(
            request, context, minimum: filed, reason: text.caseGate(submission.reference.rawValue, filed.label(language), filed.explanation(language)),
            current: current, returnTo: paths.page, serviceTitle: nil, back: (AccountText.for(language).myAccount, SiteRoute.accountHome.path),
            status: request.method == .get ? .ok : .forbidden
        )
    }

    /// Whether this sign-in may see a case: one filed above basis needs a session at that level
    /// through the identity it was filed with, or one linked to the account before it was filed.
    func opens(_ submission: Submission, _ context: PortalRequestContext) async throws -> Bool {
        guard let filed = submission.trustLevel, filed > .basic else { return true }
        guard let session = context.sessions.session, (session.trustLevel ?? .basic) >= filed, let identity = session.identity,
            let account = submission.accountID
        else { return false }
        if identity == submission.identity { return true }
        return try await accounts.identities(of: account).contains {
            $0.provider == identity.provider && $0.subject == identity.subject && $0.linkedAt < submission.receivedAt
        }
    }

    /// Verifying against this when there is no account takes as long as a real check.
    static let dummyHash = Bcrypt.hash("kein-konto-vorhanden", cost: 12)

    func text(_ request: Request) -> AccountText { AccountText.for(frame.language(request)) }

    func form(
        _ request: Request, _ context: PortalRequestContext, heading: String, intro: [String], action: SiteRoute, inputs: [AccountFormPage.Input],
        button: String, error: String? = nil, links: [(String, String)] = [], alternatives: [PostButton] = [],
        checkboxes: (legend: String, name: String, items: [(value: String, label: String)])? = nil,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let hasErrors = error != nil || inputs.contains { $0.error != nil }
        let shell = frame.shell(request, context: context, title: heading, hasErrors: hasErrors, now: now())
        var model = AccountFormPage.Model(
            shell: shell, heading: heading, intro: intro, action: action.path, csrfToken: browserSessions.current(context).csrfToken, inputs: inputs,
            button: button, formError: error, links: links.map { (text: $0.0, path: $0.1) }
        )
        if !alternatives.isEmpty { model.alternatives = (identityText(request).otherWays, alternatives) }
        model.checkboxes = checkboxes
        return PageFrame.response(AccountFormPage.render(model), status: status)
    }

    func notice(
        _ request: Request, _ context: PortalRequestContext, heading: String, paragraphs: [String], link: (String, String)? = nil,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let shell = frame.shell(request, context: context, title: heading, now: now())
        return PageFrame.response(
            PlainPage.render(.init(shell: shell, heading: heading, paragraphs: paragraphs, link: link.map { (text: $0.0, path: $0.1) })), status: status)
    }

    func link(_ route: SiteRoute) -> String {
        SiteRoute.absolute(route.path, base: publicBaseURL)
    }

    private static func hash(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: 12) }
    }

    /// Ends every session of the account (this request's session is dropped or replaced by the caller).
    func endSessions(of account: CitizenAccount.ID) async throws {
        try await sessions.deleteAll(owner: SessionOwner.account(account).rawValue)
    }

    /// Counts requests for a new password to addresses without an account (only to write as much as a real one).
    static let unknownAddressLimit = Throttle.Limit(scope: "reset-unknown", count: .max, window: 3600)

    /// The limits on mails a stranger asks for: per recipient address and per client.
    func mailLimits(_ email: String, _ context: PortalRequestContext) -> [(Throttle.Limit, String)] {
        [(throttle.limits.mailsPerRecipient, email), (throttle.limits.mailsPerClient, context.clientAddress)]
    }

    /// A fresh 256-bit token for a mail: the link gets the token, the store its hash.
    func newToken(_ account: CitizenAccount, _ purpose: AccountToken.Purpose, newEmail: String? = nil) async throws -> String {
        let token = RandomToken.make()
        try await accounts.addToken(
            AccountToken(
                tokenHash: SHA256Hex.of(token), accountID: account.id, purpose: purpose,
                expiresAt: now().addingTimeInterval(AccountToken.lifetime(purpose)), newEmail: newEmail))
        return token
    }

    // MARK: Registering

    private func registerForm(
        _ request: Request, _ context: PortalRequestContext, email: String = "", emailError: String? = nil,
        passwordError: String? = nil, error: String? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        let text = text(request)
        return form(
            request, context, heading: text.register, intro: [text.registerIntro], action: .accountRegister,
            inputs: [
                .init(name: "email", label: text.email, type: "email", autocomplete: "email", value: email, error: emailError),
                .init(name: "passwort", label: text.password, type: "password", autocomplete: "new-password", hint: text.newPasswordHint, error: passwordError),
            ], button: text.createAccount, error: error, links: [(text.loginLink, SiteRoute.accountLogin.path)], status: status)
    }

    @Sendable func showRegister(_ request: Request, context: PortalRequestContext) async throws -> Response {
        registerForm(request, context)
    }

    @Sendable func register(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let text = text(request)
        let values = context.form ?? FormValues()
        let email = values.email
        let password = String((values.first("passwort") ?? "").prefix(200))
        let emailError = email.isEmpty ? text.emailMissing : Mail.isPlausibleAddress(email) ? nil : text.emailInvalid
        let passwordError = CitizenAccount.passwordProblem(password, email: email)?.message(frame.language(request))
        if emailError != nil || passwordError != nil {
            return registerForm(request, context, email: email, emailError: emailError, passwordError: passwordError, status: .unprocessableContent)
        }
        // Hashing happens either way, so the answer takes as long whether the address has an account or not.
        let hash = try await Self.hash(password)
        // Counted per address the mail goes to (and per client), not per request: nobody can
        // flood a stranger's mailbox, and a refusal says as little about the address as success.
        guard try await throttle.take(mailLimits(email, context)) else {
            return registerForm(request, context, email: email, error: LimitText.for(frame.language(request)).tooManyMails, status: .tooManyRequests)
        }
        if let existing = try await accounts.account(email: email) {
            try await mail.send(Mail(to: existing.email, subject: text.existsMailSubject, body: text.existsMailBody(link(.accountForgot))))
        } else {
            let account = CitizenAccount(id: ids(), email: email, passwordHash: hash, createdAt: now(), language: frame.language(request))
            do {
                try await accounts.create(account)
                let token = try await newToken(account, .verifyEmail)
                try await mail.send(Mail(to: email, subject: text.verifyMailSubject, body: text.verifyMailBody(link(.accountVerify(token: token)))))
            } catch is DuplicateEmail {
                // Registered a moment ago in another request: the same answer as for any existing account.
            }
        }
        return notice(request, context, heading: text.checkYourMail, paragraphs: [text.checkYourMailText(email)])
    }

    // MARK: Confirming the address

    func token(_ context: PortalRequestContext) throws -> String {
        let token = try context.parameters.require("token")
        guard (20...100).contains(token.count) else { throw PageError(.notFound) }
        return token
    }

    /// Mail programs open links to check them; only the button (a POST) confirms.
    @Sendable func showVerify(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let text = text(request)
        return form(
            request, context, heading: text.confirmHeading, intro: [text.confirmIntro], action: .accountVerify(token: try token(context)),
            inputs: [], button: text.confirmButton)
    }

    @Sendable func verify(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let text = text(request)
        guard let used = try await accounts.useToken(hash: SHA256Hex.of(try token(context)), purpose: .verifyEmail, now: now()) else {
            return notice(
                request, context, heading: text.linkInvalid, paragraphs: [text.linkInvalidText], link: (text.register, SiteRoute.accountRegister.path),
                status: .gone)
        }
        try await accounts.markVerified(used.accountID, at: now())
        context.flash(text.confirmed)
        return PageFrame.redirect(.accountLogin)
    }

    // MARK: Signing in and out

    private func loginForm(_ request: Request, _ context: PortalRequestContext, email: String = "", error: String? = nil, status: HTTPResponse.Status = .ok)
        -> Response
    {
        let text = text(request)
        return form(
            request, context, heading: text.login, intro: [text.loginIntro], action: .accountLogin,
            inputs: [
                .init(name: "email", label: text.email, type: "email", autocomplete: "username", value: email),
                .init(name: "passwort", label: text.password, type: "password", autocomplete: "current-password"),
            ], button: text.loginButton, error: error,
            links: [(text.forgotLink, SiteRoute.accountForgot.path), (text.registerLink, SiteRoute.accountRegister.path)],
            alternatives: gate.buttons(frame.language(request), reaching: .basic), status: status)
    }

    @Sendable func showLogin(_ request: Request, context: PortalRequestContext) async throws -> Response {
        if context.sessions.session?.accountID != nil { return PageFrame.redirect(.accountHome) }
        return loginForm(request, context)
    }

    @Sendable func login(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let text = text(request)
        let values = context.form ?? FormValues()
        let email = values.email
        let password = String((values.first("passwort") ?? "").prefix(200))
        let limits = [(throttle.limits.failuresPerClient, context.clientAddress), (throttle.limits.citizenSignInPerAccount, email)]
        if let refusal = try await throttle.check(limits).message(frame.language(request)) {
            return loginForm(request, context, email: email, error: refusal, status: .tooManyRequests)
        }
        let account = email.isEmpty ? nil : try await accounts.account(email: email)
        // An account without a password (made by an identity provider) is checked against the dummy and fails.
        let hash = account.flatMap { $0.hasPassword ? $0.passwordHash : nil } ?? Self.dummyHash
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
        guard let account, account.hasPassword, matches, !password.isEmpty else {
            for (limit, value) in limits { try await throttle.record(limit, value) }
            return loginForm(request, context, email: email, error: text.loginFailed, status: .unauthorized)
        }
        guard account.verifiedAt != nil else {
            return loginForm(request, context, email: email, error: text.notVerified, status: .forbidden)
        }
        try await throttle.clear(throttle.limits.citizenSignInPerAccount, email)
        return PageFrame.redirect(signIn(account, level: .basic, context))
    }

    /// A new session for the account (a planted session id is worth nothing); a form being filled
    /// in goes along. Returns where to go: the form that asked for signing in, or "Mein Konto".
    func signIn(_ account: CitizenAccount, level: TrustLevel, identity: IdentityKey? = nil, _ context: PortalRequestContext, flash: String? = nil) -> String {
        let previous = context.sessions.session
        var session = browserSessions.new()
        session.drafts = previous?.drafts ?? [:]
        session.accountID = account.id
        session.trustLevel = level
        session.identity = identity
        session.flash = flash
        browserSessions.start(session, context)
        return SiteRoute.safeReturnPath(previous?.afterLogin) ?? SiteRoute.accountHome.path
    }

    @Sendable func logout(_ request: Request, context: PortalRequestContext) async throws -> Response {
        context.sessions.clearSession()
        return PageFrame.redirect(.home)
    }

    // MARK: A new password

    private func forgotForm(
        _ request: Request, _ context: PortalRequestContext, email: String = "", emailError: String? = nil, error: String? = nil,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let text = text(request)
        return form(
            request, context, heading: text.forgotHeading, intro: [text.forgotIntro], action: .accountForgot,
            inputs: [
                .init(name: "email", label: text.email, type: "email", autocomplete: "email", value: email, error: emailError)
            ], button: text.forgotButton, error: error, links: [(text.loginLink, SiteRoute.accountLogin.path)], status: status)
    }

    @Sendable func showForgot(_ request: Request, context: PortalRequestContext) async throws -> Response {
        forgotForm(request, context)
    }

    @Sendable func forgot(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let text = text(request)
        let email = (context.form ?? FormValues()).email
        guard Mail.isPlausibleAddress(email) else {
            return forgotForm(request, context, email: email, emailError: email.isEmpty ? text.emailMissing : text.emailInvalid, status: .unprocessableContent)
        }
        guard try await throttle.take(mailLimits(email, context)) else {
            return forgotForm(request, context, email: email, error: LimitText.for(frame.language(request)).tooManyMails, status: .tooManyRequests)
        }
        if let account = try await accounts.account(email: email) {
            let token = try await newToken(account, .resetPassword)
            try await mail.send(Mail(to: account.email, subject: text.resetMailSubject, body: text.resetMailBody(link(.accountReset(token: token)))))
        } else {
            // As many durable writes as the token and the queued mail above, so the time the
            // answer takes does not tell whether the address has an account.
            for _ in 0..<2 { try await throttle.record(Self.unknownAddressLimit, email) }
        }
        return notice(request, context, heading: text.forgotHeading, paragraphs: [text.forgotSent], link: (text.loginLink, SiteRoute.accountLogin.path))
    }

    private func resetForm(
        _ request: Request, _ context: PortalRequestContext, token: String, passwordError: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let text = text(request)
        // Whoever sets a new password sees the connected providers and can remove one they did not connect.
        var checkboxes: (legend: String, name: String, items: [(value: String, label: String)])?
        if let pending = try await accounts.token(hash: SHA256Hex.of(token), purpose: .resetPassword, now: now()) {
            let identity = identityText(request)
            let names = Dictionary(identityProviders.map { ($0.name, $0.displayName) }, uniquingKeysWith: { first, _ in first })
            let linked = try await accounts.identities(of: pending.accountID)
            if !linked.isEmpty {
                checkboxes = (
                    identity.resetIdentities, "entfernen",
                    linked.map { (value: $0.provider, label: identity.resetRemoveIdentity(names[$0.provider] ?? $0.provider)) }
                )
            }
        }
        return form(
            request, context, heading: text.resetHeading, intro: [], action: .accountReset(token: token),
            inputs: [
                .init(name: "passwort", label: text.password, type: "password", autocomplete: "new-password", hint: text.newPasswordHint, error: passwordError)
            ], button: text.resetButton, checkboxes: checkboxes, status: status)
    }

    @Sendable func showReset(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await resetForm(request, context, token: try token(context))
    }

    @Sendable func reset(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let text = text(request)
        let token = try token(context)
        let password = String(((context.form ?? FormValues()).first("passwort") ?? "").prefix(200))
        // The link stays usable until a good password is chosen.
        if let problem = CitizenAccount.passwordProblem(password, email: "") {
            return try await resetForm(request, context, token: token, passwordError: problem.message(frame.language(request)), status: .unprocessableContent)
        }
        guard let used = try await accounts.useToken(hash: SHA256Hex.of(token), purpose: .resetPassword, now: now()) else {
            return notice(
                request, context, heading: text.linkInvalid, paragraphs: [text.linkInvalidText], link: (text.forgotHeading, SiteRoute.accountForgot.path),
                status: .gone)
        }
        try await accounts.setPassword(used.accountID, hash: try await Self.hash(password))
        // Whoever knew the old password is signed out everywhere.
        try await endSessions(of: used.accountID)
        // Providers ticked on the reset page are disconnected (the new password is the way in).
        for provider in Set(context.form?.values["entfernen"] ?? []) where provider.count <= 30 {
            try await accounts.unlink(provider: provider, account: used.accountID)
        }
        // The link came by mail, so the address is proven too.
        try await accounts.markVerified(used.accountID, at: now())
        context.flash(text.passwordChanged)
        return PageFrame.redirect(.accountLogin)
    }

    // MARK: Meine Anträge

    func signedIn(_ context: PortalRequestContext) async throws -> CitizenAccount? {
        guard let id = context.sessions.session?.accountID else { return nil }
        return try await accounts.account(id: id)
    }

    @Sendable func home(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let account = try await signedIn(context) else { return PageFrame.redirect(.accountLogin) }
        return try await renderHome(account, request, context)
    }

    func renderHome(
        _ account: CitizenAccount, _ request: Request, _ context: PortalRequestContext, emailError: String? = nil,
        deleteError: String? = nil, profileError: String? = nil, profile: CitizenProfile? = nil, connectError: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let session = context.sessions.session else { return PageFrame.redirect(.accountLogin) }
        let language = frame.language(request)
        let text = text(request)
        let rows = try await accounts.submissions(of: account.id).map { row in
            MyApplicationsPage.Row(
                reference: row.reference.rawValue, service: row.serviceTitle, status: row.status.applicantLabel(language),
                receivedAt: frame.dateTime(row.receivedAt), path: SiteRoute.accountCase(reference: row.reference.rawValue).path)
        }
        let shell = frame.shell(request, context: context, title: text.myAccount, now: now())
        var model = MyApplicationsPage.Model(
            shell: shell, email: account.email, rows: rows, logoutAction: SiteRoute.accountLogout.path, csrfToken: session.csrfToken
        )
        model.exportPath = SiteRoute.accountExport.path
        model.profile = profile ?? account.profile
        model.profileAction = SiteRoute.accountProfile.path
        model.profileError = profileError
        model.emailAction = SiteRoute.accountEmail.path
        model.deleteAction = SiteRoute.accountDelete.path
        model.emailError = emailError
        model.deleteError = deleteError
        model.hasPassword = account.hasPassword
        model.setPasswordPath = SiteRoute.accountForgot.path
        model.identity = try await identitySection(account, session, request, connectError: connectError)
        return PageFrame.response(MyApplicationsPage.render(model), status: status)
    }

    private func identitySection(
        _ account: CitizenAccount, _ session: PortalSession, _ request: Request,
        connectError: String?
    ) async throws -> MyApplicationsPage.Identity {
        let language = frame.language(request)
        let text = identityText(request)
        let linked = try await accounts.identities(of: account.id)
        let names = Dictionary(identityProviders.map { ($0.name, $0.displayName) }, uniquingKeysWith: { first, _ in first })
        return MyApplicationsPage.Identity(
            accountLevel: text.accountLevel(account.trustLevel.label(language), account.trustLevel.explanation(language)),
            sessionLevel: text.sessionLevel((session.trustLevel ?? .basic).label(language)),
            linked: linked.map { identity in
                let name = names[identity.provider] ?? identity.provider
                return (
                    text: text.linkedIdentity(name, frame.date(identity.linkedAt), frame.dateTime(identity.lastUsedAt)),
                    unlink: account.hasPassword
                        ? PostButton(label: text.unlinkButton(name), action: SiteRoute.accountExternalUnlink(provider: identity.provider).path) : nil
                )
            },
            connect: identityProviders.filter { provider in !linked.contains { $0.provider == provider.name } }.map {
                // With a password, connecting asks for it: an open session alone does not connect someone else's identity.
                PostButton(
                    label: text.connectWith($0.displayName), action: SiteRoute.accountExternalStart(provider: $0.name).path,
                    password: account.hasPassword ? (id: "verbinden-passwort-\($0.name)", label: text.connectPassword, error: connectError) : nil)
            }
        )
    }

    /// The case, if the signed-in account filed it; any other reference looks like "not found".
    private func ownCase(_ context: PortalRequestContext) async throws -> Submission? {
        guard let account = try await signedIn(context) else { return nil }
        guard let reference = Reference(try context.parameters.require("reference")),
            let submission = try await submissions.submission(reference: reference), submission.accountID == account.id
        else { throw PageError(.notFound) }
        return submission
    }
}
