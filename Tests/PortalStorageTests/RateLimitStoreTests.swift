import Foundation
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Rate limit store contract")
struct RateLimitStoreTests {
    @Test(
        "Events are counted per key and window, several keys in one read; same-minute events of one key sum up; clearing and expiry forget them",
        arguments: TestDatabaseKind.allCases)
    func counts(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let store = SQLRateLimitStore(database: database)
            let now = TestClock.now
            try await store.record("a", at: now.addingTimeInterval(-7200))
            try await store.record("a", at: now.addingTimeInterval(-600))
            try await store.record("a", at: now.addingTimeInterval(-30))
            try await store.record("b", at: now.addingTimeInterval(-30))
            let counted = try await store.counts([("a", 3600), ("b", 60), ("c", 3600), ("a", 900)], now: now)
            #expect(counted.map(\.events) == [2, 1, 0, 2])
            #expect(counted[0].latest == now.addingTimeInterval(-30))
            #expect(counted[2].latest == nil)
            #expect(try await store.count("a", within: 86_400, now: now).events == 3)

            try await store.clear("a")
            #expect(try await store.count("a", within: 86_400, now: now).events == 0)
            #expect(try await store.deleteExpired(before: now) == 1)
            #expect(try await store.count("b", within: 3600, now: now).events == 0)
        }
    }
}
