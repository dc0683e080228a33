import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// Staff sign-in through the authority's directory: the button starts it (a POST), the directory
/// sends the browser back, and its answer must name an account an admin created. The second factor
/// is asked as after a password: the portal's rule does not depend on how the first step was done.
extension StaffSessionController {
    /// Where the directory sends the browser back: an absolute address registered there.
    private var directoryReturn: String? {
        publicBaseURL.map { SiteRoute.absolute(SiteRoute.staffDirectoryReturn.path, base: $0) }
    }

    @Sendable func startDirectory(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let directory else { throw PageError(.notFound) }
        let words = DirectoryText.for(frame.language(request))
        guard let redirectURI = directoryReturn else {
            logger.error("directory sign-in needs BASE_URL for its return address")
            return failure(request, context, words.notConfigured, status: .serviceUnavailable)
        }
        let start: ExternalLoginStart
        do {
            start = try await directory.provider.beginLogin(redirectURI: redirectURI)
        } catch {
            logger.warning("directory could not be asked", metadata: ["reason": "\(AccountController.reason(error))"])
            return failure(request, context, words.unavailable, status: .serviceUnavailable)
        }
        var session = browserSessions.new()
        session.pendingLogin = start.pending
        // The portal's clock decides how long the answer may take.
        session.pendingLogin?.startedAt = now()
        browserSessions.start(session, context)
        return Response(status: .seeOther, headers: [.location: start.redirectURL, .cacheControl: "no-store"])
    }

    @Sendable func finishDirectory(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let directory else { throw PageError(.notFound) }
        let words = DirectoryText.for(frame.language(request))
        guard let redirectURI = directoryReturn, let answer = ExternalLoginAnswer.take(for: directory.provider.name, request, context, now: now()) else {
            return failure(request, context, words.unexpectedAnswer, status: .badRequest)
        }
        let identity: ExternalIdentity
        do {
            identity = try await directory.provider.completeLogin(answer.pending, callback: answer.callback, redirectURI: redirectURI)
        } catch let error as ExternalLoginError {
            logger.warning("directory sign-in failed", metadata: ["reason": "\(AccountController.reason(error))"])
            return switch error {
            case .cancelled: failure(request, context, words.cancelled, status: .ok)
            case .unexpectedAnswer: failure(request, context, words.unexpectedAnswer, status: .badRequest)
            case .rejected, .unavailable: failure(request, context, words.unavailable, status: .badGateway)
            }
        } catch {
            logger.error("directory sign-in failed unexpectedly", metadata: ["reason": "\(AccountController.reason(error))"])
            return failure(request, context, words.unavailable, status: .serviceUnavailable)
        }
        let users = try await staff.users()
        let user: StaffUser
        switch directory.signIn.account(for: identity, among: users) {
        case .success(let found): user = found
        case .failure(let refusal):
            // Never the subject or address: the log says only why.
            logger.notice("directory sign-in refused", metadata: ["reason": "\(refusal)"])
            return failure(request, context, words.refusal(refusal), status: .forbidden)
        }
        if let stored = users.first(where: { $0.id == user.id }), stored != user {
            try await staff.save(user)
            let actor = "directory"
            if stored.directorySubject != user.directorySubject {
                try await audit.record(
                    AuditEvent(id: ids(), actor: actor, action: .staffDirectoryLinked, target: AuditEvent.staff(user.id), at: now()))
            }
            if stored.roles != user.roles {
                try await audit.record(AuditEvent(id: ids(), actor: actor, action: .staffChanged, target: AuditEvent.staff(user.id), at: now()))
            }
        }
        return try await signIn(user, context)
    }

    private func failure(_ request: Request, _ context: PortalRequestContext, _ message: String, status: HTTPResponse.Status) -> Response {
        let words = DirectoryText.for(frame.language(request))
        let shell = frame.shell(request, context: context, title: words.failedHeading, hasErrors: status != .ok, now: now())
        return PageFrame.response(
            PlainPage.render(
                .init(
                    shell: shell, heading: words.failedHeading, paragraphs: [message],
                    link: (text: words.backToSignIn, path: SiteRoute.staffLogin.path))), status: status)
    }
}
