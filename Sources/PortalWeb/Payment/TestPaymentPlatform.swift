import Foundation
import PortalCore
import Synchronization

/// The demo's payment platform, in the portal's own process (`serviceportal demo` without
/// `PAYMENT_PROVIDER_URL`): it answers like an XBezahldienste platform, and its pay page
/// (`/testzahlung/{id}`) lets the applicant pay, cancel or fail. No money moves, and every page of
/// the payment says so. Transactions live in memory: a restart forgets them.
public final class TestPaymentPlatform: PaymentGateway {
    struct Record: Sendable {
        var transaction: XBezahldienste.Transaction
        var requestID: String
        var amount: MoneyAmount
        var purpose: String
        var description: String
        var redirectURL: String
    }

    private let records = Mutex<[String: Record]>([:])
    private let ids: @Sendable () -> String

    public init(ids: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }) {
        self.ids = ids
    }

    public var isTest: Bool { true }
    public var info: PaymentGatewayInfo { PaymentGatewayInfo(address: nil, authentication: .none, originatorID: "demo", endpointID: "demo") }

    public func create(_ order: PaymentOrder, originator: String?, endpoint: String?) async throws(PaymentFailure) -> XBezahldienste.Transaction {
        if !order.problems.isEmpty {
            throw .problem(
                XBezahldienste.Problem(
                    status: 400, title: "Invalid request", detail: order.problems.joined(separator: ", "), functionalCode: "VALIDATION_ERROR"))
        }
        let id = ids()
        let result: Result<XBezahldienste.Transaction, PaymentFailure> = records.withLock { records in
            // The same request is the same transaction; the same request for another amount is refused.
            if let known = records.values.first(where: { $0.requestID == order.requestID }) {
                guard known.amount == order.total else {
                    return .failure(.problem(XBezahldienste.Problem(status: 409, title: "Payment exists", functionalCode: "PAYMENT_EXISTS")))
                }
                return .success(known.transaction)
            }
            let transaction = XBezahldienste.Transaction(
                id: id, reference: order.requestID, payPageURL: "/testzahlung/\(id)", status: .initial, amount: order.total)
            records[id] = Record(
                transaction: transaction, requestID: order.requestID, amount: order.total, purpose: order.purpose, description: order.description,
                redirectURL: order.redirectURL)
            return .success(transaction)
        }
        return try result.get()
    }

    public func transaction(_ id: String, originator: String?, endpoint: String?) async throws(PaymentFailure) -> XBezahldienste.Transaction {
        guard let record = records.withLock({ $0[id] }) else {
            throw .problem(XBezahldienste.Problem(status: 404, title: "Not found", functionalCode: "TRANSACTION_NOT_FOUND"))
        }
        return record.transaction
    }

    /// What the pay page shows: nil for an unknown transaction.
    func record(_ id: String) -> Record? {
        records.withLock { $0[id] }
    }

    /// Ends an open transaction as if the applicant chose so on the pay page (tests of a browser
    /// that never came back).
    public func finishForTests(_ id: String, as status: PaymentStatus) -> String? {
        finish(id, as: status)
    }

    /// Ends an open transaction as the applicant chose; returns where the platform sends them back to.
    func finish(_ id: String, as status: PaymentStatus) -> String? {
        records.withLock { records in
            guard var record = records[id] else { return nil }
            if record.transaction.status == .initial {
                record.transaction.status = status
                record.transaction.method = status == .payed ? .other : nil
                records[id] = record
            }
            return record.redirectURL
        }
    }
}
