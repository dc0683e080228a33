import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The Kasse's reconciliation (issue 18): the online payments of a period, filtered by state and
/// service, as a page and as CSV. Treasury staff see their units' services, admins all.
struct PaymentsController: Sendable {
    let payments: any PaymentStore
    let catalog: any CatalogStore
    let staff: any StaffStore
    let frame: PageFrame
    let timeZone: TimeZone
    let now: @Sendable () -> Date
    let access: StaffAccess

    static let roles: Set<StaffRole> = [.treasury, .admin]
    /// The longest period one list covers.
    static let maximumDays = 366

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.payments.pattern, use: page)
        router.get(SiteRoute.paymentsExport.pattern, use: export)
    }

    /// The filters as chosen, checked.
    struct Choice {
        var from: String
        var to: String
        var status: String
        var service: String
        var errors: [(field: String, message: String)] = []
        var range: (start: Date, end: Date)?
    }

    private func choice(_ request: Request, _ language: Language) -> Choice {
        let query = request.uri.queryParameters
        let today = LocalDate(now(), in: timeZone)
        let text = PaymentText.for(language)
        var choice = Choice(
            from: query["von"].map(String.init) ?? today.firstOfMonth.german, to: query["bis"].map(String.init) ?? today.german,
            status: query["stand"].map(String.init) ?? "", service: query["leistung"].map(String.init) ?? "")
        choice.from = String(choice.from.prefix(40))
        choice.to = String(choice.to.prefix(40))
        func day(_ text: String) -> LocalDate? { LocalDate(german: text) ?? LocalDate(iso: text) }
        let start = day(choice.from)
        let end = day(choice.to)
        if start == nil { choice.errors.append(("von", text.dateInvalid(choice.from))) }
        if end == nil { choice.errors.append(("bis", text.dateInvalid(choice.to))) }
        if let start, let end {
            if end < start || start.adding(days: Self.maximumDays) <= end {
                choice.errors.append(("bis", text.rangeInvalid))
            } else {
                choice.range = (start.start(in: timeZone), end.adding(days: 1).start(in: timeZone))
            }
        }
        if !choice.status.isEmpty, PaymentStatus(rawValue: choice.status) == nil { choice.status = "" }
        return choice
    }

    /// The payments of the chosen period the user may see, with the services' names.
    private func rows(_ choice: Choice, user: StaffUser) async throws -> (payments: [Payment], services: [Service.ID: Service]) {
        let units = user.roles.contains(.admin) ? Set(try await staff.orgUnits().map(\.id)) : Set(user.orgUnitIDs)
        let services = Dictionary(
            try await catalog.services(of: units).map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
        guard let range = choice.range else { return ([], services) }
        let chosen = choice.service.isEmpty ? nil : services.values.first { $0.slug == choice.service }?.id
        let payments = try await payments.payments(from: range.start, to: range.end).filter { payment in
            services[payment.serviceID] != nil && (chosen == nil || payment.serviceID == chosen)
                && (choice.status.isEmpty || payment.status.rawValue == choice.status)
        }
        return (payments, services)
    }

    @Sendable func page(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: Self.roles) { user, _ in
            let language = frame.language(request)
            let text = PaymentText.for(language)
            let choice = choice(request, language)
            let (payments, services) = try await rows(choice, user: user)
            let shell = frame.shell(
                request, context: context, title: text.paymentsTitle, hasErrors: !choice.errors.isEmpty, staffName: user.displayName, staffHome: .payments,
                now: now())
            var model = PaymentsPage.Model(
                shell: shell, action: SiteRoute.payments.path, from: choice.from, to: choice.to, status: choice.status, service: choice.service,
                services: services.values.sorted { $0.title < $1.title }.map { ($0.slug, $0.title) })
            model.errors = choice.errors
            model.rows = payments.map { payment in
                PaymentsPage.Row(
                    time: frame.dateTime(payment.createdAt), reference: payment.reference ?? "–",
                    service: services[payment.serviceID]?.title(language) ?? "", amount: GermanFormat.money(payment.amount.euros),
                    status: text.status(payment.status), method: payment.method.map(text.method) ?? "–", transaction: payment.transactionID ?? "–",
                    booking: PaymentReport.bookingText(payment.bookingData))
            }
            let paid = payments.filter { $0.status == .payed }.reduce(MoneyAmount.zero) { $0 + $1.amount }
            model.sum = text.sum(payments.count, GermanFormat.money(paid.euros))
            if choice.errors.isEmpty { model.csvPath = SiteRoute.paymentsExport.path + (request.uri.query.map { "?" + $0 } ?? "") }
            return PageFrame.response(PaymentsPage.render(model), status: choice.errors.isEmpty ? .ok : .unprocessableContent)
        }
    }

    @Sendable func export(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: Self.roles) { user, _ in
            let choice = choice(request, frame.language(request))
            guard choice.errors.isEmpty else { throw PageError(.badRequest(choice.errors.map(\.message).joined(separator: " "))) }
            let (payments, services) = try await rows(choice, user: user)
            let csv = PaymentReport.csv(payments, services: services.mapValues(\.slug))
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8", .cacheControl: "private, no-store",
                    .contentDisposition: "attachment; filename=\"zahlungen.csv\"",
                ], body: .init(byteBuffer: ByteBuffer(string: csv)))
        }
    }
}
