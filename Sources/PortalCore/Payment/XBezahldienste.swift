import Foundation

/// The wire format of the XBezahldienste REST interface that German payment platforms (ePayBL,
/// pmPayment, ePay21) offer: the body that creates a transaction, the transaction the platform
/// answers with, and its problem answers. Only the format; `PaymentPlatform` speaks HTTP.
public enum XBezahldienste {
    /// A platform's report of one transaction.
    public struct Transaction: Hashable, Sendable {
        /// At most 44 characters.
        public var id: String
        public var reference: String?
        /// The platform's pay page, where the applicant is sent.
        public var payPageURL: String?
        public var timestamp: String?
        public var method: PaymentMethod?
        public var methodDetail: String?
        public var status: PaymentStatus
        public var statusDetail: String?
        /// The amount the platform confirms, when it says one.
        public var amount: MoneyAmount?

        public init(
            id: String, reference: String? = nil, payPageURL: String? = nil, timestamp: String? = nil, method: PaymentMethod? = nil,
            methodDetail: String? = nil, status: PaymentStatus, statusDetail: String? = nil, amount: MoneyAmount? = nil
        ) {
            self.id = id
            self.reference = reference
            self.payPageURL = payPageURL
            self.timestamp = timestamp
            self.method = method
            self.methodDetail = methodDetail
            self.status = status
            self.statusDetail = statusDetail
            self.amount = amount
        }
    }

    /// A problem answer (`application/problem+json`) with the interface's functional code.
    public struct Problem: Hashable, Sendable, Error {
        public var status: Int
        public var title: String?
        public var detail: String?
        /// `PAYMENT_EXISTS`, `VALIDATION_ERROR`, `CALCULATION_ERROR`, `BOOKING_DATA_MISSING`, `NO_VALID_ORIGINATOR_OR_ENDPOINT` …
        public var functionalCode: String?

        public init(status: Int, title: String? = nil, detail: String? = nil, functionalCode: String? = nil) {
            self.status = status
            self.title = title
            self.detail = detail
            self.functionalCode = functionalCode
        }
    }

    /// `2026-12-05T11:30:00.000Z`: UTC with milliseconds, as the interface writes times.
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// The body of `POST {base}/paymenttransaction/{originatorId}/{endpointId}`.
    public static func createBody(_ order: PaymentOrder, at date: Date) -> JSONValue {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func amount(_ value: MoneyAmount) -> JSONValue { .number(value.euros) }
        var members: [JSONValue.Member] = [
            .init("requestId", .string(order.requestID)),
            .init("requestTimestamp", .string(timestamp(date))),
            .init("currency", .string("EUR")),
            .init("grosAmount", amount(order.total)),
            .init("purpose", .string(order.purpose)),
            .init("description", .string(order.description)),
            .init("redirectUrl", .string(order.redirectURL)),
            .init(
                "items",
                .array(
                    order.items.map { item in
                        let (net, tax) = item.totalGross.split(taxRatePercent: item.taxRatePercent)
                        let (singleNet, singleTax) = item.singleGross.split(taxRatePercent: item.taxRatePercent)
                        return .object([
                            .init("id", .string(item.id)), .init("reference", .string(item.reference)), .init("description", .string(item.description)),
                            .init("taxRate", .number(Decimal(item.taxRatePercent))), .init("quantity", .number(Decimal(item.quantity))),
                            .init("totalNetAmount", amount(net)), .init("totalTaxAmount", amount(tax)), .init("singleNetAmount", amount(singleNet)),
                            .init("singleTaxAmount", amount(singleTax)),
                            .init("bookingData", .object(item.bookingData.sorted { $0.key < $1.key }.map { .init($0.key, .string($0.value)) })),
                        ])
                    })),
        ]
        if let requestor = order.requestor {
            members.append(
                .init(
                    "requestor",
                    .object([
                        .init("name", .string(requestor.name)), .init("firstName", text(requestor.firstName)),
                        .init("isOrganization", .bool(requestor.organizationName != nil)), .init("organizationName", text(requestor.organizationName)),
                        .init(
                            "address",
                            .object([
                                .init("street", text(requestor.street)), .init("houseNumber", text(requestor.houseNumber)),
                                .init("postalCode", text(requestor.postalCode)), .init("city", text(requestor.city)), .init("country", text(requestor.country)),
                            ])),
                    ])))
        }
        return .object(members)
    }

    /// Reads a platform's answer: the `paymentInformation` of a create or status answer. Nil when
    /// it is not one (no id, an id longer than 44 characters, an unknown status).
    public static func transaction(from json: JSONValue) -> Transaction? {
        guard let information = json["paymentInformation"], case .string(let id)? = information["transactionId"], (1...44).contains(id.count),
            case .string(let statusText)? = information["status"], let status = PaymentStatus(rawValue: statusText)
        else { return nil }
        func text(_ key: String) -> String? {
            if case .string(let value)? = information[key], !value.isEmpty { return value }
            return nil
        }
        var amount: MoneyAmount?
        if case .number(let euros)? = json["paymentRequest"]?["grosAmount"] { amount = MoneyAmount(euros: euros) }
        return Transaction(
            id: id, reference: text("transactionReference"), payPageURL: text("transactionRedirectUrl"), timestamp: text("transactionTimestamp"),
            method: text("paymentMethod").flatMap { PaymentMethod(rawValue: $0) ?? .other }, methodDetail: text("paymentMethodDetail"),
            status: status, statusDetail: text("statusDetail"), amount: amount)
    }

    /// Reads a problem answer; fields the body lacks stay nil.
    public static func problem(from json: JSONValue, status: Int) -> Problem {
        func text(_ key: String) -> String? {
            if case .string(let value)? = json[key] { return value }
            return nil
        }
        return Problem(status: status, title: text("title"), detail: text("detail"), functionalCode: text("functionalCode"))
    }
}
