import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The payment platform for admins (issue 18): the settings in force and "Verbindung testen",
/// which reads a transaction that does not exist; the platform's "not found" proves address,
/// credentials and certificates without moving any money.
struct PaymentPlatformAdminController: Sendable {
    let gateway: (any PaymentGateway)?
    let frame: PageFrame
    let now: @Sendable () -> Date
    let access: StaffAccess
    let browserSessions: BrowserSessions

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.adminPaymentPlatform.pattern, use: page)
        router.post(SiteRoute.adminPaymentPlatform.pattern, use: test)
    }

    @Sendable func page(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            let text = PaymentText.for(frame.language(request))
            var model = PaymentPlatformPage.Model(
                shell: frame.shell(
                    request, context: context, title: text.platformTitle, staffName: admin.displayName, staffHome: .administration, now: now()),
                info: gateway?.info, isTest: gateway?.isTest ?? false, action: SiteRoute.adminPaymentPlatform.path, csrfToken: csrf)
            // The result of the test just made, once.
            if var session = context.sessions.session, let result = session.paymentConnection {
                model.result = (text.connection(result.connection), result.connection == .works)
                session.paymentConnection = nil
                browserSessions.save(session, context)
            }
            return PageFrame.response(PaymentPlatformPage.render(model))
        }
    }

    @Sendable func test(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { _, _ in
            guard let gateway else { return PageFrame.redirect(.adminPaymentPlatform) }
            var failure: PaymentFailure?
            do {
                _ = try await gateway.transaction("verbindungstest-\(RandomToken.make().prefix(12))", originator: nil, endpoint: nil)
            } catch let error as PaymentFailure {
                failure = error
            } catch {
                failure = .unreachable("\(error)")
            }
            if var session = context.sessions.session {
                session.paymentConnection = .init(connection: PaymentConnection.judge(failure))
                browserSessions.save(session, context)
            }
            return PageFrame.redirect(.adminPaymentPlatform)
        }
    }
}
