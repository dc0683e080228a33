import ArgumentParser
import Foundation
import PortalApp
import PortalWeb

/// `serviceportal opendata export --out DIR`: the open-data files for upload elsewhere.
struct OpenDataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opendata", abstract: "Offene Daten (Zufriedenheit, Nutzung, DCAT-AP.de-Katalog).", subcommands: [Export.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Schreibt die Dateien von /opendata in ein Verzeichnis, zum Hochladen in ein Datenportal (die Adressen im Katalog nach BASE_URL).")
        @OptionGroup var options: ServerOptions
        @Option(name: .customLong("out"), help: "Zielverzeichnis; es wird angelegt, vorhandene Dateien gleichen Namens werden ersetzt.") var out: String

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                guard let base = portal.configuration.baseURL else {
                    throw AdministrationError("Für den Katalog fehlt BASE_URL (--base-url): die Dateien verweisen auf ihre öffentlichen Adressen.")
                }
                let directory = URL(fileURLWithPath: out, isDirectory: true)
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                let publisher = portal.openDataPublisher()
                for file in SiteRoute.OpenDataFile.allCases {
                    let content = try await publisher.content(of: file, baseURL: base)
                    // Written under a temporary name and renamed, so an upload job never takes half a file.
                    let target = directory.appendingPathComponent(file.rawValue)
                    let temporary = directory.appendingPathComponent("." + file.rawValue + ".neu")
                    try content.data.write(to: temporary)
                    guard rename(temporary.path, target.path) == 0 else { throw AdministrationError("\(target.path) kann nicht geschrieben werden.") }
                }
                say("Offene Daten geschrieben nach \(out): \(SiteRoute.OpenDataFile.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
    }
}
