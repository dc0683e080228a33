import Foundation
import Logging
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit
import Synchronization

/// The portal's database: readers for queries and one group-committing write path, on SQLite or
/// PostgreSQL. Stores are written once against `SQLDatabase` and get both from here.
public final class PortalDatabase: Sendable {
    public enum Kind: String, Sendable {
        case sqlite
        case postgres
    }

    public let kind: Kind
    /// Where this database lives; a second process (or test) can open the same one.
    public let location: DatabaseLocation
    /// Seals answers and files before they are stored and opens them when read (decision 0077).
    public let cipher: DataCipher
    private let readers: any SQLDatabase
    private let writes: WriteQueue
    private let writeCounter = Atomic<Int>(0)
    private let shutdown: @Sendable () async -> Void

    private init(
        kind: Kind, location: DatabaseLocation, cipher: DataCipher, readers: any SQLDatabase, writes: WriteQueue,
        shutdown: @escaping @Sendable () async -> Void
    ) {
        self.kind = kind
        self.location = location
        self.cipher = cipher
        self.readers = readers
        self.writes = writes
        self.shutdown = shutdown
    }

    /// A database for reads: each statement may run on a different connection (a transaction on one).
    public var reader: any SQLDatabase { readers }

    /// Runs `work` in a transaction on the write path and returns after the commit.
    public func write<T: Sendable>(_ work: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        writeCounter.wrappingAdd(1, ordering: .relaxed)
        return try await writes.write(work)
    }

    /// Writes `element` together with the others of its kind in the same group commit; returns after
    /// the commit.
    func write<Element: Sendable>(_ element: Element, batch: WriteBatch<Element>) async throws {
        writeCounter.wrappingAdd(1, ordering: .relaxed)
        try await writes.write(element, batch: batch)
    }

    /// How many writes were asked of the write path since opening (metrics, and tests that compare the work of two paths).
    public var writeCount: Int { writeCounter.load(ordering: .relaxed) }

    /// `FOR UPDATE SKIP LOCKED` where the database has row locks (PostgreSQL); SQLite's single
    /// writer already excludes concurrent claims.
    var skipLocked: String { kind == .postgres ? " FOR UPDATE SKIP LOCKED" : "" }

    /// Waits for queued writes, then closes every connection.
    public func close() async {
        await writes.close()
        await shutdown()
    }

    public static func open(_ location: DatabaseLocation, cipher: DataCipher = .none, logger: Logger) async throws -> PortalDatabase {
        switch location {
        case .sqlite(let path):
            return try await openSQLite(path: path, cipher: cipher, logger: logger)
        case .postgres(let url):
            return try await openPostgres(url: url, cipher: cipher, logger: logger)
        }
    }

    private static func openSQLite(path: String, cipher: DataCipher, logger: Logger) async throws -> PortalDatabase {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        // Each connection has a thread of its own, so a writer blocked in fsync never holds up a reader.
        var connections: [SQLiteStatementConnection] = []
        do {
            // One writer and two readers: a third measured no faster on two cores.
            for _ in 0..<3 {
                connections.append(try await SQLiteStatementConnection.open(path: path, logger: logger))
            }
        } catch {
            for connection in connections { await connection.close() }
            throw error
        }
        let writer = connections[0].sql()
        let readers = connections.dropFirst().map { $0.sql() }
        let writes = WriteQueue(begin: "BEGIN IMMEDIATE", logger: logger) { body in try await body(writer) }
        return PortalDatabase(kind: .sqlite, location: .sqlite(path: path), cipher: cipher, readers: ReaderPool(Array(readers)).database, writes: writes) {
            [connections] in
            for connection in connections { await connection.close() }
        }
    }

    private static func openPostgres(url: String, cipher: DataCipher, logger: Logger) async throws -> PortalDatabase {
        let configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw ConfigurationError("DATABASE_URL ist keine gültige PostgreSQL-Adresse.")
        }
        let pool = EventLoopGroupConnectionPool(
            source: PostgresConnectionSource(sqlConfiguration: configuration),
            maxConnectionsPerEventLoop: 4, pruneInterval: nil, logger: logger,
            on: MultiThreadedEventLoopGroup.singleton
        )
        let database = pool.database(logger: logger).sql(queryLogLevel: nil)
        do {
            try await database.raw("SELECT 1").run()
        } catch {
            try? await pool.shutdownAsync()
            throw ConfigurationError("PostgreSQL ist nicht erreichbar (\(DatabaseLocation.postgres(url: url))): \(String(reflecting: error))")
        }
        let writes = WriteQueue(begin: "BEGIN", logger: logger) { body in try await database.withSession(body) }
        // The pool guards its state with a lock but is not marked Sendable.
        nonisolated(unsafe) let sharedPool = pool
        return PortalDatabase(kind: .postgres, location: .postgres(url: url), cipher: cipher, readers: database, writes: writes) {
            try? await sharedPool.shutdownAsync()
        }
    }
}
