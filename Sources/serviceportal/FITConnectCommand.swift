import ArgumentParser
import Foundation
import PortalApp
import PortalCore

/// `serviceportal fitconnect route|routes|receive|check`.
struct FITConnectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fitconnect", abstract: "FIT-Connect: Empfang nach LeiKa-Schlüssel zuordnen, jetzt abholen, Ereignisprotokolle jetzt lesen.",
        subcommands: [Route.self, Routes.self, Receive.self, Check.self])

    struct Route: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Anträge, die über FIT-Connect zu diesem LeiKa-Schlüssel eingehen, erhält diese Organisationseinheit.")
        @OptionGroup var options: ServerOptions
        @Option(help: "LeiKa-Schlüssel (14 Ziffern).") var leika: String
        @Option(name: .customLong("org-unit"), help: "Kurzname der Organisationseinheit.") var orgUnit: String

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                let unit = try await portal.setFITConnectRoute(leikaKey: leika, orgUnitSlug: orgUnit)
                say("Anträge zu LeiKa \(leika) gehen an „\(unit.name)“.")
            }
        }
    }

    struct Routes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Zeigt, welche Organisationseinheit welchen LeiKa-Schlüssel empfängt.")
        @OptionGroup var options: ServerOptions

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                let routes = try await portal.fitConnectRoutes()
                if routes.isEmpty { say("Keine Zuordnung: Anträge gehen an die Organisationseinheit der Leistung.") }
                for route in routes { say("\(route.leikaKey)\t\(route.orgUnit)") }
            }
        }
    }

    struct Receive: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Holt jetzt ab, was am Zustellpunkt wartet (sonst jede Minute im Hintergrund).")
        @OptionGroup var options: ServerOptions

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                let outcomes = try await portal.receiveFITConnect()
                let filed = outcomes.filter { if case .filed = $0 { true } else { false } }.count
                let rejected = outcomes.filter { if case .rejected = $0 { true } else { false } }.count
                say("\(filed) Anträge angelegt, \(rejected) abgelehnt.")
            }
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liest jetzt die Ereignisprotokolle aller übermittelten Anträge ohne Antwort der Behörde (sonst nach Zeitplan im Hintergrund).")
        @OptionGroup var options: ServerOptions

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                say("\(try await portal.checkFITConnectEvents()) Anträge von der Behörde angenommen oder abgelehnt.")
            }
        }
    }
}
