import ArgumentParser
import Foundation
import PortalApp
import PortalStorage

/// `serviceportal restore FILE --data-dir DIR`: a backup into an empty data directory, checked.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Stellt eine Sicherung in ein leeres Datenverzeichnis wieder her und prüft sie (Integrität, Anzahl der Anträge und Dateien).")
    @Argument(help: "Die Sicherungsdatei (von serviceportal backup).") var backup: String
    @Option(name: .customLong("data-dir"), help: "Leeres oder noch nicht vorhandenes Datenverzeichnis.") var dataDirectory: String

    func run() async throws {
        try await Startup.run(AppConfiguration(dataDirectory: dataDirectory)) { logger in
            let contents = try await SQLiteBackup.restore(
                URL(fileURLWithPath: backup), into: URL(fileURLWithPath: dataDirectory, isDirectory: true), logger: logger)
            say("Wiederhergestellt nach \(dataDirectory) (Schema \(contents.schemaVersion)).")
            say("Geprüft (integrity_check: ok). \(contents.summary)")
            say("Starten Sie das Portal mit --data-dir \(dataDirectory); neuere Schemaänderungen spielt es beim Start ein.")
        }
    }
}
