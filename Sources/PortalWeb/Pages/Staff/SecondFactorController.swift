import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// Setting up the TOTP second factor: during a sign-in that requires it (the session is signed in
/// once the first code matches) or from one's own access page. The key is kept unconfirmed until
/// then, so reloading the page shows the same QR code; the recovery codes are shown once.
struct SecondFactorController: Sendable {
    let staff: any StaffStore
    let secondFactors: any SecondFactorStore
    let audit: any AuditTrail
    let frame: PageFrame
    let now: @Sendable () -> Date
    let ids: IDGenerator
    let browserSessions: BrowserSessions
    let throttle: Throttle
    let requirement: SecondFactorRequirement

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.staffSecondFactor.pattern, use: show)
        router.post(SiteRoute.staffSecondFactor.pattern, use: confirm)
    }

    /// Who sets up a factor here: a signed-in staff member, or one between password and factor.
    private func enrolling(_ context: PortalRequestContext) async throws -> (user: StaffUser, signedIn: Bool)? {
        if let id = context.sessions.session?.staffUserID, let user = try await staff.user(id: id), user.isActive {
            return (user, true)
        }
        return try await StaffSessionController.pendingUser(context, staff: staff, now: now()).map { ($0, false) }
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let (user, signedIn) = try await enrolling(context) else { return PageFrame.redirect(.staffLogin) }
        var factor = try await secondFactors.factor(of: user.id)
        if factor?.isConfirmed == true { return PageFrame.redirect(signedIn ? .staffOwnAccess : .staffSignInCode) }
        if factor == nil {
            try await secondFactors.begin(user.id, secret: TOTP.newSecret())
            factor = try await secondFactors.factor(of: user.id)
        }
        guard let factor else { throw PageError(.notFound) }
        return render(request, context, user: user, signedIn: signedIn, secret: factor.secret, error: nil, status: .ok)
    }

    @Sendable func confirm(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let (user, signedIn) = try await enrolling(context) else { return PageFrame.redirect(.staffLogin) }
        guard let factor = try await secondFactors.factor(of: user.id), !factor.isConfirmed else {
            return PageFrame.redirect(signedIn ? .staffOwnAccess : .staffSignInCode)
        }
        let language = frame.language(request)
        let limits = throttle.staffSignIn(user.username, from: context.clientAddress)
        if let refusal = try await throttle.check(limits).message(language) {
            return render(request, context, user: user, signedIn: signedIn, secret: factor.secret, error: refusal, status: .tooManyRequests)
        }
        let typed = String((context.form?.first("code") ?? "").prefix(40))
        let codes = RecoveryCode.make()
        guard let step = TOTP(secret: factor.secret).verify(typed, at: now(), lastUsed: nil),
            try await secondFactors.confirm(user.id, step: step, recoveryCodeHashes: codes.compactMap(RecoveryCode.hash), at: now())
        else {
            for (limit, value) in limits { try await throttle.record(limit, value) }
            let error = StaffAdminText.for(language).enrolCodeWrong
            return render(request, context, user: user, signedIn: signedIn, secret: factor.secret, error: error, status: .unprocessableContent)
        }
        try await throttle.clear(throttle.limits.staffSignInPerAccount, user.username)
        try await audit.record(
            AuditEvent(id: ids(), actor: AuditEvent.staff(user.id), action: .staffSecondFactorEnrolled, target: AuditEvent.staff(user.id), at: now()))
        if signedIn {
            var session = browserSessions.current(context)
            session.staffSecondFactorPassed = true
            browserSessions.save(session, context)
        } else {
            // The enrolment's first code is the second factor of this sign-in.
            var session = browserSessions.new()
            session.staffUserID = user.id
            session.staffSecondFactorPassed = true
            browserSessions.start(session, context)
            try await staff.recordSignIn(user.id, at: now())
        }
        let words = StaffAdminText.for(language)
        let shell = frame.shell(request, context: context, title: words.codesTitle, staffName: user.displayName, now: now())
        let model = SecondFactorPage.Model(
            shell: shell, step: .recoveryCodes(codes, continuePath: StaffAccess.startPage(for: user).path), isRequired: requirement.applies(to: user),
            action: SiteRoute.staffSecondFactor.path, csrfToken: browserSessions.current(context).csrfToken)
        var response = PageFrame.response(SecondFactorPage.render(model), status: .ok)
        // The codes are shown once: not kept in any cache.
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func render(
        _ request: Request, _ context: PortalRequestContext, user: StaffUser, signedIn: Bool, secret: [UInt8], error: String?,
        status: HTTPResponse.Status
    ) -> Response {
        let words = StaffAdminText.for(frame.language(request))
        let totp = TOTP(secret: secret)
        let shell = frame.shell(
            request, context: context, title: words.enrolTitle, hasErrors: error != nil, staffName: signedIn ? user.displayName : nil, now: now())
        let grouped = Base32.encode(secret).enumerated().map { index, character in index > 0 && index % 4 == 0 ? " \(character)" : "\(character)" }.joined()
        let model = SecondFactorPage.Model(
            shell: shell,
            step: .enrol(code: QRCode(text: totp.provisioningURI(account: user.username, issuer: frame.portalName)), secret: grouped, error: error),
            isRequired: requirement.applies(to: user), action: SiteRoute.staffSecondFactor.path, csrfToken: browserSessions.current(context).csrfToken)
        var response = PageFrame.response(SecondFactorPage.render(model), status: status)
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
