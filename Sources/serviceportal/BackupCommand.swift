import ArgumentParser
import Foundation
import PortalApp
import PortalStorage

extension BackupError: ConfigurationErrorLike {}

/// `serviceportal backup --to FILE`: one consistent copy of the embedded database while the portal runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Sichert die SQLite-Datenbank mit allen Dateien in eine Datei, auch während das Portal läuft (PostgreSQL: pg_dump).")
    @OptionGroup var options: ServerOptions
    @Option(name: .customLong("to"), help: "Zieldatei der Sicherung; sie darf noch nicht existieren.") var target: String

    func run() async throws {
        let configuration = try checked { try options.configuration() }
        try await Startup.run(configuration) { logger in
            let location = try checked { try configuration.databaseLocation() }
            if case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
                throw BackupError("Unter \(path) liegt keine Datenbank. Geben Sie das Datenverzeichnis des Portals an (--data-dir).")
            }
            let database = try await checkedAsync { try await PortalDatabase.open(location, logger: logger) }
            let started = Date()
            do {
                let contents = try await SQLiteBackup.backUp(database, to: URL(fileURLWithPath: target), logger: logger)
                await database.close()
                say("Sicherung geschrieben: \(target) (Schema \(contents.schemaVersion), Stand \(started.formatted(.iso8601)))")
                say("Geprüft (integrity_check: ok). \(contents.summary)")
            } catch {
                await database.close()
                throw error
            }
        }
    }
}
