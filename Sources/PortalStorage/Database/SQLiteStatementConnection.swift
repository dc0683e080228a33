import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit
// The SQLite that sqlite-nio builds and bundles; its C interface is reached directly for what
// sqlite-nio does not offer (kept statements).
import VaporCSQLite

/// An SQLite connection that keeps its prepared statements and runs each statement on a thread of
/// its own with one hop there and one back.
///
/// sqlite-nio prepares every statement anew and hands each row to an event loop separately before
/// the caller resumes: in the profiles of `bench/RESULTS.md` (sessions 9 and 12) preparation cost
/// 6–7 % of a request and task switching 15–17 %, while the statements themselves took well under
/// a millisecond. Opening, the per-connection settings, binding and reading use the same C library,
/// and values are decoded with sqlite-kit's `SQLiteDataDecoder`, so stores see no difference.
///
/// Everything that touches the handle runs on the connection's single thread, which is what makes
/// the unchecked `Sendable` sound.
final class SQLiteStatementConnection: @unchecked Sendable {
    /// Statements kept per connection. The stores' statements are few; queries whose text varies
    /// with their arguments (lists of identifiers) would fill it, so a full cache starts over.
    static let cacheCapacity = 256

    private let thread: NIOThreadPool
    private let handle: OpaquePointer
    private var statements: [String: OpaquePointer] = [:]
    let logger: Logger
    let eventLoop: any EventLoop

    private init(handle: OpaquePointer, thread: NIOThreadPool, logger: Logger, eventLoop: any EventLoop) {
        self.handle = handle
        self.thread = thread
        self.logger = logger
        self.eventLoop = eventLoop
    }

    /// Opens the file with the settings every connection of the portal needs.
    static func open(path: String, logger: Logger) async throws -> SQLiteStatementConnection {
        let thread = NIOThreadPool(numberOfThreads: 1)
        thread.start()
        do {
            let handle = try await thread.runIfActive { try Self.openHandle(path: path) }
            let connection = SQLiteStatementConnection(
                handle: handle.pointer, thread: thread, logger: logger, eventLoop: MultiThreadedEventLoopGroup.singleton.any())
            do {
                try await connection.configure(path: path)
                return connection
            } catch {
                await connection.close()
                throw error
            }
        } catch {
            try? await thread.shutdownGracefully()
            throw error
        }
    }

    /// WAL lets readers run beside the writer; FULL syncs the WAL on every commit, so a confirmed
    /// submission survives a power cut; busy_timeout covers a second process.
    private func configure(path: String) async throws {
        let mode = try await run("PRAGMA journal_mode=WAL", []).first(column: "journal_mode")
        guard case .text("wal")? = mode else {
            throw ConfigurationError("SQLite konnte nicht in den WAL-Modus wechseln (\(mode.map { "\($0)" } ?? "?")): \(path)")
        }
        for pragma in ["PRAGMA synchronous=FULL", "PRAGMA busy_timeout=5000", "PRAGMA foreign_keys=ON"] {
            _ = try await run(pragma, [])
        }
    }

    /// Runs one statement on the connection's thread and returns all its rows.
    func run(_ sql: String, _ binds: [SQLiteData]) async throws -> SQLiteResultRows {
        try await thread.runIfActive { try self.step(sql, binds) }
    }

    /// Finalizes the kept statements and closes the file.
    func close() async {
        _ = try? await thread.runIfActive {
            for statement in self.statements.values { sqlite_nio_sqlite3_finalize(statement) }
            self.statements.removeAll()
            sqlite_nio_sqlite3_close_v2(self.handle)
        }
        try? await thread.shutdownGracefully()
    }

    /// The connection through SQLKit, with sqlite-kit's dialect and value coding.
    func sql() -> any SQLDatabase {
        SQLDatabaseView(connection: self)
    }

    // MARK: On the connection's thread

    private struct OpenHandle: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    private static func openHandle(path: String) throws -> OpenHandle {
        var handle: OpaquePointer?
        // Serialized mode is not needed: only this connection's thread uses the handle.
        let flags = SQLITE_OPEN_CREATE | SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let result = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        guard result == SQLITE_OK, let handle else {
            let message = handle.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "Code \(result)"
            sqlite_nio_sqlite3_close_v2(handle)
            throw ConfigurationError("SQLite-Datenbank kann nicht geöffnet werden (\(path)): \(message)")
        }
        return OpenHandle(pointer: handle)
    }

    private func step(_ sql: String, _ binds: [SQLiteData]) throws -> SQLiteResultRows {
        let statement = try prepared(sql)
        defer {
            sqlite_nio_sqlite3_reset(statement)
            sqlite_nio_sqlite3_clear_bindings(statement)
        }
        for (offset, value) in binds.enumerated() {
            try check(bind(value, at: Int32(offset + 1), to: statement))
        }
        let count = sqlite_nio_sqlite3_column_count(statement)
        // Names are read on every run: a kept `SELECT *` sees the columns a migration added.
        var names: [String] = []
        names.reserveCapacity(Int(count))
        for index in 0..<count {
            names.append(sqlite_nio_sqlite3_column_name(statement, index).map { String(cString: $0) } ?? "")
        }
        var values: [SQLiteData] = []
        while true {
            let result = sqlite_nio_sqlite3_step(statement)
            if result == SQLITE_DONE { break }
            guard result == SQLITE_ROW else { throw error(result) }
            for index in 0..<count { values.append(value(of: statement, at: index)) }
        }
        return SQLiteResultRows(columns: SQLiteResultRows.Columns(names), values: values)
    }

    private func prepared(_ sql: String) throws -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        if statements.count >= Self.cacheCapacity {
            for statement in statements.values { sqlite_nio_sqlite3_finalize(statement) }
            statements.removeAll(keepingCapacity: true)
        }
        var statement: OpaquePointer?
        let result = sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard result == SQLITE_OK else { throw error(result) }
        // An empty statement (only a comment) prepares to nothing; keep the behaviour of "no rows".
        guard let statement else { throw SQLiteStatementError(code: SQLITE_MISUSE, message: "Leere Anweisung: \(sql)") }
        statements[sql] = statement
        return statement
    }

    private func bind(_ value: SQLiteData, at index: Int32, to statement: OpaquePointer) -> Int32 {
        switch value {
        case .integer(let integer):
            return sqlite_nio_sqlite3_bind_int64(statement, index, Int64(integer))
        case .float(let double):
            return sqlite_nio_sqlite3_bind_double(statement, index, double)
        case .text(let text):
            var text = text
            return text.withUTF8 { bytes in
                sqlite_nio_sqlite3_bind_text64(statement, index, bytes.baseAddress, UInt64(bytes.count), Self.transient, UInt8(SQLITE_UTF8))
            }
        case .blob(let buffer):
            return buffer.withUnsafeReadableBytes { bytes in
                sqlite_nio_sqlite3_bind_blob64(statement, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), UInt64(bytes.count), Self.transient)
            }
        case .null:
            return sqlite_nio_sqlite3_bind_null(statement, index)
        }
    }

    private func value(of statement: OpaquePointer, at index: Int32) -> SQLiteData {
        switch sqlite_nio_sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER:
            return .integer(Int(sqlite_nio_sqlite3_column_int64(statement, index)))
        case SQLITE_FLOAT:
            return .float(sqlite_nio_sqlite3_column_double(statement, index))
        case SQLITE_TEXT:
            guard let text = sqlite_nio_sqlite3_column_text(statement, index) else { return .text("") }
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, index))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, index))
            guard let blob = sqlite_nio_sqlite3_column_blob(statement, index), count > 0 else { return .blob(ByteBuffer()) }
            return .blob(ByteBuffer(bytes: UnsafeRawBufferPointer(start: blob, count: count)))
        default:
            return .null
        }
    }

    private func check(_ result: Int32) throws {
        guard result == SQLITE_OK else { throw error(result) }
    }

    private func error(_ result: Int32) -> SQLiteStatementError {
        SQLiteStatementError(code: result, message: sqlite_nio_sqlite3_errmsg(handle).map { String(cString: $0) } ?? "Code \(result)")
    }

    /// SQLite copies bound text and blobs before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

extension SQLiteStatementConnection {
    /// The connection as SQLKit sees it.
    struct SQLDatabaseView: SQLDatabase {
        let connection: SQLiteStatementConnection

        var logger: Logger { connection.logger }
        var eventLoop: any EventLoop { connection.eventLoop }
        var version: (any SQLDatabaseReportedVersion)? { nil }
        var dialect: any SQLDialect { SQLiteDialect() }
        var queryLogLevel: Logger.Level? { nil }

        func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
            let promise = eventLoop.makePromise(of: Void.self)
            promise.completeWithTask { try await execute(sql: query, onRow) }
            return promise.futureResult
        }

        func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
            let (sql, binds) = serialize(query)
            let encoder = SQLiteDataEncoder()
            let rows = try await connection.run(sql, try binds.map { try encoder.encode($0) })
            rows.forEach(onRow)
        }
    }
}
