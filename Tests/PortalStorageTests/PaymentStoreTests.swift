import Foundation
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Payment store contract")
struct PaymentStoreTests {
    static func payment(_ number: Int, at instant: Date = TestClock.now) -> Payment {
        Payment(
            id: Identifier(UUID(uuidString: "00000000-0000-4000-8000-00000000\(String(format: "%04d", number))")!), requestID: "anfrage-\(number)",
            serviceID: Service.mock.id, amount: MoneyAmount(cents: 5000 + number), purpose: "BAU-2026-K7QM-4XD2 Gebuehr", createdAt: instant)
    }

    @Test(
        "Added, a repeated request refused, the transaction attached, due checks found, a final status kept against later reports",
        arguments: TestDatabaseKind.allCases)
    func lifecycle(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let store = SQLPaymentStore(database: database)
            let now = TestClock.now
            let first = Self.payment(1)
            try await store.add(first)
            #expect(try await store.payment(id: first.id) == first)
            var again = Self.payment(2)
            again.requestID = first.requestID
            await #expect(throws: DuplicatePaymentRequest(requestID: first.requestID)) { try await store.add(again) }
            #expect(try await store.payment(id: again.id) == nil, "nothing of the refused one is kept")

            try await store.attach(first.id, transactionID: "T-1", payPageURL: "https://pay.example/T-1", at: now, nextCheckAt: now.addingTimeInterval(120))
            #expect(try await store.due(at: now.addingTimeInterval(60), limit: 10).isEmpty)
            #expect(try await store.due(at: now.addingTimeInterval(120), limit: 10).map(\.id) == [first.id])
            let unattached = Self.payment(3)
            try await store.add(unattached)
            #expect(try await store.due(at: now.addingTimeInterval(86_400), limit: 10).map(\.id) == [first.id], "no transaction, nothing to ask about")

            let paid = try await store.report(first.id, status: .payed, method: .giropay, at: now.addingTimeInterval(130), nextCheckAt: nil)
            #expect(paid.status == .payed && paid.method == .giropay && paid.nextCheckAt == nil && paid.checkedAt == now.addingTimeInterval(130))
            let late = try await store.report(first.id, status: .canceled, method: nil, at: now.addingTimeInterval(200), nextCheckAt: nil)
            #expect(late == paid, "a final status is not changed by a later report")
            #expect(try await store.due(at: now.addingTimeInterval(86_400), limit: 10).isEmpty)

            let submission = Identifier<Submission>(UUID(uuidString: "00000000-0000-4000-8000-00000000aaaa")!)
            try await store.link(first.id, to: submission)
            #expect(try await store.payments(of: submission).map(\.id) == [first.id])
            #expect(try await store.payment(requestID: "anfrage-1")?.submissionID == submission)
            await #expect(throws: NotFound.self) { try await store.link(Self.payment(9).id, to: submission) }
            await #expect(throws: NotFound.self) { try await store.report(Self.payment(9).id, status: .payed, method: nil, at: now, nextCheckAt: nil) }
        }
    }

    @Test("The Kasse's list: payments of a period, oldest first, with amounts in cents", arguments: TestDatabaseKind.allCases)
    func period(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let store = SQLPaymentStore(database: database)
            for number in 1...4 { try await store.add(Self.payment(number, at: TestClock.now.addingTimeInterval(Double(number) * 3600))) }
            let listed = try await store.payments(from: TestClock.now.addingTimeInterval(2 * 3600), to: TestClock.now.addingTimeInterval(4 * 3600))
            #expect(listed.map(\.requestID) == ["anfrage-2", "anfrage-3"] && listed.map(\.amount.cents) == [5002, 5003])
        }
    }

    static func pending(_ number: Int, draft: String, at instant: Date = TestClock.now) -> PendingApplication {
        PendingApplication(
            id: Identifier(UUID(uuidString: "00000000-0000-4000-8000-0000000b\(String(format: "%04d", number))")!),
            reference: Reference("BAU-2026-K7QM-4XD\(number)")!, serviceID: Service.mock.id,
            formVersionID: Identifier(UUID(uuidString: "00000000-0000-4000-8000-00000000f001")!),
            values: ["name": ["Jürgen Müller"], "anzahl": ["2"]], checkedOn: TestClock.today, draftID: draft, language: .german,
            accessCode: "K7QM4XD29ABC", amount: MoneyAmount(cents: 6000), createdAt: instant)
    }

    @Test(
        "An application waits with its payment and the booking data; one per draft; given up, abandoned after a week unless paid, found when paid",
        arguments: TestDatabaseKind.allCases)
    func pendingApplications(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let store = SQLPaymentStore(database: database)
            let waiting = Self.pending(1, draft: "entwurf-1")
            var payment = Self.payment(1)
            payment.submissionID = waiting.id
            payment.reference = waiting.reference.rawValue
            payment.bookingData = ["Haushaltsstelle": "1.1100.4310", "Objekt": "Ä-1"]
            payment.items = [
                .init(description: "Grundgebühr", amount: MoneyAmount(cents: 5000)), .init(description: "Bäume: 2 × 5,00 €", amount: MoneyAmount(cents: 1000)),
            ]
            try await store.addPending(waiting, payment: payment)
            #expect(try await store.pendingApplication(id: waiting.id) == waiting)
            #expect(try await store.pendingApplication(draftID: "entwurf-1") == waiting)
            #expect(try await store.payment(id: payment.id) == payment, "reference and booking data kept")
            // The same draft once more (a double click): refused, nothing of it kept.
            var second = Self.payment(2)
            second.submissionID = Self.pending(2, draft: "entwurf-1").id
            await #expect(throws: DuplicatePaymentRequest.self) { try await store.addPending(Self.pending(2, draft: "entwurf-1"), payment: second) }
            #expect(try await store.payment(id: second.id) == nil)
            #expect(try await store.pendingApplication(id: Self.pending(2, draft: "entwurf-1").id) == nil)

            // Paid: found as waiting to be filed, and kept however old.
            try await store.attach(payment.id, transactionID: "T-1", payPageURL: nil, at: TestClock.now, nextCheckAt: nil)
            try await store.report(payment.id, status: .payed, method: .paypal, at: TestClock.now, nextCheckAt: nil)
            #expect(try await store.paidWaiting(limit: 10).map(\.id) == [payment.id])
            let unpaid = Self.pending(3, draft: "entwurf-3")
            var third = Self.payment(3)
            third.submissionID = unpaid.id
            try await store.addPending(unpaid, payment: third)
            #expect(try await store.deleteAbandonedPending(before: TestClock.now.addingTimeInterval(1)) == 1)
            #expect(try await store.pendingApplication(id: waiting.id) != nil, "a paid one waits to be filed")
            #expect(try await store.pendingApplication(id: unpaid.id) == nil)
            #expect(try await store.payment(id: third.id) != nil, "the payment stays for the record")
            try await store.discardPending(id: waiting.id)
            #expect(try await store.pendingApplication(id: waiting.id) == nil)
            #expect(try await store.paidWaiting(limit: 10).isEmpty)
        }
    }
}
