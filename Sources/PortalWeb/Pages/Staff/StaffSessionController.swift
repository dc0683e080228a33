import Foundation
import Hummingbird
import HummingbirdBcrypt
import NIOPosix
import PortalCore
import PortalViews

/// Sign-in and sign-out of staff. Errors are generic (no hint whether the account exists), failed
/// attempts are throttled per account and per address, and signing in starts a new session.
struct StaffSessionController: Sendable {
    let staff: any StaffStore
    let frame: PageFrame
    let now: @Sendable () -> Date
    let browserSessions: BrowserSessions
    let throttle: Throttle

    /// Verifying against this when the account does not exist takes as long as a real check.
    static let dummyHash = Bcrypt.hash("kein-konto-vorhanden", cost: 12)

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.staffLogin.pattern, use: showLogin)
        router.post(SiteRoute.staffLogin.pattern, use: login)
        router.post(SiteRoute.staffLogout.pattern, use: logout)
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
        let limits = [(throttle.limits.failuresPerClient, context.clientAddress), (throttle.limits.staffSignInPerAccount, username)]
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
        try await throttle.clear(throttle.limits.staffSignInPerAccount, username)
        // A new session (new cookie, new token) on sign-in, so a planted session id is worth nothing.
        var session = browserSessions.new()
        session.staffUserID = user.id
        browserSessions.start(session, context)
        return PageFrame.redirect(StaffAccess.startPage(for: user))
    }

    @Sendable func logout(_ request: Request, context: PortalRequestContext) async throws -> Response {
        context.sessions.clearSession()
        return PageFrame.redirect(SiteRoute.staffLogin)
    }

    private func render(
        _ request: Request, _ context: PortalRequestContext, csrf: String, username: String, error: String?,
        status: HTTPResponse.Status
    ) -> Response {
        let text = Strings.for(frame.language(request))
        let shell = frame.shell(request, context: context, title: text.loginTitle, hasErrors: error != nil, now: now())
        return PageFrame.response(
            StaffLoginPage.render(
                .init(
                    shell: shell, action: SiteRoute.staffLogin.path, csrfToken: csrf, username: username, error: error
                )), status: status)
    }
}
