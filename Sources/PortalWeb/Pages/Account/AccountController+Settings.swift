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
    func passwordMatches(_ account: CitizenAccount, _ context: PortalRequestContext) async throws -> Bool {
        let password = String((context.form?.first("passwort") ?? "").prefix(200))
        let hash = account.passwordHash
        guard !password.isEmpty, account.hasPassword else { return false }
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    @Sendable func saveProfile(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let account = try await signedIn(context) else { return PageFrame.redirect(.accountLogin) }
        let form = context.form ?? FormValues()
        func value(_ name: String) -> String { form.text(name, max: 300) }
        let profile = CitizenProfile(
            givenName: value("vorname"), familyName: value("nachname"), street: value("strasse"),
            postalCode: value("plz"), city: value("ort"), phone: value("telefon"))
        if let problem = profile.problem {
            return try await renderHome(
                account, request, context, profileError: problem.message(frame.language(request)), profile: profile, status: .unprocessableContent)
        }
        try await accounts.saveProfile(account.id, profile)
        context.flash(text(request).profileSaved)
        return PageFrame.redirect(SiteRoute.accountHome.path + "#angaben")
    }

    @Sendable func changeEmail(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let account = try await signedIn(context) else { return PageFrame.redirect(.accountLogin) }
        let text = text(request)
        let email = (context.form ?? FormValues()).email
        guard Mail.isPlausibleAddress(email) else {
            return try await renderHome(
                account, request, context, emailError: email.isEmpty ? text.emailMissing : text.emailInvalid, status: .unprocessableContent)
        }
        guard try await passwordMatches(account, context) else {
            return try await renderHome(account, request, context, emailError: text.wrongPassword, status: .unprocessableContent)
        }
        // A taken address gets the same answer and no mail, so nobody learns which addresses have accounts.
        if email != account.email, try await accounts.account(email: email) == nil {
            let token = try await newToken(account, .changeEmail, newEmail: email)
            try await mail.send(Mail(to: email, subject: text.changeMailSubject, body: text.changeMailBody(link(.accountEmailConfirm(token: token)))))
        }
        context.flash(text.changeEmailSent(email))
        return PageFrame.redirect(SiteRoute.accountHome.path + "#email-aendern")
    }

    @Sendable func showEmailConfirm(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let text = text(request)
        return form(
            request, context, heading: text.confirmHeading, intro: [text.confirmIntro], action: .accountEmailConfirm(token: try token(context)),
            inputs: [], button: text.confirmButton)
    }

    @Sendable func confirmEmail(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let text = text(request)
        guard let used = try await accounts.useToken(hash: SHA256Hex.of(try token(context)), purpose: .changeEmail, now: now()), let email = used.newEmail
        else {
            return notice(request, context, heading: text.linkInvalid, paragraphs: [text.linkInvalidText], status: .gone)
        }
        do {
            try await accounts.changeEmail(used.accountID, to: email)
        } catch is DuplicateEmail {
            return notice(request, context, heading: text.linkInvalid, paragraphs: [text.emailTaken], status: .conflict)
        }
        try await endSessions(of: used.accountID)
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
        try await endSessions(of: account.id)
        context.sessions.clearSession()
        return notice(request, context, heading: text.deleteHeading, paragraphs: [text.deleted])
    }
}
