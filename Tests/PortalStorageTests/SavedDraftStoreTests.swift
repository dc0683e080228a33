import Foundation
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Saved draft store contract")
struct SavedDraftStoreTests {
    @Test("Found by token hash until expiry; saving again replaces the token; expired drafts are swept", arguments: TestDatabaseKind.allCases)
    func roundTrip(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let store = SQLSavedDraftStore(database: database)
            let version = DemoCatalog.version(of: DemoCatalog.wellDrilling, schema: DemoCatalog.wellDrillingForm, publishedAt: TestClock.now)
            var draft = SavedDraft(
                id: "draft-1", tokenHash: "hash-a", serviceID: DemoCatalog.wellDrilling.id, formVersionID: version.id,
                data: #"{"values":{"vorname":["Jürgen"]}}"#, savedAt: TestClock.now, expiresAt: TestClock.now.addingTimeInterval(86_400))
            try await store.save(draft)
            #expect(try await store.draft(tokenHash: "hash-a", now: TestClock.now) == draft)
            draft.tokenHash = "hash-b"
            draft.data = "{}"
            try await store.save(draft)
            #expect(try await store.draft(tokenHash: "hash-a", now: TestClock.now) == nil)
            #expect(try await store.draft(tokenHash: "hash-b", now: TestClock.now)?.data == "{}")
            #expect(try await store.draft(tokenHash: "hash-b", now: TestClock.now.addingTimeInterval(86_401)) == nil)
            #expect(try await store.deleteExpired(now: TestClock.now) == 0)
            #expect(try await store.deleteExpired(now: TestClock.now.addingTimeInterval(86_401)) == 1)
            try await store.save(draft)
            try await store.delete(id: "draft-1")
            #expect(try await store.draft(tokenHash: "hash-b", now: TestClock.now) == nil)
        }
    }
}
