import Foundation
import Hummingbird
import HummingbirdBcrypt
import NIOPosix
import PortalCore
import PortalViews

/// A staff member's own access: the page with their roles and second factor, changing the password
/// (with the current one), and setting a password through an invitation or reset link.
struct OwnAccessController: Sendable {
    let staff: any StaffStore
    let secondFactors: any SecondFactorStore
    let sessions: any SessionStore
    let audit: any AuditTrail
    let access: StaffAccess
    let frame: PageFrame
    let now: @Sendable () -> Date
    let ids: IDGenerator
    let browserSessions: BrowserSessions
    let throttle: Throttle
    let requirement: SecondFactorRequirement
    let mail: any MailSender
    let publicBaseURL: String?
    /// The directory's name when staff sign in through it.
    var directoryDisplayName: String?

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.staffOwnAccess.pattern, use: show)
        router.post(SiteRoute.staffOwnPassword.pattern, use: changePassword)
        router.get(SiteRoute.staffSetPassword(token: "").pattern, use: showSetPassword)
        router.post(SiteRoute.staffSetPassword(token: "").pattern, use: setPassword)
        router.post(SiteRoute.staffOwnEmail.pattern, use: requestEmailChange)
        router.get(SiteRoute.staffEmailConfirm(token: "").pattern, use: showEmailConfirmation)
        router.post(SiteRoute.staffEmailConfirm(token: "").pattern, use: confirmEmail)
    }

    /// How the directory is called in texts about accounts that sign in only there.
    var directoryName: String { directoryDisplayName ?? "Verzeichnis" }

    static func hash(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: 12) }
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: Set(StaffRole.allCases)) { user, csrf in
            try await render(request, context, user: user, csrf: csrf, currentError: nil, newError: nil, status: .ok)
        }
    }

    @Sendable func changePassword(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: Set(StaffRole.allCases)) { user, csrf in
            let language = frame.language(request)
            let words = StaffAdminText.for(language)
            if user.passwordSignInDisabled {
                return try await render(request, context, user: user, csrf: csrf, currentError: nil, newError: nil, status: .conflict)
            }
            let form = context.form ?? FormValues()
            let current = String((form.first("bisheriges_passwort") ?? "").prefix(200))
            let new = String((form.first("neues_passwort") ?? "").prefix(200))
            let limits = throttle.staffSignIn(user.username, from: context.clientAddress)
            if let refusal = try await throttle.check(limits).message(language) {
                return try await render(request, context, user: user, csrf: csrf, currentError: refusal, newError: nil, status: .tooManyRequests)
            }
            let hash = user.passwordHash
            let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(current, hash: hash) }
            let problem = CitizenAccount.passwordProblem(new, email: user.email ?? "")?.message(language)
            guard matches, !current.isEmpty, problem == nil else {
                if !matches { for (limit, value) in limits { try await throttle.record(limit, value) } }
                return try await render(
                    request, context, user: user, csrf: csrf, currentError: matches ? nil : words.currentPasswordWrong, newError: problem,
                    status: .unprocessableContent)
            }
            try await staff.setPassword(user.id, hash: try await Self.hash(new))
            try await audit.record(
                AuditEvent(id: ids(), actor: AuditEvent.staff(user.id), action: .staffPasswordSet, target: AuditEvent.staff(user.id), at: now()))
            // Every other session of the account ends; this one goes on under a new cookie.
            try await sessions.deleteAll(owner: SessionOwner.staff(user.id).rawValue)
            var session = browserSessions.new()
            session.staffUserID = user.id
            session.staffSecondFactorPassed = context.sessions.session?.staffSecondFactorPassed
            session.flash = words.passwordChanged
            browserSessions.start(session, context)
            return PageFrame.redirect(.staffOwnAccess)
        }
    }

    private func render(
        _ request: Request, _ context: PortalRequestContext, user: StaffUser, csrf: String, currentError: String?, newError: String?,
        status: HTTPResponse.Status, email: (entered: String, error: String?, passwordError: String?)? = nil
    ) async throws -> Response {
        let language = frame.language(request)
        let words = StaffAdminText.for(language)
        let units = try await staff.orgUnits().filter { user.orgUnitIDs.contains($0.id) }.map(\.name)
        var factorText: String?
        if let factor = try await secondFactors.factor(of: user.id), let since = factor.confirmedAt {
            factorText = words.secondFactorActive(frame.dateTime(since), try await secondFactors.unusedRecoveryCodes(of: user.id))
        }
        let shell = frame.shell(
            request, context: context, title: words.ownAccessTitle,
            hasErrors: currentError != nil || newError != nil || email?.error != nil || email?.passwordError != nil, staffName: user.displayName,
            staffHome: StaffAccess.startPage(for: user), now: now())
        var model = StaffOwnAccessPage.Model(
            shell: shell, name: user.displayName, username: user.username, email: user.email,
            roles: StaffRole.allCases.filter(user.roles.contains).map(words.role), orgUnits: units, passwordAction: SiteRoute.staffOwnPassword.path,
            csrfToken: csrf, secondFactor: factorText, secondFactorRequired: requirement.applies(to: user), enrolPath: SiteRoute.staffSecondFactor.path)
        model.currentPasswordError = currentError
        model.newPasswordError = newError
        model.emailAction = SiteRoute.staffOwnEmail.path
        if user.passwordSignInDisabled { model.directoryOnly = DirectoryText.for(language).passwordSignInOff(directoryName) }
        if let email {
            model.enteredEmail = email.entered
            model.emailError = email.error
            model.emailPasswordError = email.passwordError
        }
        return PageFrame.response(StaffOwnAccessPage.render(model), status: status)
    }

    // MARK: Setting a password through a mailed link

    private func token(_ context: PortalRequestContext) throws -> String {
        let token = try context.parameters.require("token")
        guard (20...100).contains(token.count) else { throw PageError(.notFound) }
        return token
    }

    @Sendable func showSetPassword(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await setPasswordForm(request, context, token: try token(context), error: nil, status: .ok)
    }

    @Sendable func setPassword(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let token = try token(context)
        let language = frame.language(request)
        let words = StaffAdminText.for(language)
        guard let pending = try await staff.token(hash: SHA256Hex.of(token), now: now()), pending.purpose != .changeEmail,
            let user = try await staff.user(id: pending.userID), user.isActive, !user.passwordSignInDisabled
        else {
            return try await setPasswordForm(request, context, token: token, error: nil, status: .gone)
        }
        let password = String((context.form?.first("passwort") ?? "").prefix(200))
        // The link stays usable until a good password is chosen.
        if let problem = CitizenAccount.passwordProblem(password, email: user.email ?? "") {
            return try await setPasswordForm(request, context, token: token, error: problem.message(language), status: .unprocessableContent)
        }
        guard let used = try await staff.useToken(hash: SHA256Hex.of(token), now: now()) else {
            return try await setPasswordForm(request, context, token: token, error: nil, status: .gone)
        }
        try await staff.setPassword(used.userID, hash: try await Self.hash(password))
        try await audit.record(
            AuditEvent(id: ids(), actor: AuditEvent.staff(used.userID), action: .staffPasswordSet, target: AuditEvent.staff(used.userID), at: now()))
        // Whoever knew the old password is signed out everywhere.
        try await sessions.deleteAll(owner: SessionOwner.staff(used.userID).rawValue)
        var session = browserSessions.new()
        session.flash = words.passwordSaved
        browserSessions.start(session, context)
        return PageFrame.redirect(.staffLogin)
    }

    private func setPasswordForm(
        _ request: Request, _ context: PortalRequestContext, token: String, error: String?, status: HTTPResponse.Status
    ) async throws -> Response {
        let words = StaffAdminText.for(frame.language(request))
        guard let pending = try await staff.token(hash: SHA256Hex.of(token), now: now()), pending.purpose != .changeEmail,
            let user = try await staff.user(id: pending.userID), user.isActive, !user.passwordSignInDisabled
        else {
            let shell = frame.shell(request, context: context, title: words.setPasswordTitle, now: now())
            return PageFrame.response(
                PlainPage.render(
                    .init(
                        shell: shell, heading: words.setPasswordTitle, paragraphs: [words.linkInvalid],
                        link: (text: Strings.for(frame.language(request)).loginTitle, path: SiteRoute.staffLogin.path))),
                status: status == .ok ? .gone : status)
        }
        let shell = frame.shell(request, context: context, title: words.setPasswordTitle, hasErrors: error != nil, now: now())
        let model = AccountFormPage.Model(
            shell: shell, heading: words.setPasswordTitle, intro: [words.setPasswordIntro(user.displayName, user.username)],
            action: SiteRoute.staffSetPassword(token: token).path, csrfToken: browserSessions.current(context).csrfToken,
            inputs: [
                .init(name: "passwort", label: words.newPassword, type: "password", autocomplete: "new-password", hint: words.newPasswordHint, error: error)
            ],
            button: words.setPasswordButton)
        return PageFrame.response(AccountFormPage.render(model), status: status)
    }

    // MARK: Changing one's own address

    @Sendable func requestEmailChange(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: Set(StaffRole.allCases)) { user, csrf in
            let language = frame.language(request)
            let words = StaffAdminText.for(language)
            if user.passwordSignInDisabled {
                return try await render(request, context, user: user, csrf: csrf, currentError: nil, newError: nil, status: .conflict)
            }
            let form = context.form ?? FormValues()
            let email = form.email
            let password = String((form.first("passwort") ?? "").prefix(200))
            let limits = throttle.staffSignIn(user.username, from: context.clientAddress)
            if let refusal = try await throttle.check(limits).message(language) {
                return try await render(
                    request, context, user: user, csrf: csrf, currentError: nil, newError: nil, status: .tooManyRequests, email: (email, nil, refusal))
            }
            let emailError = StaffRoster(users: try await staff.users()).checkEmail(email, of: user.id).first.map(words.error)
            let hash = user.passwordHash
            let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
            guard emailError == nil, matches, !password.isEmpty else {
                if !matches { for (limit, value) in limits { try await throttle.record(limit, value) } }
                return try await render(
                    request, context, user: user, csrf: csrf, currentError: nil, newError: nil, status: .unprocessableContent,
                    email: (email, emailError, matches ? nil : words.currentPasswordWrong))
            }
            let token = RandomToken.make()
            try await staff.addToken(
                StaffToken(
                    tokenHash: SHA256Hex.of(token), userID: user.id, purpose: .changeEmail,
                    expiresAt: now().addingTimeInterval(StaffToken.lifetime(.changeEmail)), newEmail: email))
            let link = SiteRoute.absolute(SiteRoute.staffEmailConfirm(token: token).path, base: publicBaseURL)
            let mails = StaffAdminText.for(.portalDefault)
            try await mail.send(
                Mail(to: email, subject: mails.emailConfirmSubject(frame.portalName), body: mails.emailConfirmBody(user.displayName, frame.portalName, link)))
            context.flash(words.emailLinkSent(email))
            return PageFrame.redirect(.staffOwnAccess)
        }
    }

    private func emailToken(_ context: PortalRequestContext) async throws -> (token: String, pending: StaffToken?) {
        let token = try self.token(context)
        let pending = try await staff.token(hash: SHA256Hex.of(token), now: now())
        return (token, pending?.purpose == .changeEmail ? pending : nil)
    }

    @Sendable func showEmailConfirmation(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let words = StaffAdminText.for(frame.language(request))
        let (token, pending) = try await emailToken(context)
        let shell = frame.shell(request, context: context, title: words.confirmEmailTitle, now: now())
        guard let pending, let email = pending.newEmail else {
            return PageFrame.response(
                PlainPage.render(.init(shell: shell, heading: words.confirmEmailTitle, paragraphs: [words.linkInvalid])), status: .gone)
        }
        var model = PlainPage.Model(shell: shell, heading: words.confirmEmailTitle, paragraphs: [words.confirmEmailText(email)])
        model.buttons = [PostButton(label: words.confirmEmailButton, action: SiteRoute.staffEmailConfirm(token: token).path, secondary: false)]
        model.csrfToken = browserSessions.current(context).csrfToken
        return PageFrame.response(PlainPage.render(model))
    }

    @Sendable func confirmEmail(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let words = StaffAdminText.for(frame.language(request))
        let (token, pending) = try await emailToken(context)
        guard pending != nil, let used = try await staff.useToken(hash: SHA256Hex.of(token), now: now()), let email = used.newEmail,
            var user = try await staff.user(id: used.userID), user.isActive,
            StaffRoster(users: try await staff.users()).checkEmail(email, of: user.id).isEmpty
        else {
            let shell = frame.shell(request, context: context, title: words.confirmEmailTitle, now: now())
            return PageFrame.response(
                PlainPage.render(.init(shell: shell, heading: words.confirmEmailTitle, paragraphs: [words.linkInvalid])), status: .gone)
        }
        let old = user.email
        user.email = email
        try await staff.save(user)
        try await audit.record(
            AuditEvent(id: ids(), actor: AuditEvent.staff(user.id), action: .staffEmailChanged, target: AuditEvent.staff(user.id), at: now()))
        // The old address hears of it, so a stolen session cannot quietly redirect the account's mail.
        if let old, old != email {
            let mails = StaffAdminText.for(.portalDefault)
            try await mail.send(
                Mail(to: old, subject: mails.emailChangedSubject(frame.portalName), body: mails.emailChangedBody(user.displayName, frame.portalName, email)))
        }
        context.flash(words.emailChanged(email))
        return PageFrame.redirect(context.sessions.session?.staffUserID == user.id ? .staffOwnAccess : .staffLogin)
    }
}
