import Foundation
import PortalStorage
import PortalTestSupport
import SQLKit
import Testing

@Suite("Transactions and the write path")
struct TransactionTests {
    struct Boom: Error {}

    static func count(_ database: PortalDatabase) async throws -> Int {
        try await database.reader.raw("SELECT COUNT(*) AS n FROM org_units").first()?.decode(column: "n", as: Int.self) ?? -1
    }

    static func insertUnit(_ db: any SQLDatabase, _ slug: String) async throws {
        try await db.raw("INSERT INTO org_units (id, slug, name) VALUES (\(bind: UUID().uuidString), \(bind: slug), \(bind: "Amt"))").run()
    }

    @Test("A transaction commits what its body wrote", arguments: TestDatabaseKind.allCases)
    func commits(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.reader.transaction { db in
                try await Self.insertUnit(db, "a")
                try await Self.insertUnit(db, "b")
            }
            #expect(try await Self.count(database) == 2)
        }
    }

    @Test("A transaction whose body throws leaves nothing behind", arguments: TestDatabaseKind.allCases)
    func rollsBack(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            await #expect(throws: Boom.self) {
                try await database.reader.transaction { db in
                    try await Self.insertUnit(db, "a")
                    throw Boom()
                }
            }
            let count = try await Self.count(database)
            #expect(count == 0)
        }
    }

    @Test("A write that fails inside a group commit is rolled back alone", arguments: TestDatabaseKind.allCases)
    func groupCommitIsolatesFailures(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<50 {
                    group.addTask {
                        do {
                            try await database.write { db in
                                try await Self.insertUnit(db, "amt-\(index)")
                                if index % 5 == 0 { throw Boom() }
                            }
                            return true
                        } catch is Boom {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 40)
            #expect(try await Self.count(database) == 40)
        }
    }

    @Test("A constraint violation fails only its own write", arguments: TestDatabaseKind.allCases)
    func constraintViolation(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.write { db in try await Self.insertUnit(db, "doppelt") }
            let duplicate = Task { try await database.write { db in try await Self.insertUnit(db, "doppelt") } }
            let fine = Task { try await database.write { db in try await Self.insertUnit(db, "einmalig") } }
            await #expect(throws: (any Error).self) { try await duplicate.value }
            try await fine.value
            #expect(try await Self.count(database) == 2)
        }
    }

    @Test("Migrations run once; a second run applies nothing", arguments: TestDatabaseKind.allCases)
    func migrationsAreIdempotent(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let migrator = Migrator(database: database, logger: .init(label: "test"))
            let applied = try await migrator.migrate()
            let versions = try await migrator.appliedVersions()
            #expect(applied.isEmpty)
            #expect(versions == Array(1...64))
        }
    }
}
