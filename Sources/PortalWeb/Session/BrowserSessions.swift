import Foundation
import Hummingbird

/// Starting, renewing and storing the browser session, with the one idle time of the portal
/// (`limits.sessionIdleTime`): every page that needs a session gets it from here.
struct BrowserSessions: Sendable {
    let idleTime: TimeInterval
    let now: @Sendable () -> Date

    /// A new session with a fresh CSRF token, not stored yet.
    func new() -> PortalSession {
        PortalSession(csrfToken: PortalSession.newToken(), expiresAt: now().addingTimeInterval(idleTime))
    }

    /// The request's session, or a new one that is not stored yet (callers change it and `save`).
    func currentOrNew(_ context: PortalRequestContext) -> PortalSession {
        context.sessions.session ?? new()
    }

    /// The request's session, started and stored when there is none, so the page's forms carry a
    /// CSRF token the next post can be checked against.
    func current(_ context: PortalRequestContext) -> PortalSession {
        if let session = context.sessions.session { return session }
        let session = new()
        start(session, context)
        return session
    }

    /// Replaces the request's session with `session` under a new cookie: on every sign-in, so a
    /// planted session id is worth nothing.
    func start(_ session: PortalSession, _ context: PortalRequestContext) {
        context.sessions.createSession(session, expiresIn: .seconds(Int64(idleTime)))
    }

    /// Stores the session for its remaining time; a request without one gets it as a new session.
    func save(_ session: PortalSession, _ context: PortalRequestContext) {
        let lifetime = Duration.seconds(Int64(max(1, session.expiresAt.timeIntervalSince(now()))))
        if !context.sessions.updateSession(session, expiresIn: lifetime) {
            context.sessions.createSession(session, expiresIn: lifetime)
        }
    }

    /// Renews the idle time. Page views renew only when a minute has passed since the last renewal,
    /// so reading pages does not write the session on every request.
    @discardableResult
    func extend(_ session: inout PortalSession, onlyIfStale: Bool = false) -> Bool {
        let renewed = now().addingTimeInterval(idleTime)
        if onlyIfStale && renewed.timeIntervalSince(session.expiresAt) < 60 { return false }
        session.expiresAt = renewed
        return true
    }
}
