import ArgumentParser
import Foundation
import PortalApp
import PortalCore

/// `serviceportal payments export|check`: the Kasse's reconciliation file, and asking the payment
/// platform about open payments now.
struct PaymentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payments", abstract: "Online-Zahlungen (XBezahldienste): Abgleich für die Kasse, offene Zahlungen abfragen.",
        subcommands: [Export.self, Check.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Schreibt die Zahlungen eines Zeitraums (Aktenzeichen, Leistung, Betrag, Stand, Transaktion, Zahlart, Buchungsdaten, Zeit) auf die Standardausgabe."
        )
        @OptionGroup var options: ServerOptions
        @Option(help: "Erster Tag (JJJJ-MM-TT oder TT.MM.JJJJ).") var from: String
        @Option(help: "Letzter Tag (JJJJ-MM-TT oder TT.MM.JJJJ).") var to: String
        @Option(help: "csv oder json.") var format: String = "csv"

        func run() async throws {
            guard let first = LocalDate(iso: from) ?? LocalDate(german: from) else { throw ValidationError("--from „\(from)“ ist kein Datum (JJJJ-MM-TT).") }
            guard let last = LocalDate(iso: to) ?? LocalDate(german: to) else { throw ValidationError("--to „\(to)“ ist kein Datum (JJJJ-MM-TT).") }
            guard first <= last else { throw ValidationError("--to liegt vor --from.") }
            guard ["csv", "json"].contains(format) else { throw ValidationError("--format muss csv oder json sein, nicht „\(format)“.") }
            try await Startup.withPortal(options) { portal in
                let text = try await portal.paymentsExport(from: first, to: last, json: format == "json")
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fragt die Zahlungsplattform jetzt nach allen offenen Zahlungen und reicht bezahlte Anträge ein (sonst jede Minute im Hintergrund).")
        @OptionGroup var options: ServerOptions

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                guard portal.paymentGateway != nil else { throw AdministrationError("Es ist keine Zahlungsplattform eingerichtet (PAYMENT_PROVIDER_URL).") }
                let settled = try await portal.checkPayments()
                say("\(settled) Zahlungen abgeschlossen oder Anträge eingereicht.")
            }
        }
    }
}
