import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// Signing in through an identity provider: the button starts it (a POST, so no page can start it
/// behind the person's back), the provider sends the browser back, and the answer becomes a
/// session. An unknown person gets a new account; a signed-in person connects the provider to
/// their account. The session's trust level is the provider's word for this sign-in.
extension AccountController {
    func registerExternal(on router: Router<PortalRequestContext>) {
        router.post(SiteRoute.accountExternalStart(provider: "").pattern, use: startExternal)
        router.get(SiteRoute.accountExternalReturn(provider: "").pattern, use: finishExternal)
        router.post(SiteRoute.accountExternalUnlink(provider: "").pattern, use: unlinkExternal)
    }

    func identityText(_ request: Request) -> IdentityText { IdentityText.for(frame.language(request)) }

    private func provider(_ context: PortalRequestContext) throws -> any IdentityProvider {
        let name = try context.parameters.require("provider")
        guard let provider = identityProviders.first(where: { $0.name == name }) else { throw PageError(.notFound) }
        return provider
    }

    /// Where the provider sends the browser back: an absolute address the provider has registered.
    private func redirectURI(_ provider: any IdentityProvider) -> String? {
        guard let publicBaseURL else { return nil }
        return SiteRoute.absolute(SiteRoute.accountExternalReturn(provider: provider.name).path, base: publicBaseURL)
    }

    var gate: SignInGate { SignInGate(identityProviders: identityProviders, frame: frame, now: now, browserSessions: browserSessions) }

    @Sendable func startExternal(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let provider = try provider(context)
        let text = identityText(request)
        // Connecting a provider to an account with a password asks for that password first.
        var linkApproved = false
        if let current = try await signedIn(context), current.hasPassword,
            try await !accounts.identities(of: current.id).contains(where: { $0.provider == provider.name })
        {
            guard try await passwordMatches(current, context) else {
                return try await renderHome(current, request, context, connectError: text.linkPasswordWrong, status: .unprocessableContent)
            }
            linkApproved = true
        }
        guard let redirectURI = redirectURI(provider) else {
            logger.error("external sign-in needs BASE_URL for its return address", metadata: ["provider": "\(provider.name)"])
            return notice(request, context, heading: text.failedHeading, paragraphs: [text.notConfigured], status: .serviceUnavailable)
        }
        let start: ExternalLoginStart
        do {
            start = try await provider.beginLogin(redirectURI: redirectURI)
        } catch {
            logger.warning("identity provider could not be asked", metadata: ["provider": "\(provider.name)", "reason": "\(Self.reason(error))"])
            return notice(request, context, heading: text.failedHeading, paragraphs: [text.unavailable], status: .serviceUnavailable)
        }
        var session = context.sessions.session ?? browserSessions.new()
        session.pendingLogin = start.pending
        session.pendingLogin?.linkApproved = linkApproved ? true : nil
        // The portal's clock decides how long the answer may take.
        session.pendingLogin?.startedAt = now()
        if context.sessions.session == nil {
            browserSessions.start(session, context)
        } else {
            _ = context.sessions.updateSession(session)
        }
        return Response(status: .seeOther, headers: [.location: start.redirectURL, .cacheControl: "no-store"])
    }

    @Sendable func finishExternal(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let provider = try provider(context)
        let text = identityText(request)
        let back = (text: AccountText.for(frame.language(request)).loginLink, path: SiteRoute.accountLogin.path)
        // The answer is good for one try: whatever happens next, the started sign-in is used up.
        guard let redirectURI = redirectURI(provider), let answer = ExternalLoginAnswer.take(for: provider.name, request, context, now: now()),
            let session = context.sessions.session
        else {
            return notice(request, context, heading: text.failedHeading, paragraphs: [text.unexpectedAnswer], link: back, status: .badRequest)
        }
        let pending = answer.pending
        let identity: ExternalIdentity
        do {
            identity = try await provider.completeLogin(pending, callback: answer.callback, redirectURI: redirectURI)
        } catch let error as ExternalLoginError {
            logger.warning("external sign-in failed", metadata: ["provider": "\(provider.name)", "reason": "\(Self.reason(error))"])
            return switch error {
            case .cancelled: notice(request, context, heading: text.failedHeading, paragraphs: [text.cancelled], link: back)
            case .unexpectedAnswer: notice(request, context, heading: text.failedHeading, paragraphs: [text.unexpectedAnswer], link: back, status: .badRequest)
            case .rejected: notice(request, context, heading: text.failedHeading, paragraphs: [text.rejected], link: back, status: .badGateway)
            case .unavailable: notice(request, context, heading: text.failedHeading, paragraphs: [text.unavailable], link: back, status: .serviceUnavailable)
            }
        } catch {
            // An adapter's unforeseen failure is the provider's trouble, not a page error.
            logger.error("external sign-in failed unexpectedly", metadata: ["provider": "\(provider.name)", "reason": "\(Self.reason(error))"])
            return notice(request, context, heading: text.failedHeading, paragraphs: [text.unavailable], link: back, status: .serviceUnavailable)
        }
        let key = IdentityKey(provider: identity.provider, subject: identity.subject)
        // Connecting the provider to the signed-in account.
        if let current = try await signedIn(context) {
            let known = try await accounts.identities(of: current.id).contains { $0.provider == key.provider && $0.subject == key.subject }
            // A new identity needs the account's password, given with the button: whoever sat at an
            // open session could otherwise connect their own ID card and open cases filed with another.
            if !known && current.hasPassword && pending.linkApproved != true {
                return notice(
                    request, context, heading: text.failedHeading, paragraphs: [text.linkNeedsPassword(provider.displayName)],
                    link: (AccountText.for(frame.language(request)).myAccount, SiteRoute.accountHome.path + "#anmeldewege"), status: .forbidden)
            }
            do {
                try await accounts.recordSignIn(identity, account: current.id, at: now())
            } catch is IdentityLinkedElsewhere {
                return notice(
                    request, context, heading: text.failedHeading, paragraphs: [text.linkedElsewhere(provider.displayName)],
                    link: (AccountText.for(frame.language(request)).myAccount, SiteRoute.accountHome.path), status: .conflict)
            }
            if !known { await tellLinked(current, provider: provider.displayName) }
            // A higher level is a new sign-in: a new session id goes with it.
            return PageFrame.redirect(
                signIn(
                    current, level: max(session.trustLevel ?? .basic, identity.trustLevel), identity: key, context,
                    flash: text.linked(provider.displayName)))
        }
        // Signing in with a connected provider.
        if let account = try await accounts.account(provider: identity.provider, subject: identity.subject) {
            try await accounts.recordSignIn(identity, account: account.id, at: now())
            return PageFrame.redirect(signIn(account, level: identity.trustLevel, identity: key, context))
        }
        // Someone new: an account from what the provider tells, with its address as the account's.
        guard let email = identity.email, Mail.isPlausibleAddress(email) else {
            return notice(
                request, context, heading: text.failedHeading, paragraphs: [text.noEmail(provider.displayName)], link: back, status: .unprocessableContent)
        }
        // An address the provider has not confirmed makes no account: whoever holds the mailbox
        // could later set a password on it while the provider's sign-in stays linked.
        guard identity.emailVerified else {
            return notice(
                request, context, heading: text.failedHeading, paragraphs: [text.emailNotConfirmed(provider.displayName)], link: back,
                status: .unprocessableContent)
        }
        // An existing account is never taken over by an address a provider reports; its holder connects it.
        if try await accounts.account(email: email) != nil {
            return notice(
                request, context, heading: text.failedHeading, paragraphs: [text.emailHasAccount(provider.displayName)], link: back, status: .conflict)
        }
        let account = CitizenAccount(
            id: ids(), email: email, verifiedAt: now(), passwordHash: "", createdAt: now(),
            profile: identity.profile, language: frame.language(request), trustLevel: identity.trustLevel
        )
        do {
            try await accounts.create(account, linkedTo: identity, at: now())
        } catch is DuplicateEmail {
            return notice(
                request, context, heading: text.failedHeading, paragraphs: [text.emailHasAccount(provider.displayName)], link: back, status: .conflict)
        } catch is IdentityLinkedElsewhere {
            // The same person finished a second sign-in a moment ago: use the account it made.
            guard let made = try await accounts.account(provider: identity.provider, subject: identity.subject) else { throw IdentityLinkedElsewhere() }
            return PageFrame.redirect(signIn(made, level: identity.trustLevel, identity: key, context))
        }
        return PageFrame.redirect(signIn(account, level: identity.trustLevel, identity: key, context, flash: text.accountCreated))
    }

    @Sendable func unlinkExternal(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let provider = try provider(context)
        guard let account = try await signedIn(context), var session = context.sessions.session else { return PageFrame.redirect(.accountLogin) }
        let text = identityText(request)
        // The last way in stays: without a password the account could not be reached again.
        guard account.hasPassword else {
            return notice(
                request, context, heading: text.failedHeading, paragraphs: [text.unlinkNeedsPassword],
                link: (AccountText.for(frame.language(request)).myAccount, SiteRoute.accountHome.path), status: .conflict)
        }
        try await accounts.unlink(provider: provider.name, account: account.id)
        session.trustLevel = .basic
        session.flash = text.unlinked(provider.displayName)
        _ = context.sessions.updateSession(session)
        return PageFrame.redirect(SiteRoute.accountHome.path + "#anmeldewege")
    }

    /// Mails the account holder that a provider was connected, so a connection they did not make is noticed.
    private func tellLinked(_ account: CitizenAccount, provider: String) async {
        let text = IdentityText.for(account.language)
        do {
            try await mail.send(
                Mail(
                    to: account.email, subject: text.linkedMailSubject,
                    body: text.linkedMailBody(provider, link(.accountForgot))))
        } catch {
            logger.error("mail about a connected provider not queued", metadata: ["error": "\(String(describing: error).addressesRedacted)"])
        }
    }

    /// What goes into the log about a failed sign-in: the adapter's reason, which never holds claims.
    static func reason(_ error: any Error) -> String {
        switch error as? ExternalLoginError {
        case .cancelled: "cancelled"
        case .unexpectedAnswer(let reason), .rejected(let reason), .unavailable(let reason): reason
        case nil: String(describing: type(of: error))
        }
    }
}
