import ArgumentParser
import Foundation
import PortalApp
import PortalStorage

/// `serviceportal keys new|rotate`: the data keys of encryption at rest (decision 0077).
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Datenschlüssel für die Verschlüsselung von Angaben und Dateien.", subcommands: [New.self, Rotate.self])

    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Setzt einen neuen Schlüssel an den Anfang der Schlüsseldatei (legt sie an, nur für den Eigentümer lesbar).")
        @Option(name: .customLong("file"), help: "Die Schlüsseldatei (ENCRYPTION_KEY_FILE).") var file: String

        func run() async throws {
            let id = try checked { try KeyFile.addNewKey(to: file) }
            say("Neuer Schlüssel \(id) steht oben in \(file); ältere Schlüssel bleiben darunter.")
            say("Starten Sie alle Instanzen neu (sie verschlüsseln dann mit \(id)) und führen Sie danach `serviceportal keys rotate` aus.")
        }
    }

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verschlüsselt alle Angaben und Dateien mit dem ersten Schlüssel neu, während das Portal läuft (auch bisher unverschlüsselte).")
        @OptionGroup var options: ServerOptions

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                let started = Date()
                let progress = try await checkedAsync { try await KeyRotation(database: portal.database).run() }
                let seconds = Date().timeIntervalSince(started)
                say(
                    "Neu verschlüsselt in \(String(format: "%.1f", seconds)) s: \(progress.answers) Anträge, \(progress.savedDrafts) gespeicherte Entwürfe, "
                        + "\(progress.sessions) Sitzungen, \(progress.mails) Mails, \(progress.fileChunks) Dateiteile, \(progress.receipts) Eingangsbestätigungen, "
                        + "\(progress.mailAttachments) Mail-Anhänge.")
                let keys = try await EncryptionKeys.inUse(portal.database)
                say("Schlüssel in Gebrauch: \(keys.joined(separator: ", ")). Ältere Schlüssel können jetzt aus der Schlüsseldatei entfernt werden.")
            }
        }
    }
}
