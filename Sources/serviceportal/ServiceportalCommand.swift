import ArgumentParser
import Foundation
import Logging
import PortalApp
import PortalCore
import PortalFIM
import PortalViews
import PortalWeb

/// The one binary. Subcommands parse arguments and call PortalApp; no logic lives here.
@main
struct ServiceportalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serviceportal",
        abstract: "Online-Dienste für Kommunen: Katalog, Anträge, Sachbearbeitung.",
        subcommands: [
            Serve.self, Demo.self, Migrate.self, Worker.self, APIKeyCommand.self, HandoverCommand.self, PrintBatchCommand.self, OrgUnitCommand.self,
            UserCommand.self,
            PrivacyCommand.self, RetentionCommand.self, BackupCommand.self, RestoreCommand.self, KeysCommand.self, OpenDataCommand.self, PaymentsCommand.self,
            FITConnectCommand.self,
            XDFCommand.self,
            BenchSeed.self, BenchValidate.self, BenchFITConnect.self,
        ]
    )
}

/// Flags shared by every command that opens the database; each falls back to its environment variable.
struct ServerOptions: ParsableArguments {
    @Option(help: "Adresse, auf der der Server lauscht (HOST).") var host: String?
    @Option(help: "Port (PORT).") var port: Int?
    @Option(name: .customLong("data-dir"), help: "Datenverzeichnis für SQLite und Dateien (DATA_DIR).") var dataDirectory: String?
    @Option(name: .customLong("database-url"), help: "postgres://… für PostgreSQL (DATABASE_URL).") var databaseURL: String?
    @Option(name: .customLong("base-url"), help: "Öffentliche Adresse des Portals (BASE_URL).") var baseURL: String?

    func configuration() throws -> AppConfiguration {
        var configuration = try AppConfiguration.environment()
        if let host { configuration.host = host }
        if let port { configuration.port = try AppConfiguration.parsePort(String(port), source: "--port") }
        if let dataDirectory { configuration.dataDirectory = dataDirectory }
        if let databaseURL { configuration.databaseURL = databaseURL }
        if let baseURL { configuration.baseURL = baseURL }
        return configuration
    }
}

enum Startup {
    /// Sets up logging once and turns configuration errors into a clear message and exit code 2.
    static func run(_ configuration: AppConfiguration, _ body: (Logger) async throws -> Void) async throws {
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = configuration.logFormat == .json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
            return handler
        }
        do {
            try await body(Logger(label: "serviceportal"))
        } catch let error as any ConfigurationErrorLike {
            FileHandle.standardError.write(Data(("Fehler: " + error.message + "\n").utf8))
            throw ExitCode(2)
        }
    }
}

extension Startup {
    /// Opens the portal for one administrative command and closes it afterwards, also when the
    /// command fails; configuration errors end with their message and exit code 2.
    static func withPortal(_ options: ServerOptions, _ action: (Portal) async throws -> Void) async throws {
        let configuration = try checked { try options.configuration() }
        try await run(configuration) { logger in
            let portal = try await checkedAsync { try await Portal.open(configuration, logger: logger) }
            do {
                try await action(portal)
                await portal.close()
            } catch {
                await portal.close()
                throw error
            }
        }
    }
}

protocol ConfigurationErrorLike: Error {
    var message: String { get }
}

extension AdministrationError: ConfigurationErrorLike {}
extension PrintService.Failure: ConfigurationErrorLike {}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Startet den Server mit Hintergrundarbeit (Produktion).")
    @OptionGroup var options: ServerOptions

    func run() async throws {
        var settings = try checked { try options.configuration() }
        if ProcessInfo.processInfo.environment["LOG_FORMAT"] == nil { settings.logFormat = .json }
        try checked { try settings.checkForServing() }
        let configuration = settings
        try await Startup.run(configuration) { logger in
            let portal = try await checkedAsync { try await Portal.open(configuration, logger: logger) }
            if configuration.encryptionKeyFile == nil {
                logger.warning("encryption at rest is off: answers and files are stored unencrypted (set ENCRYPTION_KEY_FILE)")
            }
            try await portal.serve { port in logger.info("listening", metadata: ["host": "\(configuration.host)", "port": "\(port)"]) }
        }
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Legt Demo-Daten an (./demo-data) und startet den Server auf http://127.0.0.1:8080.")
    @OptionGroup var options: ServerOptions
    @Flag(help: "Ohne ein Jahr ausgedachter Nutzung für die Statistik (für Tests mit genauen Zahlen).") var noStatistics = false

    func run() async throws {
        var settings = try checked { try options.configuration() }
        if settings.dataDirectory == nil && settings.databaseURL == nil { settings.dataDirectory = "demo-data" }
        // Without a real payment platform the demo pays at its own test platform (no money moves).
        settings.testPaymentPlatform = settings.payment == nil
        if settings.baseURL == nil { settings.baseURL = "http://\(settings.host):\(settings.port)" }
        if settings.authority.name.isEmpty { settings.authority = .demo }
        let dataDirectory = settings.dataDirectory ?? "demo-data"
        let configuration = settings
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        try await Startup.run(configuration) { logger in
            let portal = try await checkedAsync { try await Portal.open(configuration, logger: logger) }
            let credentials = try await portal.installDemo(credentialsFile: dataDirectory + "/demo-credentials.json", withStatistics: !noStatistics)
            let base = configuration.baseURL ?? ""
            say(
                """
                Demo-Daten in \(dataDirectory). Zugänge (nur für die Demo):
                  Sachbearbeitung Untere Wasserbehörde: \(credentials.caseWorkerUsername) / \(credentials.caseWorkerPassword)
                  Onlineredaktion: \(credentials.editorUsername) / \(credentials.editorPassword)
                  Fachabteilung (Prüfung): \(credentials.reviewerUsername ?? "–") / \(credentials.reviewerPassword ?? "–")
                  Portalverwaltung: \(credentials.adminUsername ?? "–") / \(credentials.adminPassword ?? "–")
                  Statistik (alle Fachdienste): \(credentials.statisticsUsername ?? "–") / \(credentials.statisticsPassword ?? "–")
                  Kasse (Online-Zahlungen aller Fachdienste): \(credentials.treasuryUsername ?? "–") / \(credentials.treasuryPassword ?? "–")
                  API-Schlüssel Untere Wasserbehörde: \(credentials.apiKey)
                """)
            if configuration.encryptionKeyFile == nil {
                say("Hinweis: Angaben und Dateien werden unverschlüsselt gespeichert (kein ENCRYPTION_KEY_FILE).")
            }
            if configuration.testPaymentPlatform {
                say("Hinweis: Gebühren werden bei der Testplattform im Portal bezahlt; es wird kein Geld bewegt (kein PAYMENT_PROVIDER_URL).")
            }
            if configuration.clamdAddress == nil {
                say(
                    """

                    ACHTUNG: Hochgeladene Dateien werden NICHT auf Viren geprüft (kein CLAMD_ADDRESS).
                    Für den Betrieb: CLAMD_ADDRESS=host:port eines clamd setzen; `serve` startet ohne nur mit ALLOW_UNSCANNED_UPLOADS=true.

                    """)
            }
            try await portal.serve { port in
                say("Serviceportal läuft auf \(base) (Port \(port)). Beenden mit Strg+C.")
            }
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Bringt das Datenbankschema auf den neuesten Stand.")
    @OptionGroup var options: ServerOptions

    func run() async throws {
        let configuration = try checked { try options.configuration() }
        try await Startup.run(configuration) { logger in
            let portal = try await checkedAsync { try await Portal.open(configuration, logger: logger) }
            say("Datenbankschema ist aktuell.")
            await portal.close()
        }
    }
}

struct Worker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Führt nur Hintergrundaufträge aus (mehrere Instanzen mit PostgreSQL möglich).")
    @OptionGroup var options: ServerOptions

    func run() async throws {
        var settings = try checked { try options.configuration() }
        if ProcessInfo.processInfo.environment["LOG_FORMAT"] == nil { settings.logFormat = .json }
        let configuration = settings
        try await Startup.run(configuration) { logger in
            let portal = try await checkedAsync { try await Portal.open(configuration, logger: logger) }
            try await portal.runWorker()
        }
    }
}

struct APIKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apikey", abstract: "API-Schlüssel verwalten.", subcommands: [Create.self, List.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Legt einen API-Schlüssel an und zeigt ihn einmalig an.")
        @OptionGroup var options: ServerOptions
        @Option(name: .customLong("org-unit"), help: "Kurzname der Organisationseinheit.") var orgUnit: String
        @Option(help: "Bezeichnung, z. B. das Fachverfahren.") var name: String
        @Option(
            name: .customLong("scope"),
            help: "Berechtigung, mehrfach möglich: submissions.read (Vorgabe), submissions.acknowledge, submissions.write.")
        var scopes: [String] = []

        func validate() throws {
            if let unknown = scopes.first(where: { APIKey.Scope(rawValue: $0) == nil }) {
                throw ValidationError("Unbekannte Berechtigung „\(unknown)“; möglich sind \(APIKey.Scope.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }

        func run() async throws {
            let chosen = scopes.isEmpty ? [APIKey.Scope.readSubmissions] : Set(scopes.compactMap(APIKey.Scope.init(rawValue:)))
            try await Startup.withPortal(options) { portal in
                let secret = try await portal.createAPIKey(orgUnitSlug: orgUnit, name: name, scopes: Set(chosen))
                say(secret.text)
            }
        }
    }
}

extension APIKeyCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Zeigt die API-Schlüssel mit Berechtigungen und letzter Nutzung.")
        @OptionGroup var options: ServerOptions

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                for (key, unit) in try await portal.apiKeysWithUnits() {
                    let used = key.lastUsedAt.map { ISOTimestamp.string($0) } ?? "nie benutzt"
                    let state = key.revokedAt.map { "widerrufen " + ISOTimestamp.string($0) } ?? "gültig"
                    say("\(key.id)\t\(unit)\t\(key.name)\t\(key.scopes.map(\.rawValue).sorted().joined(separator: ","))\t\(used)\t\(state)")
                }
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Widerruft einen API-Schlüssel; er gilt ab der nächsten Anfrage nicht mehr.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "Kennung des Schlüssels (siehe apikey list).") var id: String

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                try await portal.revokeAPIKey(id: id)
                say("API-Schlüssel \(id) widerrufen.")
            }
        }
    }
}

struct HandoverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover", abstract: "Übergabe an DMS und Fachverfahren einrichten.",
        subcommands: [Add.self, List.self, Remove.self, RotateSecret.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Richtet einen Übergabeweg für eine Leistung ein: Übergabeordner, Webhook, Büro-Mail oder Abruf.")
        @OptionGroup var options: ServerOptions
        @Option(help: "Kurzname der Leistung.") var service: String
        @Option(name: .customLong("hot-folder"), help: "Ordner, den das DMS überwacht (absoluter Pfad).") var hotFolder: String?
        @Option(help: "Adresse des Empfängers (https://…).") var webhook: String?
        @Option(help: "Geheimnis des Webhooks (whsec_…); ohne Angabe wird eines erzeugt und angezeigt.") var secret: String?
        @Flag(name: .customLong("office-mail"), help: "Hinweis-Mail an das Funktionspostfach der Organisationseinheit.") var officeMail = false
        @Flag(
            name: .customLong("attach-receipt"),
            help: "Mit --office-mail: die Eingangsbestätigung (mit allen Angaben, also personenbezogen) als PDF anhängen.")
        var attachReceipt = false
        @Flag(help: "Abruf über die API durch ein Fachverfahren, das den Empfang quittiert.") var pull = false
        @Option(name: .customLong("fit-connect"), help: "FIT-Connect: Zustellpunkt-ID (UUID) der empfangenden Behörde.") var fitConnect: String?
        @Option(
            name: .customLong("fit-connect-region"),
            help: "FIT-Connect über den Routingdienst: Regionalschlüssel (ARS), der Zustellpunkt wird je Antrag über den LeiKa-Schlüssel gesucht.")
        var fitConnectRegion: String?
        @Option(name: .customLong("data-format"), help: "Mit FIT-Connect: Fachdaten als json (Schema aus dem Formular, Standard) oder xml (antrag.xml).")
        var dataFormat: String?

        func validate() throws {
            let chosen = [hotFolder != nil, webhook != nil, officeMail, pull, fitConnect != nil || fitConnectRegion != nil].filter { $0 }.count
            guard chosen == 1 else {
                throw ValidationError(
                    "Bitte genau einen Weg angeben: --hot-folder, --webhook, --office-mail, --pull oder --fit-connect (bzw. --fit-connect-region).")
            }
            guard fitConnect == nil || fitConnectRegion == nil else { throw ValidationError("Entweder --fit-connect oder --fit-connect-region, nicht beides.") }
            guard dataFormat == nil || fitConnect != nil || fitConnectRegion != nil else { throw ValidationError("--data-format gehört zu --fit-connect.") }
            guard dataFormat.map({ FITConnectAddress.DataFormat(rawValue: $0) != nil }) ?? true else {
                throw ValidationError("--data-format muss json oder xml sein, nicht „\(dataFormat ?? "")“.")
            }
            guard secret == nil || webhook != nil else { throw ValidationError("--secret gehört zu --webhook.") }
            guard !attachReceipt || officeMail else { throw ValidationError("--attach-receipt gehört zu --office-mail.") }
        }

        func run() async throws {
            let request: HandoverSetup.Request =
                if let hotFolder { .hotFolder(path: hotFolder) } else if let webhook { .webhook(url: webhook, secret: secret) } else if officeMail {
                    .officeMail(attachReceipt: attachReceipt)
                } else if let fitConnect {
                    .fitConnect(
                        FITConnectAddress(
                            destination: .id(FITConnectAddress.destinationID(fitConnect) ?? fitConnect),
                            dataFormat: dataFormat.flatMap(FITConnectAddress.DataFormat.init(rawValue:)) ?? .json))
                } else if let fitConnectRegion {
                    .fitConnect(
                        FITConnectAddress(
                            destination: .routing(regionalKey: fitConnectRegion),
                            dataFormat: dataFormat.flatMap(FITConnectAddress.DataFormat.init(rawValue:)) ?? .json))
                } else { .pull }
            try await Startup.withPortal(options) { portal in
                let (channel, secret) = try await portal.addHandoverChannel(serviceSlug: service, request)
                say("Übergabeweg \(channel.id) (\(channel.kind.rawValue)) für „\(service)“ eingerichtet.")
                if let secret, self.secret == nil { say("Geheimnis für den Empfänger (wird nur jetzt angezeigt): \(secret.text)") }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Zeigt die eingerichteten Übergabewege.")
        @OptionGroup var options: ServerOptions

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                let channels = try await portal.handoverChannels()
                if channels.isEmpty { say("Keine Übergabewege eingerichtet.") }
                for (channel, service) in channels {
                    let target: String =
                        switch channel.target {
                        case .hotFolder(let path): path
                        case .webhook(let url, _, let previous): url + (previous == nil ? "" : " (zwei Geheimnisse gültig)")
                        case .officeMail(let attach): "Funktionspostfach" + (attach ? " (mit Eingangsbestätigung)" : "")
                        case .pull: "API"
                        case .fitConnect(let address):
                            switch address.destination {
                            case .id(let id): "Zustellpunkt \(id), \(address.dataFormat.rawValue)"
                            case .routing(let key): "Routingdienst ARS \(key), \(address.dataFormat.rawValue)"
                            }
                        }
                    say("\(channel.id)\t\(service)\t\(channel.kind.rawValue)\t\(target)")
                }
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Entfernt einen Übergabeweg; neue Anträge gehen nicht mehr darüber.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "Kennung des Übergabewegs (siehe handover list).") var id: String

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                try await portal.removeHandoverChannel(id: id)
                say("Übergabeweg \(id) entfernt.")
            }
        }
    }

    struct RotateSecret: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate-secret", abstract: "Wechselt das Geheimnis eines Webhooks; das bisherige gilt bis zum nächsten Wechsel mit.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "Kennung des Webhooks (siehe handover list).") var id: String
        @Option(help: "Neues Geheimnis (whsec_…); ohne Angabe wird eines erzeugt.") var secret: String?

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                let secret = try await portal.rotateWebhookSecret(id: id, secret: self.secret)
                say("Neues Geheimnis für \(id): \(secret.text)")
            }
        }
    }
}

struct PrintBatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print-batch",
        abstract: "Übergibt die Bescheide, die per Post gehen, an den Druckdienst (sonst täglich um PRINT_BATCH_TIME).")
    @OptionGroup var options: ServerOptions
    @Flag(help: "Jetzt: alle bis jetzt zugestellten Bescheide, nicht nur die bis zur letzten Druckzeit.") var now = false

    func run() async throws {
        try await Startup.withPortal(options) { portal in
            guard let service = portal.printService() else {
                throw AdministrationError("Kein Druckdienst eingerichtet: setzen Sie PRINT_BATCH_DIR auf dessen Ordner.")
            }
            let instant = Date()
            let cutoff = now ? instant : portal.configuration.printBatchTime.last(atOrBefore: instant, in: portal.configuration.timeZone)
            let batches = try await service.run(cutoff: cutoff, now: instant)
            if batches.isEmpty { say("Kein Bescheid wartet auf den Postversand.") }
            for batch in batches {
                say("Druckstapel \(batch.id): \(batch.items.count) Bescheid(e) in \(service.folder.appendingPathComponent(batch.id).path)")
            }
        }
    }
}

struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention", abstract: "Speicherfristen: Fälliges löschen oder anonymisieren (sonst täglich um RETENTION_TIME).",
        subcommands: [Run.self])

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Löscht oder anonymisiert jetzt, was nach den Speicherfristen fällig ist.")
        @OptionGroup var options: ServerOptions

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                let records = try await portal.retentionRun().run(at: Date())
                if records.isEmpty { say("Nichts fällig.") }
                for record in records {
                    let verb = record.action == .delete ? "gelöscht" : "anonymisiert"
                    say("\(record.serviceID?.description ?? "Verwaltung"): \(record.stage.rawValue) \(record.count) \(verb)")
                }
            }
        }
    }
}

struct PrivacyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy", abstract: "Datenschutz: Verzeichnis von Verarbeitungstätigkeiten.", subcommands: [Record.self])

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Gibt den Eintrag einer Leistung im Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) aus.")
        @OptionGroup var options: ServerOptions
        @Option(help: "Kurzname der Leistung.") var service: String
        @Option(help: "md oder csv.") var format: String = "md"

        func run() async throws {
            guard format == "md" || format == "csv" else {
                FileHandle.standardError.write(Data("Fehler: --format muss md oder csv sein.\n".utf8))
                throw ExitCode(2)
            }
            try await Startup.withPortal(options) { portal in
                let record = try await portal.processingRecord(serviceSlug: service)
                FileHandle.standardOutput.write(
                    Data(
                        (format == "csv" ? ProcessingRecordText.for(.portalDefault).csv(record) : ProcessingRecordText.for(.portalDefault).markdown(record))
                            .utf8))
            }
        }
    }
}

struct OrgUnitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orgunit", abstract: "Organisationseinheiten verwalten.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Legt eine Organisationseinheit an, z. B. ein Amt.")
        @OptionGroup var options: ServerOptions
        @Option(help: "Kurzname, z. B. untere-wasserbehoerde.") var slug: String
        @Option(help: "Name, z. B. Untere Wasserbehörde.") var name: String
        @Flag(name: .customLong("ohne-freigabe"), help: "Entwürfe dieser Stelle brauchen keine Freigabe durch die Fachabteilung.") var withoutApproval = false

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                let unit = try await portal.createOrgUnit(slug: slug, name: name, requiresApproval: !withoutApproval)
                say("Organisationseinheit „\(unit.name)“ (\(unit.slug)) angelegt.")
            }
        }
    }
}

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Konten der Mitarbeitenden verwalten.", subcommands: [Create.self, Deactivate.self])

    struct Deactivate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Deaktiviert ein Konto und beendet sofort alle seine Sitzungen.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "Benutzername.") var username: String

        func run() async throws {
            try await Startup.withPortal(options) { portal in
                try await portal.deactivateStaffUser(username: username)
                say("Konto „\(username.lowercased())“ deaktiviert; seine Sitzungen sind beendet.")
            }
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Legt ein Konto an. Das Passwort wird von der Standardeingabe gelesen.")
        @OptionGroup var options: ServerOptions
        @Option(help: "Benutzername.") var username: String
        @Option(name: .customLong("display-name"), help: "Angezeigter Name.") var displayName: String
        @Option(name: .customLong("org-unit"), help: "Kurzname einer Organisationseinheit (mehrfach möglich).") var orgUnits: [String] = []
        @Option(help: "Rolle: caseWorker, editor, reviewer, privacyOfficer, admin (mehrfach möglich).") var role: [String] = []
        @Option(help: "E-Mail-Adresse für Benachrichtigungen (zum Beispiel Prüfaufträge).") var email: String?

        func run() async throws {
            let configuration = try checked { try options.configuration() }
            let roles = try checked {
                try Set(
                    role.map { name in
                        guard let role = StaffRole(rawValue: name) else { throw AdministrationError("Unbekannte Rolle „\(name)“.") }
                        return role
                    })
            }
            // Read from stdin, never from a flag: flags are visible to every user in the process list.
            guard let password = readLine(strippingNewline: true), !password.isEmpty else {
                FileHandle.standardError.write(Data("Fehler: Bitte das Passwort über die Standardeingabe übergeben.\n".utf8))
                throw ExitCode(2)
            }
            try await Startup.run(configuration) { logger in
                let portal = try await checkedAsync { try await Portal.open(configuration, logger: logger) }
                do {
                    try await portal.createStaffUser(
                        username: username, displayName: displayName, password: password, roles: roles, orgUnitSlugs: orgUnits, email: email)
                    say("Konto „\(username.lowercased())“ angelegt.")
                    await portal.close()
                } catch {
                    await portal.close()
                    throw error
                }
            }
        }
    }
}

struct BenchSeed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-seed", abstract: "Füllt die Datenbank mit Test-Anträgen (für Benchmarks).", shouldDisplay: false)
    @OptionGroup var options: ServerOptions
    @Option(help: "Anzahl der Anträge.") var count: Int = 1_000_000
    @Option(help: "Begonnene Online-Anträge je Tag für ein Jahr Statistik (0: keine).") var statisticsStartsPerDay: Double = 0
    @Option(help: "Anteil der eingereichten Anträge mit Bewertung.") var ratingShare: Double = 0.25

    func run() async throws {
        let configuration = try checked { try options.configuration() }
        try await Startup.run(configuration) { logger in
            let portal = try await checkedAsync { try await Portal.open(configuration, logger: logger) }
            _ = try await portal.installDemo(credentialsFile: (configuration.dataDirectory ?? ".") + "/demo-credentials.json", withStatistics: false)
            if count > 0 {
                try await portal.seedSubmissions(count: count) { done in
                    if done % 100_000 == 0 { say("\(done) Anträge angelegt") }
                }
                try await portal.seedCaseWork(today: LocalDate(Date(), in: configuration.timeZone))
                say("Status, Zuständigkeit und Fristen verteilt")
            }
            if statisticsStartsPerDay > 0 {
                let written = try await portal.seedDemoStatistics(startsPerDay: statisticsStartsPerDay, ratingShare: ratingShare)
                say("Statistik: \(written.events) Ereignisse, davon \(written.ratings) Bewertungen")
            }
            await portal.close()
        }
    }
}

struct XDFCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xdf", abstract: "FIM-XDatenfelder-Schemata lesen und importieren.", subcommands: [Inspect.self, Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Legt aus einem Stammdatenschema einen Formularentwurf für eine Leistung an (die Leistung als Entwurf, wenn sie neu ist)."
        )
        @OptionGroup var options: ServerOptions
        @Argument(help: "Die XML-Datei (XDatenfelder 2.0 oder 3.0).") var file: String
        @Option(help: "Kurzname der Leistung.") var service: String
        @Option(help: "Ordner mit Genericode-Codelisten.") var codelists: String?
        @Option(name: .customLong("org-unit"), help: "Kurzname der Organisationseinheit, wenn die Leistung neu ist.") var orgUnit: String?

        func run() async throws {
            let configuration = try checked { try options.configuration() }
            try await Startup.run(configuration) { logger in
                let portal = try await checkedAsync { try await Portal.open(configuration, logger: logger) }
                // A progress line for long imports, only on a terminal.
                let terminal = isatty(2) == 1
                var lastShown = -1
                do {
                    let outcome = try await portal.importXDF(file: file, serviceSlug: service, codeListDirectory: codelists, orgUnitSlug: orgUnit) {
                        done, total in
                        guard terminal, total > 0 else { return }
                        let percent = done * 100 / total
                        if percent != lastShown {
                            lastShown = percent
                            FileHandle.standardError.write(Data("\rImport: \(done)/\(total) Felder (\(percent) %)".utf8))
                        }
                    }
                    if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
                    let result = outcome.result
                    say(
                        JSONValue.object([
                            .init("service", .string(outcome.service.slug)), .init("serviceCreated", .bool(outcome.createdService)),
                            .init("draft", .string(outcome.draft.id.description)), .init("standard", .string(result.standard.rawValue)),
                            .init("id", .string(result.id)), .init("version", result.version.map(JSONValue.string) ?? .null),
                            .init("title", .string(result.title)), .init("steps", .number(Decimal(result.schema.steps.count))),
                            .init("fields", .number(Decimal(result.fields))), .init("groups", .number(Decimal(result.groups))),
                            .init("notes", .number(Decimal(result.notes.count))), .init("warnings", .array(result.warnings.map(JSONValue.string))),
                        ]).jsonText)
                    await portal.close()
                } catch {
                    await portal.close()
                    throw error
                }
            }
        }
    }

    struct Inspect: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fasst ein XDatenfelder-Schema (2.0 oder 3.0) als JSON zusammen.")
        @Argument(help: "Die XML-Datei.") var file: String

        func run() async throws {
            do {
                say(try XDFInspector.inspect(fileAt: file).json.jsonText)
            } catch {
                FileHandle.standardError.write(Data(("Fehler: " + error.message + "\n").utf8))
                throw ExitCode(2)
            }
        }
    }
}

struct BenchValidate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-validate", abstract: "Misst die Prüfung eines Formulars mit 300 Feldern und 100 Bedingungen.", shouldDisplay: false)
    @Option(help: "Anzahl der Prüfungen.") var count: Int = 2000

    func run() async throws {
        let today = LocalDate(Date(), in: TimeZone(identifier: "Europe/Berlin")!)
        _ = ValidationBenchmark.run(count: 50, today: today)
        let micros = ValidationBenchmark.run(count: count, today: today)
        say("validate_300_fields_100_conditions_us \(String(format: "%.0f", micros))")
    }
}

struct BenchFITConnect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-fitconnect", abstract: "Misst Senden und Empfangen über FIT-Connect gegen den lokalen Testserver.", shouldDisplay: false)
    @OptionGroup var options: ServerOptions
    @Option(help: "Adresse des Testservers (scripts/testtools/fitconnect_server.py).") var server: String
    @Option(help: "Anzahl der Anträge je Richtung.") var count: Int = 200
    @Option(help: "Größe der Anlage in Byte.") var size: Int = 1_048_576
    @Option(help: "Gleichzeitig.") var concurrency: Int = 8

    func run() async throws {
        try await Startup.withPortal(options) { portal in
            let sent = try await FITConnectBenchmark.send(portal: portal, server: server, count: count, size: size, concurrency: concurrency)
            say(String(format: "senden:    %d Anträge mit %d Byte in %.2f s = %.1f/s", sent.count, size, sent.seconds, sent.perSecond))
            let received = try await FITConnectBenchmark.receive(portal: portal, server: server, count: count, size: size, concurrency: concurrency)
            say(String(format: "empfangen: %d Anträge mit %d Byte in %.2f s = %.1f/s", received.count, size, received.seconds, received.perSecond))
        }
    }
}
