import Foundation
import Hummingbird
import HummingbirdBcrypt
import Logging
import NIOPosix
import PortalCore
import PortalViews

/// Sign-in and sign-out of staff. Errors are generic (no hint whether the account exists), failed
/// attempts are throttled per account and per address, and signing in starts a new session. With a
/// second factor the password only opens the code page; the session is signed in after the code.
struct StaffSessionController: Sendable {
    let staff: any StaffStore
    let secondFactors: any SecondFactorStore
    let audit: any AuditTrail
    let frame: PageFrame
    let now: @Sendable () -> Date
    let ids: IDGenerator
    let browserSessions: BrowserSessions
    let throttle: Throttle
    let requirement: SecondFactorRequirement
    let directory: StaffDirectory?
    let publicBaseURL: String?
    let logger: Logger

    /// Verifying against this when the account does not exist takes as long as a real check.
    static let dummyHash = Bcrypt.hash("kein-konto-vorhanden", cost: 12)

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.staffLogin.pattern, use: showLogin)
        router.post(SiteRoute.staffLogin.pattern, use: login)
        router.post(SiteRoute.staffLogout.pattern, use: logout)
        router.get(SiteRoute.staffSignInCode.pattern, use: showCode)
        router.post(SiteRoute.staffSignInCode.pattern, use: code)
        router.post(SiteRoute.staffDirectorySignIn.pattern, use: startDirectory)
        router.get(SiteRoute.staffDirectoryReturn.pattern, use: finishDirectory)
    }

    @Sendable func showLogin(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let session = context.sessions.session ?? browserSessions.new()
        if context.sessions.session == nil {
            browserSessions.start(session, context)
        }
        return render(request, context, csrf: session.csrfToken, username: "", error: nil, status: .ok)
    }

    @Sendable func login(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = context.form ?? FormValues()
        let username = String((form.first("benutzername") ?? "").trimmingCharacters(in: .whitespaces).lowercased().prefix(100))
        let password = String((form.first("passwort") ?? "").prefix(200))
        let text = Strings.for(frame.language(request))
        let csrf = context.sessions.session?.csrfToken ?? ""
        let limits = throttle.staffSignIn(username, from: context.clientAddress)
        if let refusal = try await throttle.check(limits).message(frame.language(request)) {
            return render(request, context, csrf: csrf, username: username, error: refusal, status: .tooManyRequests)
        }
        let user = username.isEmpty ? nil : try await staff.user(username: username)
        let hash = user?.passwordHash ?? Self.dummyHash
        // bcrypt takes a quarter of a second on purpose; keep it off the event loop.
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
        guard let user, matches, !password.isEmpty, user.isActive else {
            for (limit, value) in limits { try await throttle.record(limit, value) }
            return render(request, context, csrf: csrf, username: username, error: text.loginFailed, status: .unauthorized)
        }
        // Whoever knows the password may be told that it does not count for this account.
        if user.passwordSignInDisabled {
            let directoryName = directory?.provider.displayName ?? "Verzeichnis"
            let message = DirectoryText.for(frame.language(request)).passwordSignInOff(directoryName)
            return render(request, context, csrf: csrf, username: username, error: message, status: .unauthorized)
        }
        return try await signIn(user, context)
    }

    /// The first factor has passed (password or directory): the session is signed in, or waits for
    /// the second factor. A new session (new cookie, new token) either way, so a planted session id
    /// is worth nothing.
    func signIn(_ user: StaffUser, _ context: PortalRequestContext) async throws -> Response {
        var session = browserSessions.new()
        let factor = try await secondFactors.factor(of: user.id)
        if factor?.isConfirmed == true || requirement.applies(to: user) {
            // The account's failures are cleared only when the second factor passes too.
            session.pendingStaffSignIn = .init(userID: user.id, startedAt: now())
            browserSessions.start(session, context)
            return PageFrame.redirect(factor?.isConfirmed == true ? .staffSignInCode : .staffSecondFactor)
        }
        try await throttle.clear(throttle.limits.staffSignInPerAccount, user.username)
        session.staffUserID = user.id
        browserSessions.start(session, context)
        try await staff.recordSignIn(user.id, at: now())
        return PageFrame.redirect(StaffAccess.startPage(for: user))
    }

    @Sendable func logout(_ request: Request, context: PortalRequestContext) async throws -> Response {
        context.sessions.clearSession()
        return PageFrame.redirect(SiteRoute.staffLogin)
    }

    // MARK: The second step

    /// The account waiting for its second factor in this session, while the ten minutes last.
    static func pendingUser(
        _ context: PortalRequestContext, staff: any StaffStore, now: Date
    ) async throws -> StaffUser? {
        guard let pending = context.sessions.session?.pendingStaffSignIn,
            now.timeIntervalSince(pending.startedAt) < PortalSession.PendingStaffSignIn.lifetime,
            let user = try await staff.user(id: pending.userID), user.isActive
        else { return nil }
        return user
    }

    /// Back to the sign-in page; a sign-in that waited too long for its code says so there.
    private func expired(_ request: Request, _ context: PortalRequestContext) -> Response {
        guard context.sessions.session?.pendingStaffSignIn != nil else { return PageFrame.redirect(.staffLogin) }
        var session = browserSessions.new()
        session.flash = StaffAdminText.for(frame.language(request)).signInExpired
        browserSessions.start(session, context)
        return PageFrame.redirect(.staffLogin)
    }

    @Sendable func showCode(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard try await Self.pendingUser(context, staff: staff, now: now()) != nil else { return expired(request, context) }
        return renderCode(request, context, error: nil, status: .ok)
    }

    @Sendable func code(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let user = try await Self.pendingUser(context, staff: staff, now: now()),
            let factor = try await secondFactors.factor(of: user.id), factor.isConfirmed
        else { return expired(request, context) }
        let language = frame.language(request)
        let limits = throttle.staffSignIn(user.username, from: context.clientAddress)
        if let refusal = try await throttle.check(limits).message(language) {
            return renderCode(request, context, error: refusal, status: .tooManyRequests)
        }
        let typed = String((context.form?.first("code") ?? "").prefix(40))
        var usedRecoveryCode = false
        var passed = false
        if let step = TOTP(secret: factor.secret).verify(typed, at: now(), lastUsed: factor.lastStep) {
            // The conditional write decides between two requests with the same code.
            passed = try await secondFactors.accept(step: step, of: user.id)
        } else if let hash = RecoveryCode.hash(typed) {
            passed = try await secondFactors.useRecoveryCode(hash: hash, of: user.id, at: now())
            usedRecoveryCode = passed
        }
        guard passed else {
            for (limit, value) in limits { try await throttle.record(limit, value) }
            return renderCode(request, context, error: StaffAdminText.for(language).codeWrong, status: .unauthorized)
        }
        try await throttle.clear(throttle.limits.staffSignInPerAccount, user.username)
        var session = browserSessions.new()
        session.staffUserID = user.id
        session.staffSecondFactorPassed = true
        if usedRecoveryCode {
            try await audit.record(
                AuditEvent(id: ids(), actor: AuditEvent.staff(user.id), action: .staffRecoveryCodeUsed, target: AuditEvent.staff(user.id), at: now()))
            session.flash = StaffAdminText.for(language).recoveryCodeUsed(try await secondFactors.unusedRecoveryCodes(of: user.id))
        }
        browserSessions.start(session, context)
        try await staff.recordSignIn(user.id, at: now())
        return PageFrame.redirect(StaffAccess.startPage(for: user))
    }

    private func renderCode(_ request: Request, _ context: PortalRequestContext, error: String?, status: HTTPResponse.Status) -> Response {
        let words = StaffAdminText.for(frame.language(request))
        let shell = frame.shell(request, context: context, title: words.codeTitle, hasErrors: error != nil, now: now())
        let model = AccountFormPage.Model(
            shell: shell, heading: words.codeTitle, intro: [words.codeIntro], action: SiteRoute.staffSignInCode.path,
            csrfToken: browserSessions.current(context).csrfToken,
            inputs: [.init(name: "code", label: words.codeLabel, type: "text", autocomplete: "one-time-code", error: error)],
            button: words.codeButton, links: [(text: words.cancel, path: SiteRoute.staffLogin.path)])
        return PageFrame.response(AccountFormPage.render(model), status: status)
    }

    func render(
        _ request: Request, _ context: PortalRequestContext, csrf: String, username: String, error: String?,
        status: HTTPResponse.Status
    ) -> Response {
        let text = Strings.for(frame.language(request))
        let words = DirectoryText.for(frame.language(request))
        let shell = frame.shell(request, context: context, title: text.loginTitle, hasErrors: error != nil, now: now())
        return PageFrame.response(
            StaffLoginPage.render(
                .init(
                    shell: shell, action: SiteRoute.staffLogin.path, csrfToken: csrf, username: username, error: error,
                    directory: directory.map {
                        .init(action: SiteRoute.staffDirectorySignIn.path, button: words.button($0.provider.displayName), or: words.or)
                    }
                )), status: status)
    }
}
