import Foundation
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Account store contract")
struct AccountStoreTests {
    @Test("Accounts are unique by address; a link works once and before it expires; an account lists its own submissions", arguments: TestDatabaseKind.allCases)
    func lifecycle(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.accounts
            let erika = CitizenAccount(id: .init(UUID()), email: "Erika@Example.de", passwordHash: "$2b$12$x", createdAt: TestClock.now)
            try await store.create(erika)
            #expect(try await store.account(email: "erika@example.DE") == erika)
            await #expect(throws: DuplicateEmail.self) {
                try await store.create(CitizenAccount(id: .init(UUID()), email: "erika@example.de", passwordHash: "y", createdAt: TestClock.now))
            }
            let token = AccountToken(tokenHash: "h1", accountID: erika.id, purpose: .verifyEmail, expiresAt: TestClock.now.addingTimeInterval(60))
            try await store.addToken(token)
            try await store.addToken(AccountToken(tokenHash: "h2", accountID: erika.id, purpose: .verifyEmail, expiresAt: TestClock.now.addingTimeInterval(60)))
            #expect(try await store.useToken(hash: "h1", purpose: .resetPassword, now: TestClock.now) == nil, "another purpose")
            #expect(try await store.useToken(hash: "h1", purpose: .verifyEmail, now: TestClock.now) == token)
            #expect(try await store.useToken(hash: "h1", purpose: .verifyEmail, now: TestClock.now) == nil, "used")
            #expect(try await store.useToken(hash: "h2", purpose: .verifyEmail, now: TestClock.now) == nil, "the older link ends with it")
            try await store.addToken(AccountToken(tokenHash: "h3", accountID: erika.id, purpose: .resetPassword, expiresAt: TestClock.now))
            #expect(try await store.useToken(hash: "h3", purpose: .resetPassword, now: TestClock.now) == nil, "expired")
            try await store.markVerified(erika.id, at: TestClock.now)
            try await store.markVerified(erika.id, at: TestClock.now.addingTimeInterval(60))
            try await store.setPassword(erika.id, hash: "neu")
            let stored = try await store.account(id: erika.id)
            #expect(stored?.verifiedAt == TestClock.now && stored?.passwordHash == "neu")

            var mine = SubmissionStoreTests.submission(test)
            mine.accountID = erika.id
            try await test.portal.submissions.create(mine, jobs: [])
            try await test.portal.submissions.create(SubmissionStoreTests.submission(test, minutes: 1), jobs: [])
            #expect(try await store.submissions(of: erika.id).map(\.reference) == [mine.reference])
            #expect(try await test.portal.submissions.submission(id: mine.id)?.accountID == erika.id)
        }
    }
}
