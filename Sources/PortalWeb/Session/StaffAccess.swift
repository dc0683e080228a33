import Foundation
import Hummingbird
import PortalCore

/// The one check in front of every back-office page: a signed-in staff member holding one of the
/// roles. Anyone else is sent to sign in (no session) or refused (wrong role). The session's idle
/// time is renewed at most once a minute, so browsing does not write on every page.
struct StaffAccess: Sendable {
    let staff: any StaffStore
    let now: @Sendable () -> Date
    let browserSessions: BrowserSessions
    /// Who must have passed a second factor (`STAFF_TOTP_REQUIRED`).
    var secondFactor: SecondFactorRequirement = .admins

    func run(
        _ context: PortalRequestContext, allowing roles: Set<StaffRole>,
        _ page: (_ user: StaffUser, _ csrfToken: String) async throws -> Response
    ) async throws -> Response {
        guard var session = context.sessions.session, let id = session.staffUserID, let user = try await staff.user(id: id), user.isActive else {
            return PageFrame.redirect(SiteRoute.staffLogin)
        }
        // A session from before the requirement (or before the admin role was given) signs in again.
        guard session.staffSecondFactorPassed == true || !secondFactor.applies(to: user) else {
            context.sessions.clearSession()
            return PageFrame.redirect(SiteRoute.staffLogin)
        }
        guard !user.roles.isDisjoint(with: roles) else { throw PageError(.noPermission(start: Self.startPage(for: user).path)) }
        if browserSessions.extend(&session, onlyIfStale: true) { browserSessions.save(session, context) }
        return try await page(user, session.csrfToken)
    }

    /// Where a staff member starts: where their work is (cases, editing, reviewing, privacy, pages).
    static func startPage(for user: StaffUser) -> SiteRoute {
        user.roles.contains(.caseWorker)
            ? .inbox(.init())
            : user.roles.contains(.editor)
                ? .editorHome
                : user.roles.contains(.reviewer)
                    ? .reviewHome
                    : user.roles.contains(.privacyOfficer)
                        ? .processingRecords
                        : user.roles.contains(.admin)
                            ? .administration
                            : user.roles.contains(.statistics) ? .statistics : user.roles.contains(.treasury) ? .payments : .staffOwnAccess
    }
}
