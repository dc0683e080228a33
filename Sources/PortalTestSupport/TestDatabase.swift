import Foundation
import Logging
import PortalStorage
import PostgresKit

/// The databases every store is tested against. PostgreSQL tests need a server: `scripts/test`
/// starts one and sets `SERVICEPORTAL_TEST_POSTGRES_URL`; without it they fail and say so.
public enum TestDatabaseKind: String, CaseIterable, Sendable {
    case sqlite
    case postgres
}

public enum TestDatabase {
    public static let postgresURLVariable = "SERVICEPORTAL_TEST_POSTGRES_URL"

    /// Opens a fresh, migrated database of the given kind, runs `body`, and removes the database.
    public static func with<T: Sendable>(
        _ kind: TestDatabaseKind, cipher: DataCipher = .none, _ body: (PortalDatabase) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        switch kind {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sp-test-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            let database = try await PortalDatabase.open(.sqlite(path: directory.path + "/test.sqlite"), cipher: cipher, logger: logger)
            return try await run(database, logger: logger, body)
        case .postgres:
            guard let serverURL = ProcessInfo.processInfo.environment[postgresURLVariable] else {
                throw MissingPostgres()
            }
            let name = "sp_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            try await admin(serverURL, "CREATE DATABASE \(name)")
            let database = try await PortalDatabase.open(.postgres(url: replacingDatabase(in: serverURL, with: name)), cipher: cipher, logger: logger)
            do {
                let result = try await run(database, logger: logger, body)
                try await admin(serverURL, "DROP DATABASE \(name)")
                return result
            } catch {
                try? await admin(serverURL, "DROP DATABASE \(name)")
                throw error
            }
        }
    }

    private static func run<T>(_ database: PortalDatabase, logger: Logger, _ body: (PortalDatabase) async throws -> T) async throws -> T {
        do {
            try await Migrator(database: database, logger: logger).migrate()
            let result = try await body(database)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }

    private static func admin(_ serverURL: String, _ statement: String) async throws {
        let database = try await PortalDatabase.open(.postgres(url: serverURL), logger: Logger(label: "test-admin"))
        do {
            try await database.reader.raw(SQLQueryString(statement)).run()
            await database.close()
        } catch {
            await database.close()
            throw error
        }
    }

    static func replacingDatabase(in url: String, with name: String) -> String {
        var components = URLComponents(string: url)!
        components.path = "/" + name
        return components.string!
    }
}

/// PostgreSQL tests were asked for but no server was given.
public struct MissingPostgres: Error, CustomStringConvertible {
    public var description: String {
        "PostgreSQL-Tests brauchen einen Server: \(TestDatabase.postgresURLVariable) ist nicht gesetzt. scripts/test startet einen und setzt die Variable."
    }
}
