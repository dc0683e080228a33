import Foundation
import PortalCore
import PortalWeb

extension Portal {
    /// The Kasse's export (`serviceportal payments export`): the payments made from `from` to `to`
    /// (whole days in the authority's time zone), as CSV or JSON with the columns of `PaymentReport`.
    public func paymentsExport(from: LocalDate, to: LocalDate, json: Bool) async throws -> String {
        let timeZone = configuration.timeZone
        let payments = try await payments.payments(from: from.start(in: timeZone), to: to.adding(days: 1).start(in: timeZone))
        var names: [Service.ID: String] = [:]
        for id in Set(payments.map(\.serviceID)) { names[id] = try await catalog.service(id: id)?.slug }
        return json ? PaymentReport.json(payments, services: names).jsonText + "\n" : PaymentReport.csv(payments, services: names)
    }

    /// Asks the platform about every open payment now, not only those due, and files what was paid.
    public func checkPayments(now: @escaping @Sendable () -> Date = { Date() }) async throws -> Int {
        try await PaymentPolling(webDependencies(now: now), portalName: configuration.portalName, authority: configuration.authority).run(everyOpen: true)
    }
}
