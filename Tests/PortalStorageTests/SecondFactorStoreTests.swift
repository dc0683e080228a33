import Foundation
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Second factor store contract")
struct SecondFactorStoreTests {
    @Test(
        "Enrolment is confirmed once; a step and a recovery code are accepted once each, also when two requests race; removal forgets all",
        arguments: TestDatabaseKind.allCases)
    func lifecycle(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let staff = SQLStaffStore(database: database)
            for unit in DemoCatalog.orgUnits { try await staff.save(unit) }
            let user = StaffUser(
                id: Identifier(UUID()), username: "anna", displayName: "Anna Schäfer", passwordHash: "$2b$12$x", roles: [.admin],
                orgUnitIDs: [DemoCatalog.waterAuthority.id])
            try await staff.save(user)
            let store = SQLSecondFactorStore(database: database)
            let secret = Array("12345678901234567890".utf8)

            #expect(try await store.factor(of: user.id) == nil)
            try await store.begin(user.id, secret: Array(repeating: 7, count: 20))
            try await store.begin(user.id, secret: secret)  // a restarted enrolment replaces the unconfirmed secret
            #expect(try await store.factor(of: user.id) == SecondFactor(userID: user.id, secret: secret))
            #expect(try await !store.accept(step: 10, of: user.id), "no code counts before the enrolment is confirmed")

            #expect(try await store.confirm(user.id, step: 100, recoveryCodeHashes: ["h1", "h2", "h2"], at: TestClock.now))
            #expect(try await !store.confirm(user.id, step: 101, recoveryCodeHashes: [], at: TestClock.now), "confirmed once")
            #expect(try await store.factor(of: user.id) == SecondFactor(userID: user.id, secret: secret, confirmedAt: TestClock.now, lastStep: 100))
            try await store.begin(user.id, secret: Array(repeating: 1, count: 20))
            #expect(try await store.factor(of: user.id)?.secret == secret, "a confirmed factor is not replaced by a new enrolment")

            #expect(try await !store.accept(step: 100, of: user.id), "the enrolment's own code")
            #expect(try await !store.accept(step: 99, of: user.id))
            let racing = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<4 { group.addTask { (try? await store.accept(step: 101, of: user.id)) ?? false } }
                return await group.reduce(into: 0) { $0 += $1 ? 1 : 0 }
            }
            #expect(racing == 1)

            #expect(try await store.unusedRecoveryCodes(of: user.id) == 2)
            #expect(try await store.useRecoveryCode(hash: "h1", of: user.id, at: TestClock.now))
            #expect(try await !store.useRecoveryCode(hash: "h1", of: user.id, at: TestClock.now))
            #expect(try await !store.useRecoveryCode(hash: "h9", of: user.id, at: TestClock.now))
            #expect(try await store.unusedRecoveryCodes(of: user.id) == 1)

            try await store.remove(user.id)
            #expect(try await store.factor(of: user.id) == nil)
            #expect(try await store.unusedRecoveryCodes(of: user.id) == 0)
            #expect(try await !store.useRecoveryCode(hash: "h2", of: user.id, at: TestClock.now))
        }
    }
}
