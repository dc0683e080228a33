import Foundation
import PortalCore
import SQLKit

/// `PaymentStore` on SQLite and PostgreSQL.
public struct SQLPaymentStore: PaymentStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    static let columns =
        "id, request_id, service_id, submission_id, amount_cents, purpose, transaction_id, pay_page_url, status, method, created_at, checked_at, next_check_at, reference, booking_data, items"

    public func add(_ payment: Payment) async throws {
        do {
            try await database.write { db in try await Self.insert(payment, on: db) }
        } catch {
            // The unique request id refused it: the caller reads the payment it names.
            if let existing = try? await self.payment(requestID: payment.requestID), existing.id != payment.id {
                throw DuplicatePaymentRequest(requestID: payment.requestID)
            }
            throw error
        }
    }

    static func insert(_ payment: Payment, on db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO payments (\(unsafeRaw: Self.columns))
            VALUES (\(bind: payment.id.description), \(bind: payment.requestID), \(bind: payment.serviceID.description),
                    \(bind: payment.submissionID?.description), \(bind: Int64(payment.amount.cents)), \(bind: payment.purpose),
                    \(bind: payment.transactionID), \(bind: payment.payPageURL), \(bind: payment.status.rawValue), \(bind: payment.method?.rawValue),
                    \(bind: SQLTime.encode(payment.createdAt)), \(bind: payment.checkedAt.map(SQLTime.encode)),
                    \(bind: payment.nextCheckAt.map(SQLTime.encode)), \(bind: payment.reference),
                    \(bind: payment.bookingData.isEmpty ? nil : JSONValue.object(payment.bookingData.sorted { $0.key < $1.key }.map { JSONValue.Member($0.key, .string($0.value)) }).jsonText),
                    \(bind: payment.items.isEmpty ? nil : String(decoding: try JSONEncoder().encode(payment.items), as: UTF8.self)))
            """
        ).run()
    }

    public func attach(_ id: Payment.ID, transactionID: String, payPageURL: String?, at instant: Date, nextCheckAt: Date?) async throws {
        try await database.write { db in
            guard
                try await db.raw(
                    """
                    UPDATE payments SET transaction_id = \(bind: transactionID), pay_page_url = \(bind: payPageURL), checked_at = \(bind: SQLTime.encode(instant)),
                        next_check_at = CASE WHEN status = 'INITIAL' THEN \(bind: nextCheckAt.map(SQLTime.encode)) ELSE NULL END
                    WHERE id = \(bind: id.description) RETURNING id
                    """
                ).first() != nil
            else { throw NotFound("payment") }
        }
    }

    @discardableResult
    public func report(_ id: Payment.ID, status: PaymentStatus, method: PaymentMethod?, at instant: Date, nextCheckAt: Date?) async throws -> Payment {
        try await database.write { db in
            // Only an open payment takes a report; a final one stays as it is.
            try await db.raw(
                """
                UPDATE payments SET status = \(bind: status.rawValue), method = COALESCE(\(bind: method?.rawValue), method), checked_at = \(bind: SQLTime.encode(instant)),
                    next_check_at = \(bind: status.isFinal ? nil : nextCheckAt.map(SQLTime.encode))
                WHERE id = \(bind: id.description) AND status = 'INITIAL'
                """
            ).run()
            guard let row = try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM payments WHERE id = \(bind: id.description)").first() else {
                throw NotFound("payment")
            }
            return try Self.payment(row)
        }
    }

    public func link(_ id: Payment.ID, to submission: Submission.ID) async throws {
        try await database.write { db in
            guard
                try await db.raw(
                    "UPDATE payments SET submission_id = \(bind: submission.description) WHERE id = \(bind: id.description) RETURNING id"
                ).first() != nil
            else { throw NotFound("payment") }
        }
    }

    public func payment(id: Payment.ID) async throws -> Payment? {
        try await database.reader.raw("SELECT \(unsafeRaw: Self.columns) FROM payments WHERE id = \(bind: id.description)").first().map(Self.payment)
    }

    public func payment(requestID: String) async throws -> Payment? {
        try await database.reader.raw("SELECT \(unsafeRaw: Self.columns) FROM payments WHERE request_id = \(bind: requestID)").first().map(Self.payment)
    }

    public func payments(of submission: Submission.ID) async throws -> [Payment] {
        try await database.reader.raw(
            "SELECT \(unsafeRaw: Self.columns) FROM payments WHERE submission_id = \(bind: submission.description) ORDER BY created_at, id"
        ).all().map(Self.payment)
    }

    public func due(at instant: Date, limit: Int) async throws -> [Payment] {
        try await database.reader.raw(
            """
            SELECT \(unsafeRaw: Self.columns) FROM payments
            WHERE status = 'INITIAL' AND transaction_id IS NOT NULL AND next_check_at <= \(bind: SQLTime.encode(instant))
            ORDER BY next_check_at, id LIMIT \(bind: limit)
            """
        ).all().map(Self.payment)
    }

    public func payments(from start: Date, to end: Date) async throws -> [Payment] {
        try await database.reader.raw(
            """
            SELECT \(unsafeRaw: Self.columns) FROM payments
            WHERE created_at >= \(bind: SQLTime.encode(start)) AND created_at < \(bind: SQLTime.encode(end)) ORDER BY created_at, id
            """
        ).all().map(Self.payment)
    }

    static func payment(_ row: any SQLRow) throws -> Payment {
        let statusText = try row.decode(column: "status", as: String.self)
        guard let status = PaymentStatus(rawValue: statusText) else { throw CorruptRow(column: "status", value: statusText) }
        return Payment(
            id: try StoredID.decode(row, "id"), requestID: try row.decode(column: "request_id", as: String.self),
            serviceID: try StoredID.decode(row, "service_id"),
            submissionID: try row.decode(column: "submission_id", as: String?.self).flatMap { Identifier<Submission>(string: $0) },
            amount: MoneyAmount(cents: Int(try row.decode(column: "amount_cents", as: Int64.self))),
            purpose: try row.decode(column: "purpose", as: String.self),
            transactionID: try row.decode(column: "transaction_id", as: String?.self), payPageURL: try row.decode(column: "pay_page_url", as: String?.self),
            status: status, method: try row.decode(column: "method", as: String?.self).flatMap(PaymentMethod.init(rawValue:)),
            createdAt: SQLTime.decode(try row.decode(column: "created_at", as: Int64.self)),
            checkedAt: try row.decode(column: "checked_at", as: Int64?.self).map(SQLTime.decode),
            nextCheckAt: try row.decode(column: "next_check_at", as: Int64?.self).map(SQLTime.decode),
            reference: try row.decode(column: "reference", as: String?.self),
            bookingData: try row.decode(column: "booking_data", as: String?.self).map(Self.bookingData) ?? [:],
            items: try row.decode(column: "items", as: String?.self).map { try JSONDecoder().decode([Payment.Item].self, from: Data($0.utf8)) } ?? [])
    }

    static func bookingData(_ text: String) -> [String: String] {
        guard case .object(let members)? = try? JSONParser.parse(Array(text.utf8)) else { return [:] }
        var data: [String: String] = [:]
        for member in members { if case .string(let value) = member.value { data[member.key] = value } }
        return data
    }

    // MARK: Pending applications

    public func addPending(_ pending: PendingApplication, payment: Payment) async throws {
        let payload = try database.cipher.seal(text: String(decoding: try JSONEncoder().encode(pending), as: UTF8.self))
        do {
            try await database.write { db in
                try await db.raw(
                    """
                    INSERT INTO pending_applications (id, draft_id, reference, service_id, created_at, payload)
                    VALUES (\(bind: pending.id.description), \(bind: pending.draftID), \(bind: pending.reference.rawValue),
                            \(bind: pending.serviceID.description), \(bind: SQLTime.encode(pending.createdAt)), \(bind: payload))
                    """
                ).run()
                try await Self.insert(payment, on: db)
                // The uploads wait with the application, a day longer than it is kept.
                let until = pending.createdAt.addingTimeInterval(PendingApplication.keepTime + 86_400)
                try await db.raw(
                    """
                    UPDATE uploads SET expires_at = \(bind: SQLTime.encode(until))
                    WHERE owner = \(bind: pending.draftID) AND submission_id IS NULL AND expires_at < \(bind: SQLTime.encode(until))
                    """
                ).run()
            }
        } catch {
            if try await pendingApplication(draftID: pending.draftID) != nil { throw DuplicatePaymentRequest(requestID: payment.requestID) }
            throw error
        }
    }

    public func pendingApplication(id: Submission.ID) async throws -> PendingApplication? {
        try await database.reader.raw("SELECT payload FROM pending_applications WHERE id = \(bind: id.description)").first().map(pending)
    }

    public func pendingApplication(draftID: String) async throws -> PendingApplication? {
        try await database.reader.raw("SELECT payload FROM pending_applications WHERE draft_id = \(bind: draftID)").first().map(pending)
    }

    private func pending(_ row: any SQLRow) throws -> PendingApplication {
        let payload = try database.cipher.open(text: try row.decode(column: "payload", as: String.self))
        return try JSONDecoder().decode(PendingApplication.self, from: Data(payload.utf8))
    }

    public func discardPending(id: Submission.ID) async throws {
        try await database.write { db in
            try await db.raw("DELETE FROM pending_applications WHERE id = \(bind: id.description)").run()
        }
    }

    public func paidWaiting(limit: Int) async throws -> [Payment] {
        try await database.reader.raw(
            """
            SELECT \(unsafeRaw: Self.columns) FROM payments
            WHERE status = 'PAYED' AND submission_id IN (SELECT id FROM pending_applications)
            ORDER BY created_at, id LIMIT \(bind: limit)
            """
        ).all().map(Self.payment)
    }

    public func deleteAbandonedPending(before instant: Date) async throws -> Int {
        try await database.write { db in
            try await db.raw(
                """
                DELETE FROM pending_applications WHERE created_at < \(bind: SQLTime.encode(instant))
                AND NOT EXISTS (SELECT 1 FROM payments WHERE payments.submission_id = pending_applications.id AND payments.status = 'PAYED')
                RETURNING id
                """
            ).all().count
        }
    }
}
