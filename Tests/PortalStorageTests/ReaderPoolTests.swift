import PortalTestSupport
import SQLKit
import Testing

@testable import PortalStorage

@Suite("Reading connections")
struct ReaderPoolTests {
    @Test("A statement goes to the connection with the fewest running, never to a busy one while another is free")
    func leastBusy() async throws {
        try await TestDatabase.with(.sqlite) { database in
            let pool = ReaderPool(Array(repeating: database.reader, count: 3))
            let busy = [pool.start(), pool.start(), pool.start()]
            #expect(Set(busy) == [0, 1, 2])
            pool.finish(busy[1])
            #expect(pool.start() == busy[1])
            // All equally busy: any is fine, and the counts stay even.
            let fourth = pool.start()
            pool.finish(fourth)
            pool.finish(busy[0])
            pool.finish(busy[2])
            #expect(pool.start() != busy[1])
        }
    }

    @Test("Statements and transactions run through the pool")
    func runs() async throws {
        try await TestDatabase.with(.sqlite) { database in
            let pool = ReaderPool(Array(repeating: database.reader, count: 2)).database
            #expect(try await pool.raw("SELECT 41 + 1 AS n").first()?.decode(column: "n", as: Int.self) == 42)
            let n = try await pool.transaction { db in try await db.raw("SELECT 2 AS n").first()?.decode(column: "n", as: Int.self) }
            #expect(n == 2)
        }
    }
}
