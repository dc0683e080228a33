import Foundation
import Logging
import SQLKit

/// Backup and restore of the embedded SQLite database. Everything the portal keeps lives in that
/// one file (uploaded files, decisions, receipts and attachments as `upload_chunks`), so a backup
/// is one consistent copy of it: `VACUUM INTO` reads in a single transaction while the portal goes
/// on writing through WAL, and the copy is checked before it gets its final name.
public enum SQLiteBackup {
    /// The database file inside a data directory.
    public static let fileName = "serviceportal.sqlite"

    /// What a backup holds, for the operator's eye and for the checks after a restore.
    public struct Contents: Sendable, Equatable {
        public var schemaVersion: Int
        public var counts: [(table: String, count: Int)]

        public static func == (lhs: Contents, rhs: Contents) -> Bool {
            lhs.schemaVersion == rhs.schemaVersion && lhs.counts.map(\.table) == rhs.counts.map(\.table) && lhs.counts.map(\.count) == rhs.counts.map(\.count)
        }

        /// "Anträge: 1.204, Dateien: 312, …" as the command prints it.
        public var summary: String {
            counts.map { "\(Self.label($0.table)): \($0.count.formatted(.number.locale(Locale(identifier: "de_DE"))))" }.joined(separator: ", ")
        }

        static func label(_ table: String) -> String {
            switch table {
            case "submissions": "Anträge"
            case "uploads": "Dateien"
            case "receipts": "Eingangsbestätigungen"
            case "case_messages": "Nachrichten"
            case "citizen_accounts": "Nutzerkonten"
            case "services": "Leistungen"
            case "staff_users": "Mitarbeitende"
            case "jobs": "Aufträge"
            default: table
            }
        }
    }

    /// The tables whose counts a backup reports and a restore compares.
    static let countedTables = ["submissions", "uploads", "receipts", "case_messages", "citizen_accounts", "services", "staff_users", "jobs"]

    /// Copies the open database to `target` (which must not exist yet) and checks the copy.
    public static func backUp(_ database: PortalDatabase, to target: URL, logger: Logger) async throws -> Contents {
        guard database.kind == .sqlite else {
            throw BackupError(
                "Diese Datenbank ist PostgreSQL: sichern Sie sie mit pg_dump (siehe docs/operations.md, „Sicherung“); die Dateien liegen mit in der Datenbank.")
        }
        let manager = FileManager.default
        guard !manager.fileExists(atPath: target.path) else {
            throw BackupError("Die Datei \(target.path) gibt es schon. Wählen Sie einen neuen Namen; eine Sicherung überschreibt nichts.")
        }
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BackupError("Das Verzeichnis \(directory.path) gibt es nicht.")
        }
        let partial = directory.appendingPathComponent("." + target.lastPathComponent + ".partial")
        try? manager.removeItem(at: partial)
        do {
            try await database.reader.raw("VACUUM INTO \(bind: partial.path)").run()
            // The copy holds personal data: readable by the portal's own user only.
            try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: partial.path)
            let contents = try await check(partial, logger: logger)
            try manager.moveItem(at: partial, to: target)
            return contents
        } catch {
            try? manager.removeItem(at: partial)
            throw error
        }
    }

    /// Restores `backup` into `directory`, which must be empty or not exist yet, and checks it.
    /// On any refusal the directory is left as it was.
    public static func restore(_ backup: URL, into directory: URL, logger: Logger) async throws -> Contents {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: backup.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw BackupError("Die Sicherung \(backup.path) gibt es nicht.")
        }
        let created: Bool
        if manager.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw BackupError("\(directory.path) ist eine Datei, kein Verzeichnis.") }
            let entries = try manager.contentsOfDirectory(atPath: directory.path)
            guard entries.isEmpty else {
                throw BackupError(
                    "Das Verzeichnis \(directory.path) ist nicht leer. Eine Wiederherstellung überschreibt nichts: wählen Sie ein leeres Verzeichnis.")
            }
            created = false
        } else {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            created = true
        }
        let restoring = directory.appendingPathComponent(fileName + ".restoring")
        do {
            try refuseUnlessSQLite(backup)
            try manager.copyItem(at: backup, to: restoring)
            try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: restoring.path)
            let contents = try await check(restoring, logger: logger)
            try manager.moveItem(at: restoring, to: directory.appendingPathComponent(fileName))
            return contents
        } catch {
            // Leave nothing behind: the directory is as empty as it was (or gone, if this made it).
            for entry in (try? manager.contentsOfDirectory(atPath: directory.path)) ?? [] {
                try? manager.removeItem(at: directory.appendingPathComponent(entry))
            }
            if created { try? manager.removeItem(at: directory) }
            throw error
        }
    }

    /// Opens a copy, runs SQLite's integrity check and counts what it holds.
    static func check(_ file: URL, logger: Logger) async throws -> Contents {
        let database: PortalDatabase
        do {
            database = try await PortalDatabase.open(.sqlite(path: file.path), logger: logger)
        } catch {
            throw BackupError("Die Sicherung ist beschädigt oder keine SQLite-Datenbank: \(error)")
        }
        do {
            let contents = try await read(database)
            await database.close()
            // Opening set WAL mode; fold the log back so the copy is one self-contained file.
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
            return contents
        } catch {
            await database.close()
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
            throw error
        }
    }

    private static func read(_ database: PortalDatabase) async throws -> Contents {
        let reader = database.reader
        let problems: [String]
        do {
            problems = try await reader.raw("PRAGMA integrity_check").all().map { try $0.decode(column: "integrity_check", as: String.self) }
        } catch {
            throw BackupError("Die Sicherung ist beschädigt: \(error)")
        }
        guard problems == ["ok"] else {
            throw BackupError("Die Sicherung ist beschädigt: \(problems.prefix(3).joined(separator: "; "))")
        }
        let version: Int
        do {
            version = try await reader.raw("SELECT MAX(version) AS v FROM schema_migrations").first()?.decode(column: "v", as: Int?.self) ?? 0
        } catch {
            throw BackupError("Die Datei ist eine SQLite-Datenbank, aber keine Sicherung des Serviceportals (keine Tabelle schema_migrations).")
        }
        guard version > 0 else { throw BackupError("Die Sicherung enthält kein Datenbankschema des Serviceportals.") }
        guard version <= Migrations.all.map(\.version).max() ?? 0 else {
            throw BackupError("Die Sicherung stammt von einer neueren Version des Serviceportals (Schema \(version)). Spielen Sie sie mit dieser Version ein.")
        }
        var counts: [(table: String, count: Int)] = []
        for table in countedTables {
            let count = try await reader.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? 0
            counts.append((table, count))
        }
        return Contents(schemaVersion: version, counts: counts)
    }

    /// SQLite opens almost anything and fails later; the header says at once whether it is a database.
    private static func refuseUnlessSQLite(_ file: URL) throws {
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        let header = try handle.read(upToCount: 16) ?? Data()
        guard header == Data("SQLite format 3\u{0}".utf8) else {
            throw BackupError("\(file.lastPathComponent) ist keine Sicherung des Serviceportals (keine SQLite-Datenbank).")
        }
    }
}
