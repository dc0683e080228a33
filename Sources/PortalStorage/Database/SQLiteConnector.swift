import Foundation
import Logging
import NIOPosix
import SQLiteKit

/// Opens SQLite connections with the settings every connection needs. sqlite-kit has no on-connect
/// hook, so every connection of the portal is opened here.
enum SQLiteConnector {
    static func open(path: String, threadPool: NIOThreadPool, logger: Logger) async throws -> SQLiteConnection {
        let connection = try await SQLiteConnection.open(
            storage: .file(path: path), threadPool: threadPool, logger: logger,
            on: MultiThreadedEventLoopGroup.singleton.any()
        )
        do {
            // WAL lets readers run beside the writer; FULL syncs the WAL on every commit, so a
            // confirmed submission survives a power cut; busy_timeout covers a second process.
            let mode = try await connection.query("PRAGMA journal_mode=WAL").first?.column("journal_mode")?.string
            guard mode == "wal" else { throw ConfigurationError("SQLite konnte nicht in den WAL-Modus wechseln (\(mode ?? "?")): \(path)") }
            _ = try await connection.query("PRAGMA synchronous=FULL")
            _ = try await connection.query("PRAGMA busy_timeout=5000")
            _ = try await connection.query("PRAGMA foreign_keys=ON")
            return connection
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
