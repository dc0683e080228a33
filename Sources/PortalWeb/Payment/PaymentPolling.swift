import Foundation
import PortalCore

/// The job that asks the platform about open payments and files what was paid (issue 18): an
/// applicant who closes the browser on the pay page still gets the application filed once the
/// platform reports `PAYED`. Run every minute by the background services and by
/// `serviceportal payments check`.
public struct PaymentPolling: Sendable {
    let checkout: PaymentCheckout

    public init(_ dependencies: WebDependencies, portalName: String, authority: Authority = .unnamed) {
        let frame = PageFrame(portalName: portalName, timeZone: dependencies.timeZone, authority: authority, appearance: PortalAppearance())
        let throttle = Throttle(store: dependencies.rateLimits, now: dependencies.now, limits: dependencies.limits.throttle)
        let intake = SubmissionIntake(
            submissions: dependencies.submissions, now: dependencies.now, ids: dependencies.ids, references: dependencies.references,
            timeZone: dependencies.timeZone, throttle: throttle, frame: frame, publicBaseURL: dependencies.limits.publicBaseURL)
        checkout = PaymentCheckout(
            gateway: dependencies.paymentGateway, payments: dependencies.payments, submissions: dependencies.submissions,
            uploads: dependencies.uploads, forms: PublishedForms(catalog: dependencies.catalog, handover: dependencies.handover), intake: intake,
            ids: dependencies.ids, now: dependencies.now, timeZone: dependencies.timeZone, publicBaseURL: dependencies.limits.publicBaseURL,
            logger: dependencies.logger)
    }

    /// One round: the open payments that are due (with `everyOpen`, all open ones), and paid ones
    /// whose application still waits. Returns how many were settled or filed.
    public func run(everyOpen: Bool = false) async throws -> Int {
        try await checkout.checkDue(everyOpen: everyOpen)
    }
}
