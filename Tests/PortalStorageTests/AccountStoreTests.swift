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

    @Test(
        "An identity links to one account; sign-ins raise the account's trust level and never lower it; links go with the account",
        arguments: TestDatabaseKind.allCases)
    func linkedIdentities(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let store = test.portal.accounts
            let anna = ExternalIdentity(
                provider: "oidc", subject: "sub-anna", email: "anna@example.de", emailVerified: true,
                givenName: "Anna", familyName: "Müller", trustLevel: .substantial)
            let account = CitizenAccount(
                id: .init(UUID()), email: "anna@example.de", verifiedAt: TestClock.now, passwordHash: "", createdAt: TestClock.now,
                profile: anna.profile, trustLevel: .substantial)
            try await store.create(account, linkedTo: anna, at: TestClock.now)
            let stored = try #require(try await store.account(provider: "oidc", subject: "sub-anna"))
            #expect(stored == account)
            #expect(!stored.hasPassword && stored.profile.familyName == "Müller")
            #expect(try await store.account(provider: "other", subject: "sub-anna") == nil)
            #expect(try await store.account(provider: "oidc", subject: "sub-bernd") == nil)

            // A second account with the same identity is refused; so is the same address.
            await #expect(throws: IdentityLinkedElsewhere.self) {
                try await store.create(
                    CitizenAccount(id: .init(UUID()), email: "anders@example.de", passwordHash: "", createdAt: TestClock.now),
                    linkedTo: anna, at: TestClock.now)
            }
            #expect(try await store.account(email: "anders@example.de") == nil, "the refused account was not kept")
            await #expect(throws: DuplicateEmail.self) {
                var other = anna
                other.subject = "sub-zwei"
                try await store.create(
                    CitizenAccount(id: .init(UUID()), email: "anna@example.de", passwordHash: "", createdAt: TestClock.now),
                    linkedTo: other, at: TestClock.now)
            }
            #expect(try await store.account(provider: "oidc", subject: "sub-zwei") == nil, "nor its link")

            // A later sign-in at a higher level raises the account; a lower one does not lower it.
            var high = anna
            high.trustLevel = .high
            let later = TestClock.now.addingTimeInterval(3600)
            try await store.recordSignIn(high, account: account.id, at: later)
            #expect(try await store.account(id: account.id)?.trustLevel == .high)
            var low = anna
            low.trustLevel = .basic
            try await store.recordSignIn(low, account: account.id, at: later.addingTimeInterval(60))
            #expect(try await store.account(id: account.id)?.trustLevel == .high)
            let links = try await store.identities(of: account.id)
            #expect(
                links == [
                    LinkedIdentity(
                        provider: "oidc", subject: "sub-anna", accountID: account.id, trustLevel: .basic,
                        linkedAt: TestClock.now, lastUsedAt: later.addingTimeInterval(60))
                ])

            // Another account cannot take the identity over; a new identity links to a password account.
            let bernd = CitizenAccount(id: .init(UUID()), email: "bernd@example.de", passwordHash: "$2b$12$x", createdAt: TestClock.now)
            try await store.create(bernd)
            #expect(try await store.account(email: "bernd@example.de")?.trustLevel == .basic)
            await #expect(throws: IdentityLinkedElsewhere.self) { try await store.recordSignIn(anna, account: bernd.id, at: later) }
            let berndID = ExternalIdentity(provider: "oidc", subject: "sub-bernd", trustLevel: .substantial)
            try await store.recordSignIn(berndID, account: bernd.id, at: later)
            #expect(try await store.account(provider: "oidc", subject: "sub-bernd")?.id == bernd.id)
            #expect(try await store.account(id: bernd.id)?.trustLevel == .substantial)
            try await store.unlink(provider: "oidc", account: bernd.id)
            #expect(try await store.account(provider: "oidc", subject: "sub-bernd") == nil)
            #expect(try await store.identities(of: bernd.id).isEmpty)

            // A submission keeps the level it was filed at; deleting the account removes its links.
            var filed = SubmissionStoreTests.submission(test)
            filed.accountID = account.id
            filed.trustLevel = .high
            try await test.portal.submissions.create(filed, jobs: [])
            #expect(try await test.portal.submissions.submission(id: filed.id)?.trustLevel == .high)
            try await store.delete(account.id)
            #expect(try await store.account(provider: "oidc", subject: "sub-anna") == nil)
            #expect(try await store.identities(of: account.id).isEmpty)
            let kept = try await test.portal.submissions.submission(id: filed.id)
            #expect(kept?.accountID == nil && kept?.trustLevel == .high)
        }
    }
}
