import Foundation
import Hummingbird
import HummingbirdBcrypt
import NIOPosix
import PortalCore
import PortalViews

/// The admins' pages for staff accounts under `/intern/verwaltung`: the list, inviting by mail,
/// changing name, address, roles and org units, locking and unlocking, a new password link,
/// resetting the second factor. Every change is written to the audit trail and shown on the account.
struct StaffAdminController: Sendable {
    let staff: any StaffStore
    let secondFactors: any SecondFactorStore
    let sessions: any SessionStore
    let audit: any AuditTrail
    let mail: any MailSender
    let access: StaffAccess
    let frame: PageFrame
    let now: @Sendable () -> Date
    let ids: IDGenerator
    let publicBaseURL: String?
    let directory: StaffDirectory?

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.administration.pattern, use: home)
        router.get(SiteRoute.adminStaff.pattern, use: list)
        router.post(SiteRoute.adminStaff.pattern, use: invite)
        router.get(SiteRoute.adminStaffAccount(id: "").pattern, use: show)
        router.post(SiteRoute.adminStaffAccount(id: "").pattern, use: change)
    }

    private func words(_ request: Request) -> StaffAdminText { StaffAdminText.for(frame.language(request)) }

    private func shell(_ request: Request, _ context: PortalRequestContext, _ admin: StaffUser, title: String, hasErrors: Bool = false) -> PageShell {
        frame.shell(
            request, context: context, title: title, hasErrors: hasErrors, staffName: admin.displayName, staffHome: StaffAccess.startPage(for: admin),
            now: now())
    }

    @Sendable func home(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, _ in
            var model = AdminHomePage.Model(
                shell: shell(request, context, admin, title: words(request).administration), staffPath: SiteRoute.adminStaff.path,
                pagesPath: SiteRoute.adminPages.path, auditPath: SiteRoute.auditTrail.path,
                apiKeysPath: SiteRoute.adminAPIKeys.path, orgUnitsPath: SiteRoute.adminOrgUnits.path, settingsPath: SiteRoute.adminSettings.path,
                handoverPath: SiteRoute.adminHandover.path, statisticsPath: SiteRoute.statistics.path)
            model.paymentPlatformPath = SiteRoute.adminPaymentPlatform.path
            model.paymentsPath = SiteRoute.payments.path
            return PageFrame.response(AdminHomePage.render(model))
        }
    }

    // MARK: The list and inviting

    @Sendable func list(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            try await renderList(request, context, admin: admin, csrf: csrf, invitation: .init(), status: .ok)
        }
    }

    private func renderList(
        _ request: Request, _ context: PortalRequestContext, admin: StaffUser, csrf: String, invitation: StaffListPage.Invitation,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let words = words(request)
        let units = try await staff.orgUnits()
        let names = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let rows = try await staff.users().map { user in
            let unitNames = user.orgUnitIDs.compactMap { names[$0] }.sorted()
            return StaffListPage.Row(
                name: user.displayName, path: SiteRoute.adminStaffAccount(id: user.id.description).path, username: user.username,
                roles: StaffRole.allCases.filter(user.roles.contains).map(words.role).joined(separator: ", "),
                orgUnits: unitNames.isEmpty ? words.noOrgUnit : unitNames.joined(separator: ", "),
                lastSignIn: user.lastSignInAt.map(frame.dateTime) ?? words.never, status: statusText(of: user, words))
        }
        var model = StaffListPage.Model(
            shell: shell(request, context, admin, title: words.staffAccounts, hasErrors: invitation.hasErrors), rows: rows,
            orgUnits: units.map { (id: $0.id.description, name: $0.name) }, invitation: invitation, inviteAction: SiteRoute.adminStaff.path,
            csrfToken: csrf)
        model.offersDirectory = directory != nil
        return PageFrame.response(StaffListPage.render(model), status: status)
    }

    private func statusText(of user: StaffUser, _ words: StaffAdminText) -> String {
        !user.isActive ? words.deactivated : user.lastSignInAt == nil ? words.invited : words.active
    }

    /// The roles and org units ticked in a form; a role the portal does not have is a bad request.
    private func access(_ form: FormValues) throws -> (roles: Set<StaffRole>, units: Set<String>) {
        let roles = try form["rolle"].map { value in
            guard let role = StaffRole(rawValue: value) else { throw PageError(.badRequest("rolle")) }
            return role
        }
        return (Set(roles), Set(form["einheit"]))
    }

    private func unitIDs(_ values: Set<String>, known: [OrgUnit]) -> Set<OrgUnit.ID>? {
        let ids = Set(known.map(\.id))
        let parsed = values.compactMap { Identifier<OrgUnit>(string: $0) }
        guard parsed.count == values.count, Set(parsed).isSubset(of: ids) else { return nil }
        return Set(parsed)
    }

    @Sendable func invite(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            let words = words(request)
            let form = context.form ?? FormValues()
            var invitation = StaffListPage.Invitation()
            invitation.name = form.text("name", max: 200)
            invitation.username = form.text("benutzername", max: 100).lowercased()
            invitation.email = form.email
            let (roles, unitValues) = try access(form)
            invitation.roles = roles
            invitation.orgUnitIDs = unitValues
            invitation.directoryOnly = directory != nil && form.first("nur-verzeichnis") == "ja"
            let known = try await staff.orgUnits()
            let units = unitIDs(unitValues, known: known)
            let roster = StaffRoster(users: try await staff.users())
            let problems =
                roster.checkNewAccount(
                    displayName: invitation.name, username: invitation.username, email: invitation.email, roles: roles, orgUnits: units ?? [],
                    known: Set(known.map(\.id))) + (units == nil ? [.unknownOrgUnit] : [])
            for problem in problems {
                let message = words.error(problem)
                switch problem {
                case .nameMissing: invitation.nameError = message
                case .usernameInvalid, .usernameTaken: invitation.usernameError = message
                case .emailInvalid, .emailTaken: invitation.emailError = message
                case .noRole, .unknownOrgUnit, .deactivateSelf, .lastAdmin, .noEmail, .directoryOnly: invitation.rolesError = invitation.rolesError ?? message
                }
            }
            if invitation.hasErrors {
                return try await renderList(request, context, admin: admin, csrf: csrf, invitation: invitation, status: .unprocessableContent)
            }
            // Until the link is used the account has a password nobody knows.
            let unknowable = RandomToken.make()
            let hash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(unknowable, cost: 12) }
            var user = StaffUser(
                id: ids(), username: invitation.username, displayName: invitation.name, passwordHash: hash, roles: roles, orgUnitIDs: units ?? [],
                email: invitation.email)
            user.passwordSignInDisabled = invitation.directoryOnly
            try await staff.save(user)
            if let directory, user.passwordSignInDisabled {
                try await sendDirectoryInvitation(to: user, directory: directory)
            } else {
                try await sendLink(to: user, purpose: .invitation)
            }
            try await record(.staffInvited, by: admin, on: user)
            context.flash(words.invitedNotice(user.displayName, invitation.email))
            return PageFrame.redirect(.adminStaffAccount(id: user.id.description))
        }
    }

    /// Stores a one-time link and mails it, in the portal's language (staff have no language setting).
    private func sendLink(to user: StaffUser, purpose: StaffToken.Purpose) async throws {
        guard let email = user.email else { return }
        let token = RandomToken.make()
        try await staff.addToken(
            StaffToken(tokenHash: SHA256Hex.of(token), userID: user.id, purpose: purpose, expiresAt: now().addingTimeInterval(StaffToken.lifetime(purpose))))
        let words = StaffAdminText.for(.portalDefault)
        let link = SiteRoute.absolute(SiteRoute.staffSetPassword(token: token).path, base: publicBaseURL)
        let portal = frame.portalName
        // Only invitations and resets come here; an address change is the staff member's own (OwnAccessController).
        if purpose == .invitation {
            try await mail.send(
                Mail(to: email, subject: words.invitationSubject(portal), body: words.invitationBody(user.displayName, portal, user.username, link)))
        } else {
            try await mail.send(Mail(to: email, subject: words.resetSubject(portal), body: words.resetBody(user.displayName, portal, user.username, link)))
        }
    }

    /// An account that signs in only through the directory is told where to sign in, without a link to set a password.
    private func sendDirectoryInvitation(to user: StaffUser, directory: StaffDirectory) async throws {
        guard let email = user.email else { return }
        let words = DirectoryText.for(.portalDefault)
        let link = SiteRoute.absolute(SiteRoute.staffLogin.path, base: publicBaseURL)
        try await mail.send(
            Mail(
                to: email, subject: words.invitationSubject(frame.portalName),
                body: words.invitationBody(user.displayName, frame.portalName, directory.provider.displayName, link)))
    }

    private func record(_ action: AuditEvent.Action, by admin: StaffUser, on user: StaffUser) async throws {
        try await audit.record(AuditEvent(id: ids(), actor: AuditEvent.staff(admin.id), action: action, target: AuditEvent.staff(user.id), at: now()))
    }

    // MARK: One account

    private func account(_ context: PortalRequestContext) async throws -> StaffUser {
        guard let id = Identifier<StaffUser>(string: try context.parameters.require("id")), let user = try await staff.user(id: id) else {
            throw PageError(.notFound)
        }
        return user
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            let user = try await account(context)
            return try await renderAccount(request, context, admin: admin, csrf: csrf, user: user, edited: nil, status: .ok)
        }
    }

    /// The values an admin entered that were refused, shown again with the problems.
    private struct Edit {
        var name: String
        var email: String
        var roles: Set<StaffRole>
        var units: Set<String>
        var directoryOnly: Bool
        var problems: [StaffAdminError]
    }

    private func renderAccount(
        _ request: Request, _ context: PortalRequestContext, admin: StaffUser, csrf: String, user: StaffUser, edited: Edit?,
        actionError: StaffAdminError? = nil, status: HTTPResponse.Status
    ) async throws -> Response {
        let words = words(request)
        let units = try await staff.orgUnits()
        let checked = edited?.units ?? Set(user.orgUnitIDs.map(\.description))
        let users = Dictionary(try await staff.users().map { ($0.id.description, $0.displayName) }, uniquingKeysWith: { first, _ in first })
        let history = try await audit.events(target: AuditEvent.staff(user.id), limit: 100).map { event in
            let who = event.actor.hasPrefix("staff:") ? users[String(event.actor.dropFirst(6))] ?? event.actor : event.actor
            return StaffDetailPage.HistoryLine(when: frame.dateTime(event.at), who: who, what: words.action(event.action))
        }
        let problems = edited?.problems ?? []
        var model = StaffDetailPage.Model(
            shell: shell(request, context, admin, title: words.accountOf(user.displayName), hasErrors: !problems.isEmpty || actionError != nil),
            name: edited?.name ?? user.displayName, username: user.username, email: edited?.email ?? user.email ?? "",
            roles: edited?.roles ?? user.roles,
            orgUnits: units.map { (id: $0.id.description, name: $0.name, isChecked: checked.contains($0.id.description)) },
            isActive: user.isActive, status: statusText(of: user, words), lastSignIn: user.lastSignInAt.map(frame.dateTime) ?? words.never,
            hasSecondFactor: try await secondFactors.factor(of: user.id)?.isConfirmed == true,
            action: SiteRoute.adminStaffAccount(id: user.id.description).path, csrfToken: csrf, history: history)
        for problem in problems {
            let message = words.error(problem)
            switch problem {
            case .nameMissing: model.nameError = message
            case .emailInvalid, .emailTaken: model.emailError = message
            case .noRole, .unknownOrgUnit, .lastAdmin, .usernameInvalid, .usernameTaken, .deactivateSelf, .noEmail, .directoryOnly:
                model.rolesError = model.rolesError ?? message
            }
        }
        model.actionError = actionError.map(words.error)
        // Also without a directory configured, so an admin can give such an account its password back.
        if directory != nil || user.passwordSignInDisabled {
            model.directory = .init(
                isLinked: user.directorySubject != nil, isOnlyWay: edited?.directoryOnly ?? user.passwordSignInDisabled,
                assignsRoles: directory?.signIn.roleMapping != nil)
        }
        return PageFrame.response(StaffDetailPage.render(model), status: status)
    }

    @Sendable func change(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            let user = try await account(context)
            let words = words(request)
            let form = context.form ?? FormValues()
            guard let action = try form.action(StaffAccountAction.self) else { throw PageError(.unknownAction) }
            let roster = StaffRoster(users: try await staff.users())
            func refused(_ error: StaffAdminError) async throws -> Response {
                try await renderAccount(request, context, admin: admin, csrf: csrf, user: user, edited: nil, actionError: error, status: .unprocessableContent)
            }
            switch action {
            case .save:
                let name = form.text("name", max: 200)
                let email = form.email
                let (roles, unitValues) = try access(form)
                let directoryOnly = (directory != nil || user.passwordSignInDisabled) && form.first("nur-verzeichnis") == "ja"
                let known = try await staff.orgUnits()
                let units = unitIDs(unitValues, known: known)
                var problems: [StaffAdminError] = name.isEmpty ? [.nameMissing] : []
                if !email.isEmpty { problems += roster.checkEmail(email, of: user.id) }
                problems += roster.checkAccess(roles: roles, orgUnits: units ?? [], known: Set(known.map(\.id))) + (units == nil ? [.unknownOrgUnit] : [])
                if !roles.contains(.admin), let error = roster.checkLosingAdmin(user) { problems.append(error) }
                guard problems.isEmpty, let units else {
                    let edit = Edit(name: name, email: email, roles: roles, units: unitValues, directoryOnly: directoryOnly, problems: problems)
                    return try await renderAccount(request, context, admin: admin, csrf: csrf, user: user, edited: edit, status: .unprocessableContent)
                }
                var changed = user
                changed.displayName = name
                changed.email = email.isEmpty ? nil : email
                changed.roles = roles
                changed.orgUnitIDs = units
                changed.passwordSignInDisabled = directoryOnly
                if changed != user {
                    try await staff.save(changed)
                    try await record(.staffChanged, by: admin, on: user)
                }
                context.flash(words.saved)
            case .deactivate:
                if let error = roster.checkDeactivation(of: user, by: admin) { return try await refused(error) }
                _ = try await staff.deactivate(user.id, at: now())
                try await sessions.deleteAll(owner: SessionOwner.staff(user.id).rawValue)
                try await record(.staffDeactivated, by: admin, on: user)
                context.flash(words.deactivatedNotice)
            case .reactivate:
                if try await staff.reactivate(user.id) { try await record(.staffReactivated, by: admin, on: user) }
                context.flash(words.reactivatedNotice)
            case .sendPasswordLink:
                if user.passwordSignInDisabled { return try await refused(.directoryOnly) }
                guard let email = user.email else { return try await refused(.noEmail) }
                try await sendLink(to: user, purpose: user.lastSignInAt == nil ? .invitation : .resetPassword)
                try await record(.staffPasswordResetSent, by: admin, on: user)
                context.flash(words.passwordLinkSent(email))
            case .removeSecondFactor:
                try await secondFactors.remove(user.id)
                try await record(.staffSecondFactorRemoved, by: admin, on: user)
                context.flash(words.secondFactorRemoved)
            case .unlinkDirectory:
                if user.directorySubject != nil {
                    var changed = user
                    changed.directorySubject = nil
                    try await staff.save(changed)
                    try await record(.staffDirectoryUnlinked, by: admin, on: user)
                }
                context.flash(DirectoryText.for(frame.language(request)).unlinkedNotice)
            }
            return PageFrame.redirect(.adminStaffAccount(id: user.id.description))
        }
    }
}
