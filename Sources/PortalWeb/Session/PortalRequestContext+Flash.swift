import Foundation

extension PortalRequestContext {
    /// A message shown once, on the next page of this session (after a redirect); nothing
    /// without a session.
    func flash(_ message: String) {
        guard var session = sessions.session else { return }
        session.flash = message
        _ = sessions.updateSession(session)
    }
}
