import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The pay page of the demo's test platform (`TestPaymentPlatform`): pay, cancel or fail, then
/// back to the address the portal gave with the order, as a real platform would send the applicant.
struct TestPayPageController: Sendable {
    let platform: TestPaymentPlatform
    let frame: PageFrame
    let now: @Sendable () -> Date
    let browserSessions: BrowserSessions

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.testPayPage(id: "").pattern, use: show)
        router.post(SiteRoute.testPayPage(id: "").pattern, use: finish)
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let record = platform.record(id) else { throw PageError(.notFound) }
        let text = PaymentText.for(frame.language(request))
        // The buttons post with a CSRF token: the page needs a session like every form of the portal.
        let session = browserSessions.currentOrNew(context)
        browserSessions.save(session, context)
        let model = TestPayPage.Model(
            shell: frame.shell(request, context: context, title: text.testPageTitle, now: now()), description: record.description,
            amount: GermanFormat.money(record.amount.euros), purpose: record.purpose, action: SiteRoute.testPayPage(id: id).path,
            csrfToken: session.csrfToken, finished: record.transaction.status == .initial ? nil : text.status(record.transaction.status))
        return PageFrame.response(TestPayPage.render(model))
    }

    @Sendable func finish(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard platform.record(id) != nil else { throw PageError(.notFound) }
        guard let action = try (context.form ?? FormValues()).action(TestPaymentAction.self) else { throw PageError(.unknownAction) }
        let status: PaymentStatus =
            switch action {
            case .pay: .payed
            case .cancel: .canceled
            case .fail: .failed
            }
        guard let back = platform.finish(id, as: status) else { throw PageError(.notFound) }
        return PageFrame.redirect(back)
    }
}
