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
}
