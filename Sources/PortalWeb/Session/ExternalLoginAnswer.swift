import Foundation
import Hummingbird
import PortalCore

/// An identity provider's answer arriving at the portal: the sign-in this browser started with that
/// provider and the callback's parameters. Taking it uses the started sign-in up, whatever happens
/// next: an answer is good for one try.
struct ExternalLoginAnswer {
    let pending: PendingExternalLogin
    let callback: [String: String]

    /// nil when this browser started no sign-in with `provider`, or the answer came too late.
    static func take(for provider: String, _ request: Request, _ context: PortalRequestContext, now: Date) -> ExternalLoginAnswer? {
        guard var session = context.sessions.session, let pending = session.pendingLogin, pending.provider == provider,
            now.timeIntervalSince(pending.startedAt) < PendingExternalLogin.lifetime
        else { return nil }
        session.pendingLogin = nil
        _ = context.sessions.updateSession(session)
        var callback: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where ["code", "state", "error"].contains(String(key)) {
            callback[String(key)] = String(value.prefix(4096))
        }
        return ExternalLoginAnswer(pending: pending, callback: callback)
    }
}
