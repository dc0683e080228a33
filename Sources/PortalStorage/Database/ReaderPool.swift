import Logging
import NIOCore
import SQLKit
import Synchronization

/// The reading connections of an SQLite database. A connection runs one statement at a time, so
/// each statement goes to the connection with the fewest statements running: handing them out in
/// turn put two slow searches on one connection while the other idled (measured: 47 searches/s at
/// two clients with one core busy).
final class ReaderPool: Sendable {
    private let connections: [any SQLDatabase]
    private let running: Mutex<[Int]>
    private let turn = Atomic<Int>(0)

    init(_ connections: [any SQLDatabase]) {
        precondition(!connections.isEmpty)
        self.connections = connections
        self.running = Mutex(Array(repeating: 0, count: connections.count))
    }

    /// A database that sends each of its statements to the least busy connection at the time.
    var database: any SQLDatabase {
        connections.count == 1 ? connections[0] : Counted(pool: self)
    }

    /// Picks the least busy connection (ties in turn) and counts the statement as running on it.
    func start() -> Int {
        let first = turn.wrappingAdd(1, ordering: .relaxed).oldValue
        return running.withLock { running in
            var chosen = first % running.count
            for offset in 0..<running.count {
                let index = (first + offset) % running.count
                if running[index] < running[chosen] { chosen = index }
            }
            running[chosen] += 1
            return chosen
        }
    }

    func finish(_ index: Int) {
        running.withLock { $0[index] -= 1 }
    }

    fileprivate func connection(_ index: Int) -> any SQLDatabase { connections[index] }

    private struct Counted: SQLDatabase {
        let pool: ReaderPool

        var logger: Logger { pool.connection(0).logger }
        var eventLoop: any EventLoop { pool.connection(0).eventLoop }
        var version: (any SQLDatabaseReportedVersion)? { pool.connection(0).version }
        var dialect: any SQLDialect { pool.connection(0).dialect }
        var queryLogLevel: Logger.Level? { pool.connection(0).queryLogLevel }

        func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
            let index = pool.start()
            let pool = pool
            return pool.connection(index).execute(sql: query, onRow).always { _ in pool.finish(index) }
        }

        func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
            let index = pool.start()
            defer { pool.finish(index) }
            try await pool.connection(index).execute(sql: query, onRow)
        }

        /// A transaction's statements must share one connection.
        func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
            let index = pool.start()
            defer { pool.finish(index) }
            return try await pool.connection(index).withSession(closure)
        }
    }
}
