import Foundation
import NIOCore
import PortalCore
import PortalStorage
import PortalWeb

/// Everything the portal reads from its environment. Flags of the CLI override environment variables.
public struct AppConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Where the SQLite database and, later, files live.
    public var dataDirectory: String?
    /// `postgres://…` selects PostgreSQL; empty means SQLite under `dataDirectory`.
    public var databaseURL: String?
    /// The public address of the portal, for links in mails and receipts.
    public var baseURL: String?
    public var portalName: String
    /// Who runs the portal (`AUTHORITY_NAME`, `AUTHORITY_ADDRESS`): header, footer and receipts name it.
    public var authority = Authority.unnamed
    public var timeZone: TimeZone
    /// Whether `serve` runs job workers in-process (`RUN_WORKERS=false` when separate workers run).
    public var runWorkers: Bool
    public var logFormat: LogFormat
    /// clamd's `host:port` for scanning uploads; without it uploads are not scanned.
    public var clamdAddress: (host: String, port: Int)?
    /// How long a draft saved for later stays available.
    public var savedDraftDays = 30
    /// The SMTP server mails go to; without it mails are only logged (subject only).
    public var smtp: SMTPMailTransport.Settings?
    /// An OpenID Connect provider citizens can sign in with; without it only e-mail and password.
    public var openIDConnect: OpenIDConnectProvider.Settings?
    /// Staff sign-in through the authority's directory (`STAFF_OIDC_*`): a second provider, and how
    /// its answers find accounts.
    public var staffDirectory: (provider: OpenIDConnectProvider.Settings, signIn: DirectorySignIn)?
    /// Reverse proxies whose `Forwarded` / `X-Forwarded-For` name the client (`TRUSTED_PROXIES`).
    public var trustedProxies: [AddressRange] = []
    /// Applications one client may file per hour without an API key (`SUBMISSIONS_PER_HOUR`).
    public var submissionsPerHour = 120
    /// Absolute session lifetimes in hours (`STAFF_SESSION_HOURS`, `CITIZEN_SESSION_HOURS`).
    public var staffSessionHours = 10
    public var citizenSessionHours = 12
    /// Who must sign in with a second factor (`STAFF_TOTP_REQUIRED`: admins, all or off).
    public var staffSecondFactor = SecondFactorRequirement.admins
    /// `Strict-Transport-Security` on every answer; on by default when `BASE_URL` is https (`HSTS=false` turns it off).
    public var strictTransportSecurity: Bool?
    /// Megabytes the unsubmitted uploads of one session may take together (`UPLOAD_QUOTA_MB`).
    public var uploadQuotaMB = 100
    /// Attempts per hand-over delivery before it is marked failed (`HANDOVER_MAX_ATTEMPTS`); with
    /// the backoff of 5 s doubling up to an hour, 16 attempts span about nine hours.
    public var handoverMaxAttempts = 16
    /// The pause after a hand-over's first failed attempt, doubling with each further one up to an
    /// hour (`HANDOVER_RETRY_SECONDS`, 5; the drill in `scripts/test` uses a fraction of a second).
    public var handoverRetrySeconds: Double = 5
    /// How long a worker's claim on a job holds (`JOB_LEASE_SECONDS`, 90): a worker killed outright
    /// leaves its jobs to the others after this. Longer than any job takes (a webhook waits 30 s).
    public var jobLeaseSeconds = 90
    /// Counts below this are suppressed in the open data (`OPEN_DATA_MIN_COUNT`, 5).
    public var openDataMinimumCount = OpenDataFigures.defaultThreshold
    /// The open data's licence (`OPEN_DATA_LICENCE`), a URI of the DCAT-AP.de licence vocabulary.
    public var openDataLicence = OpenDataCatalog.defaultLicence
    /// Seconds a webhook receiver has to answer (`WEBHOOK_TIMEOUT_SECONDS`).
    public var webhookTimeoutSeconds = 30
    /// The payment platform (`PAYMENT_*`, XBezahldienste); without it fees are not collected online.
    public var payment: PaymentPlatform.Settings?
    /// FIT-Connect as a sender (`FITCONNECT_*`); without it no service can send through FIT-Connect.
    public var fitConnect: FITConnectSettings?
    /// FIT-Connect as a destination's subscriber (`FITCONNECT_SUBSCRIBER_…`); without it nothing is received.
    public var fitConnectReceiving: FITConnectReceiving?
    /// The demo's payment platform in the same process, when no real one is set (`serviceportal demo`).
    public var testPaymentPlatform = false
    /// `serve` without `CLAMD_ADDRESS` only with `ALLOW_UNSCANNED_UPLOADS=true`.
    public var allowUnscannedUploads = false
    /// The print service's folder (`PRINT_BATCH_DIR`); without it decisions cannot go by post.
    public var printBatchDirectory: String?
    /// When the day's print batch is collected (`PRINT_BATCH_TIME`, `HH:MM` in `TIME_ZONE`).
    public var printBatchTime = DailyTime(hour: 14, minute: 0)!
    /// When the daily retention run deletes what is due (`RETENTION_TIME`, `HH:MM` in `TIME_ZONE`; a quiet hour).
    public var retentionTime = DailyTime(hour: 2, minute: 30)!
    /// Where `/metrics` listens (`METRICS_ADDRESS`, `host:port`); off without it.
    public var metricsAddress: (host: String, port: Int)?
    /// `METRICS_TOKEN`: the scraper sends it as `Authorization: Bearer …`.
    public var metricsToken: String?
    /// The data keys for encryption at rest (`ENCRYPTION_KEY_FILE`, decision 0077); without it
    /// answers and files are stored unencrypted.
    public var encryptionKeyFile: String?

    /// Whether answers carry `Strict-Transport-Security`.
    public var sendsStrictTransportSecurity: Bool {
        strictTransportSecurity ?? (baseURL?.lowercased().hasPrefix("https://") ?? false)
    }

    public enum LogFormat: String, Sendable {
        case text
        case json
    }

    public init(
        host: String = "127.0.0.1", port: Int = 8080, dataDirectory: String? = nil, databaseURL: String? = nil,
        baseURL: String? = nil, portalName: String = "Serviceportal", timeZone: TimeZone = TimeZone(identifier: "Europe/Berlin")!,
        runWorkers: Bool = true, logFormat: LogFormat = .text
    ) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.baseURL = baseURL
        self.portalName = portalName
        self.timeZone = timeZone
        self.runWorkers = runWorkers
        self.logFormat = logFormat
    }

    /// Reads `HOST`, `PORT`, `DATA_DIR`, `DATABASE_URL`, `BASE_URL`, `PORTAL_NAME`, `AUTHORITY_NAME`, `AUTHORITY_ADDRESS`, `TIME_ZONE`,
    /// `RUN_WORKERS`, `LOG_FORMAT`, `CLAMD_ADDRESS` and `SAVED_DRAFT_DAYS`; a malformed value is an error, not a silent default.
    public static func environment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfiguration {
        var configuration = AppConfiguration()
        func value(_ name: String) -> String? {
            guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        if let host = value("HOST") { configuration.host = host }
        if let port = value("PORT") { configuration.port = try parsePort(port, source: "PORT") }
        configuration.dataDirectory = value("DATA_DIR")
        configuration.databaseURL = value("DATABASE_URL")
        configuration.baseURL = value("BASE_URL")
        if let name = value("PORTAL_NAME") { configuration.portalName = name }
        if let name = value("AUTHORITY_NAME") {
            configuration.authority = Authority(name: String(name.prefix(200)), address: String((value("AUTHORITY_ADDRESS") ?? "").prefix(300)))
        }
        if let zone = value("TIME_ZONE") {
            guard let timeZone = TimeZone(identifier: zone) else {
                throw ConfigurationError("TIME_ZONE „\(zone)“ ist keine bekannte Zeitzone (z. B. Europe/Berlin).")
            }
            configuration.timeZone = timeZone
        }
        if let flag = value("RUN_WORKERS") {
            guard let run = Bool(flag.lowercased()) else { throw ConfigurationError("RUN_WORKERS muss true oder false sein.") }
            configuration.runWorkers = run
        }
        if let format = value("LOG_FORMAT") {
            guard let parsed = LogFormat(rawValue: format) else { throw ConfigurationError("LOG_FORMAT muss text oder json sein.") }
            configuration.logFormat = parsed
        }
        if let days = value("SAVED_DRAFT_DAYS") {
            guard let number = Int(days), (1...365).contains(number) else {
                throw ConfigurationError("SAVED_DRAFT_DAYS muss eine Zahl von 1 bis 365 sein, nicht „\(days)“.")
            }
            configuration.savedDraftDays = number
        }
        if let host = value("SMTP_HOST") {
            let security: SMTPMailTransport.Settings.Security
            if let text = value("SMTP_SECURITY") {
                guard let parsed = SMTPMailTransport.Settings.Security(rawValue: text.lowercased()) else {
                    throw ConfigurationError("SMTP_SECURITY muss starttls, tls oder none sein, nicht „\(text)“.")
                }
                security = parsed
            } else {
                security = .startTLS
            }
            let port = try value("SMTP_PORT").map { try parsePort($0, source: "SMTP_PORT") } ?? (security == .tls ? 465 : security == .startTLS ? 587 : 25)
            guard let from = value("MAIL_FROM"), Mail.isPlausibleAddress(from), from.allSatisfy(\.isASCII) else {
                throw ConfigurationError("Mit SMTP_HOST braucht es MAIL_FROM, die Absenderadresse, zum Beispiel serviceportal@landkreis.de.")
            }
            let username = value("SMTP_USERNAME")
            let password = value("SMTP_PASSWORD")
            if (username == nil) != (password == nil) { throw ConfigurationError("SMTP_USERNAME und SMTP_PASSWORD gehören zusammen.") }
            if username != nil && security == .none && host != "127.0.0.1" && host != "localhost" {
                throw ConfigurationError("Ein SMTP-Passwort wird nicht unverschlüsselt gesendet: Setzen Sie SMTP_SECURITY auf starttls oder tls.")
            }
            if let file = value("SMTP_CA_FILE"), !FileManager.default.fileExists(atPath: file) {
                throw ConfigurationError("SMTP_CA_FILE „\(file)“ gibt es nicht.")
            }
            configuration.smtp = .init(
                host: host, port: port, security: security, username: username, password: password, from: from,
                fromName: value("MAIL_FROM_NAME") ?? configuration.portalName, trustedCertificates: value("SMTP_CA_FILE"),
                localName: value("BASE_URL").flatMap { URL(string: $0)?.host }.map(ehloName) ?? "serviceportal.localhost"
            )
        }
        if let issuer = value("OIDC_ISSUER") {
            configuration.openIDConnect = try openIDConnect(issuer: issuer, value)
        }
        if let issuer = value("STAFF_OIDC_ISSUER") {
            configuration.staffDirectory = try staffDirectory(issuer: issuer, value)
            if configuration.staffDirectory?.provider.name == configuration.openIDConnect?.name {
                throw ConfigurationError("STAFF_OIDC_ID und OIDC_ID müssen sich unterscheiden.")
            }
        }
        if let list = value("TRUSTED_PROXIES") {
            configuration.trustedProxies = try list.split(whereSeparator: { $0 == "," || $0 == " " }).map { item in
                guard let range = AddressRange(String(item)) else {
                    throw ConfigurationError("TRUSTED_PROXIES: „\(item)“ ist keine IP-Adresse und kein Netz (z. B. 10.0.0.5, 10.0.0.0/8 oder fd00::/8).")
                }
                return range
            }
        }
        func number(_ name: String, _ range: ClosedRange<Int>) throws -> Int? {
            guard let text = value(name) else { return nil }
            guard let number = Int(text), range.contains(number) else {
                throw ConfigurationError("\(name) muss eine Zahl von \(range.lowerBound) bis \(range.upperBound) sein, nicht „\(text)“.")
            }
            return number
        }
        if let limit = try number("SUBMISSIONS_PER_HOUR", 1...1_000_000) { configuration.submissionsPerHour = limit }
        if let hours = try number("STAFF_SESSION_HOURS", 1...24) { configuration.staffSessionHours = hours }
        if let megabytes = try number("UPLOAD_QUOTA_MB", 1...10_000) { configuration.uploadQuotaMB = megabytes }
        if let hours = try number("CITIZEN_SESSION_HOURS", 1...72) { configuration.citizenSessionHours = hours }
        if let attempts = try number("HANDOVER_MAX_ATTEMPTS", 1...100) { configuration.handoverMaxAttempts = attempts }
        if let seconds = try number("WEBHOOK_TIMEOUT_SECONDS", 1...300) { configuration.webhookTimeoutSeconds = seconds }
        if let seconds = try number("JOB_LEASE_SECONDS", 5...3600) { configuration.jobLeaseSeconds = seconds }
        if let count = try number("OPEN_DATA_MIN_COUNT", 1...1000) { configuration.openDataMinimumCount = count }
        if let licence = value("OPEN_DATA_LICENCE") {
            guard licence.hasPrefix("http://") || licence.hasPrefix("https://"), URL(string: licence) != nil, !licence.contains(" ") else {
                throw ConfigurationError(
                    "OPEN_DATA_LICENCE muss eine Adresse aus dem Lizenzvokabular von DCAT-AP.de sein, z. B. \(OpenDataCatalog.defaultLicence).")
            }
            configuration.openDataLicence = licence
        }
        configuration.payment = try paymentPlatform(value)
        configuration.fitConnect = try fitConnect(value, publicBaseURL: configuration.baseURL)
        configuration.fitConnectReceiving = try fitConnectSubscriber(value).map {
            FITConnectReceiving(subscriber: $0.settings, tokenURL: $0.tokenURL, submissionAPI: $0.submissionAPI)
        }
        if let text = value("HANDOVER_RETRY_SECONDS") {
            guard let seconds = Double(text), (0.01...3600).contains(seconds) else {
                throw ConfigurationError("HANDOVER_RETRY_SECONDS muss eine Zahl von 0.01 bis 3600 sein, nicht „\(text)“.")
            }
            configuration.handoverRetrySeconds = seconds
        }
        func flag(_ name: String) throws -> Bool? {
            guard let text = value(name) else { return nil }
            guard let flag = Bool(text.lowercased()) else { throw ConfigurationError("\(name) muss true oder false sein, nicht „\(text)“.") }
            return flag
        }
        configuration.strictTransportSecurity = try flag("HSTS")
        if let text = value("STAFF_TOTP_REQUIRED") {
            guard let requirement = SecondFactorRequirement(rawValue: text.lowercased()) else {
                throw ConfigurationError("STAFF_TOTP_REQUIRED muss admins, all oder off sein, nicht „\(text)“.")
            }
            configuration.staffSecondFactor = requirement
        }
        configuration.allowUnscannedUploads = try flag("ALLOW_UNSCANNED_UPLOADS") ?? false
        if let address = value("CLAMD_ADDRESS") {
            let parts = address.split(separator: ":")
            guard parts.count == 2 else { throw ConfigurationError("CLAMD_ADDRESS muss die Form host:port haben, zum Beispiel 127.0.0.1:3310.") }
            configuration.clamdAddress = (String(parts[0]), try parsePort(String(parts[1]), source: "CLAMD_ADDRESS"))
        }
        if let address = value("METRICS_ADDRESS") {
            guard let colon = address.lastIndex(of: ":"), colon != address.startIndex else {
                throw ConfigurationError("METRICS_ADDRESS muss die Form host:port haben, zum Beispiel 127.0.0.1:9464.")
            }
            let host = String(address[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            configuration.metricsAddress = (host, try parsePort(String(address[address.index(after: colon)...]), source: "METRICS_ADDRESS"))
        }
        configuration.encryptionKeyFile = value("ENCRYPTION_KEY_FILE")
        if let token = value("METRICS_TOKEN") {
            guard token.count >= 16 else { throw ConfigurationError("METRICS_TOKEN muss mindestens 16 Zeichen lang sein.") }
            configuration.metricsToken = token
        }
        if let folder = value("PRINT_BATCH_DIR") {
            var isDirectory: ObjCBool = false
            guard folder.hasPrefix("/"), FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ConfigurationError("PRINT_BATCH_DIR muss ein vorhandener Ordner mit absolutem Pfad sein, nicht „\(folder)“.")
            }
            configuration.printBatchDirectory = folder
        }
        if let text = value("PRINT_BATCH_TIME") {
            guard let time = DailyTime(text) else { throw ConfigurationError("PRINT_BATCH_TIME muss eine Uhrzeit wie 14:00 sein, nicht „\(text)“.") }
            configuration.printBatchTime = time
        }
        if let text = value("RETENTION_TIME") {
            guard let time = DailyTime(text) else { throw ConfigurationError("RETENTION_TIME muss eine Uhrzeit wie 02:30 sein, nicht „\(text)“.") }
            configuration.retentionTime = time
        }
        return configuration
    }

    /// The name the portal gives itself in EHLO: a host name, or an address in brackets (RFC 5321 4.1.3).
    static func ehloName(_ host: String) -> String {
        guard (try? SocketAddress(ipAddress: host, port: 0)) != nil else { return host }
        return host.contains(":") ? "[IPv6:\(host)]" : "[\(host)]"
    }

    /// `PAYMENT_PROVIDER_URL` with `PAYMENT_ORIGINATOR_ID`, `PAYMENT_ENDPOINT_ID` and `PAYMENT_AUTH`:
    /// `basic` (`PAYMENT_CLIENT_ID`, `PAYMENT_CLIENT_SECRET`), `oauth2` (the same and `PAYMENT_TOKEN_URL`)
    /// or `mtls` (`PAYMENT_CLIENT_CERT` with `PAYMENT_CLIENT_KEY` as PEM, or a PKCS#12 file with
    /// `PAYMENT_CLIENT_CERT_PASSWORD`); `PAYMENT_CA_FILE` adds certificates to trust.
    /// Sending: `FITCONNECT_TOKEN_URL`, `FITCONNECT_SUBMISSION_API`, `FITCONNECT_CLIENT_ID` and
    /// `FITCONNECT_CLIENT_SECRET`, optionally `FITCONNECT_DESTINATION_API` (else the Submission API's
    /// address) and `FITCONNECT_ROUTING_API`. All or none: a half-set configuration is refused.
    static func fitConnect(_ value: (String) -> String?, publicBaseURL: String?) throws -> FITConnectSettings? {
        let sending = ["CLIENT_ID", "CLIENT_SECRET"].contains { value("FITCONNECT_" + $0) != nil }
        let receiving = Self.subscriberNames.contains { value("FITCONNECT_" + $0) != nil }
        guard sending || receiving else {
            if let stray = ["TOKEN_URL", "SUBMISSION_API", "DESTINATION_API", "ROUTING_API", "CALLBACK_SECRET"].first(where: {
                value("FITCONNECT_" + $0) != nil
            }) {
                throw ConfigurationError(
                    "FITCONNECT_\(stray) ist gesetzt, aber weder FITCONNECT_CLIENT_ID (Senden) noch FITCONNECT_SUBSCRIBER_CLIENT_ID (Empfangen): So gilt keine FIT-Connect-Einstellung."
                )
            }
            return nil
        }
        let names = ["TOKEN_URL", "SUBMISSION_API"] + (sending ? ["CLIENT_ID", "CLIENT_SECRET"] : [])
        if let missing = names.first(where: { value("FITCONNECT_" + $0) == nil }) {
            throw ConfigurationError("Für FIT-Connect braucht es auch FITCONNECT_\(missing).")
        }
        for name in ["TOKEN_URL", "SUBMISSION_API", "DESTINATION_API", "ROUTING_API"] {
            if let address = value("FITCONNECT_" + name), !OpenIDConnectProvider.isAcceptable(address) {
                throw ConfigurationError("FITCONNECT_\(name) „\(address)“ muss eine https-Adresse sein (http nur auf 127.0.0.1 oder localhost).")
            }
        }
        guard sending else { return nil }
        return FITConnectSettings(
            tokenURL: value("FITCONNECT_TOKEN_URL")!, submissionAPI: value("FITCONNECT_SUBMISSION_API")!, destinationAPI: value("FITCONNECT_DESTINATION_API"),
            routingAPI: value("FITCONNECT_ROUTING_API"), clientID: value("FITCONNECT_CLIENT_ID")!, clientSecret: value("FITCONNECT_CLIENT_SECRET")!,
            publicBaseURL: publicBaseURL ?? "http://localhost:8080")
    }

    static let subscriberNames = ["SUBSCRIBER_CLIENT_ID", "SUBSCRIBER_CLIENT_SECRET", "DESTINATION_ID", "DECRYPTION_KEY_FILE", "SIGNING_KEY_FILE"]

    /// Receiving as a destination's subscriber: `FITCONNECT_SUBSCRIBER_CLIENT_ID` and `…_SECRET`,
    /// `FITCONNECT_DESTINATION_ID`, `FITCONNECT_DECRYPTION_KEY_FILE` and `FITCONNECT_SIGNING_KEY_FILE`
    /// (private JWKs), optionally `FITCONNECT_CALLBACK_SECRET`; with the token URL and Submission API
    /// of the sending side. The key files are read and checked at start.
    static func fitConnectSubscriber(_ value: (String) -> String?) throws -> (settings: FITConnectSubscriberSettings, tokenURL: String, submissionAPI: String)?
    {
        guard Self.subscriberNames.contains(where: { value("FITCONNECT_" + $0) != nil }) else { return nil }
        if let missing = Self.subscriberNames.first(where: { value("FITCONNECT_" + $0) == nil }) {
            throw ConfigurationError("Zum Empfangen über FIT-Connect braucht es auch FITCONNECT_\(missing).")
        }
        guard let destination = FITConnectAddress.destinationID(value("FITCONNECT_DESTINATION_ID")!) else {
            throw ConfigurationError("FITCONNECT_DESTINATION_ID „\(value("FITCONNECT_DESTINATION_ID")!)“ ist keine Zustellpunkt-ID (UUID).")
        }
        let decryption: [RSAJWK]
        let signing: [RSAJWK]
        do {
            decryption = try FITConnectSubscriberSettings.privateKeys(file: value("FITCONNECT_DECRYPTION_KEY_FILE")!)
            signing = try FITConnectSubscriberSettings.privateKeys(file: value("FITCONNECT_SIGNING_KEY_FILE")!)
        } catch {
            throw ConfigurationError("FIT-Connect-Schlüssel unbrauchbar: \(error)")
        }
        if let secret = value("FITCONNECT_CALLBACK_SECRET"), secret.count < 32 {
            throw ConfigurationError("FITCONNECT_CALLBACK_SECRET ist mit \(secret.count) Zeichen zu kurz (mindestens 32).")
        }
        return (
            FITConnectSubscriberSettings(
                clientID: value("FITCONNECT_SUBSCRIBER_CLIENT_ID")!, clientSecret: value("FITCONNECT_SUBSCRIBER_CLIENT_SECRET")!, destinationID: destination,
                decryptionKeys: decryption, signingKey: signing[0], callbackSecret: value("FITCONNECT_CALLBACK_SECRET")),
            value("FITCONNECT_TOKEN_URL")!, value("FITCONNECT_SUBMISSION_API")!
        )
    }

    static func paymentPlatform(_ value: (String) -> String?) throws -> PaymentPlatform.Settings? {
        let names = ["ORIGINATOR_ID", "ENDPOINT_ID", "AUTH", "CLIENT_ID", "CLIENT_SECRET", "TOKEN_URL", "CLIENT_CERT", "CLIENT_KEY", "CA_FILE", "TEST"]
        guard let base = value("PAYMENT_PROVIDER_URL") else {
            if let stray = names.first(where: { value("PAYMENT_" + $0) != nil }) {
                throw ConfigurationError(
                    "PAYMENT_\(stray) ist gesetzt, PAYMENT_PROVIDER_URL aber nicht: Ohne die Adresse der Zahlungsplattform gilt keine Zahlungseinstellung.")
            }
            return nil
        }
        guard OpenIDConnectProvider.isAcceptable(base) else {
            throw ConfigurationError("PAYMENT_PROVIDER_URL „\(base)“ muss eine https-Adresse sein (http nur auf 127.0.0.1 oder localhost).")
        }
        func required(_ name: String, _ purpose: String) throws -> String {
            guard let text = value("PAYMENT_" + name) else { throw ConfigurationError("Mit PAYMENT_PROVIDER_URL braucht es PAYMENT_\(name) (\(purpose)).") }
            return text
        }
        func file(_ name: String) throws -> String? {
            guard let path = value("PAYMENT_" + name) else { return nil }
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw ConfigurationError("PAYMENT_\(name) „\(path)“ gibt es nicht oder ist nicht lesbar.")
            }
            return path
        }
        let originator = try required("ORIGINATOR_ID", "die Kennung des Bewirtschafters bei der Plattform")
        let endpoint = try required("ENDPOINT_ID", "der Endpunkt für die Gebühren")
        let authentication: PaymentPlatform.Settings.Authentication
        switch try required("AUTH", "basic, oauth2 oder mtls") {
        case "basic":
            authentication = .basic(clientID: try required("CLIENT_ID", "der Benutzername"), secret: try required("CLIENT_SECRET", "das Passwort"))
        case "oauth2":
            let tokenURL = try required("TOKEN_URL", "die Adresse, die Zugangs-Tokens ausgibt")
            guard OpenIDConnectProvider.isAcceptable(tokenURL) else {
                throw ConfigurationError("PAYMENT_TOKEN_URL „\(tokenURL)“ muss eine https-Adresse sein (http nur auf 127.0.0.1 oder localhost).")
            }
            authentication = .oauth2(
                tokenURL: tokenURL, clientID: try required("CLIENT_ID", "die Client-ID"), secret: try required("CLIENT_SECRET", "das Client-Secret"))
        case "mtls":
            guard let certificate = try file("CLIENT_CERT") else {
                throw ConfigurationError(
                    "Mit PAYMENT_AUTH=mtls braucht es PAYMENT_CLIENT_CERT (Zertifikat als PEM mit PAYMENT_CLIENT_KEY, oder eine PKCS#12-Datei).")
            }
            let key = try file("CLIENT_KEY")
            let isBundle = [".p12", ".pfx"].contains { certificate.lowercased().hasSuffix($0) }
            guard key != nil || isBundle else {
                throw ConfigurationError(
                    "PAYMENT_CLIENT_CERT ist keine PKCS#12-Datei (.p12, .pfx): Dann braucht es PAYMENT_CLIENT_KEY mit dem Schlüssel als PEM.")
            }
            authentication = .mutualTLS(certificateFile: certificate, keyFile: key, password: value("PAYMENT_CLIENT_CERT_PASSWORD"))
        case let other:
            throw ConfigurationError("PAYMENT_AUTH muss basic, oauth2 oder mtls sein, nicht „\(other)“.")
        }
        var settings = PaymentPlatform.Settings(
            baseURL: base, originatorID: originator, endpointID: endpoint, authentication: authentication, trustedCertificatesFile: try file("CA_FILE"))
        if let text = value("PAYMENT_TEST") {
            guard let flag = Bool(text.lowercased()) else { throw ConfigurationError("PAYMENT_TEST muss true oder false sein, nicht „\(text)“.") }
            settings.isTest = flag
        }
        return settings
    }

    /// `OIDC_ISSUER` with `OIDC_CLIENT_ID`, and optionally `OIDC_CLIENT_SECRET`, `OIDC_ID` (the short
    /// name in links, default `oidc`), `OIDC_NAME` (the button's name), `OIDC_TRUST_LEVEL` (the level
    /// of a sign-in that states none, default basis), `OIDC_MAX_TRUST_LEVEL` (the most the provider's
    /// `acr` is believed, default the same), `OIDC_ACR_VALUES`, `OIDC_SCOPES`, `OIDC_SIGNIN_ORIGIN`.
    static func openIDConnect(
        issuer: String, prefix: String = "OIDC_", defaultName: String = "oidc", defaultDisplayName: String = "Servicekonto",
        _ lookup: (String) -> String?
    ) throws -> OpenIDConnectProvider.Settings {
        func value(_ name: String) -> String? { lookup(prefix + name) }
        guard OpenIDConnectProvider.isAcceptable(issuer) else {
            throw ConfigurationError("\(prefix)ISSUER „\(issuer)“ muss eine https-Adresse sein (http nur auf 127.0.0.1 oder localhost).")
        }
        guard let clientID = value("CLIENT_ID") else {
            throw ConfigurationError("Mit \(prefix)ISSUER braucht es \(prefix)CLIENT_ID, die Kennung des Portals beim Anbieter.")
        }
        func level(_ name: String) throws -> TrustLevel? {
            guard let text = value(name) else { return nil }
            guard let level = TrustLevel(rawValue: text.lowercased()) else {
                throw ConfigurationError("\(prefix)\(name) muss basis, substanziell oder hoch sein, nicht „\(text)“.")
            }
            return level
        }
        let defaultLevel = try level("TRUST_LEVEL") ?? .basic
        let highest = try level("MAX_TRUST_LEVEL") ?? defaultLevel
        guard highest >= defaultLevel else { throw ConfigurationError("\(prefix)MAX_TRUST_LEVEL darf nicht unter \(prefix)TRUST_LEVEL liegen.") }
        let name = value("ID") ?? defaultName
        guard (1...30).contains(name.count), name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw ConfigurationError("\(prefix)ID darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten (höchstens 30), nicht „\(name)“.")
        }
        var settings = OpenIDConnectProvider.Settings(
            name: name, displayName: value("NAME") ?? defaultDisplayName, issuer: issuer, clientID: clientID, clientSecret: value("CLIENT_SECRET"),
            defaultTrustLevel: defaultLevel, highestTrustLevel: highest
        )
        if let scopes = value("SCOPES") {
            guard scopes.split(separator: " ").contains("openid") else { throw ConfigurationError("\(prefix)SCOPES muss „openid“ enthalten.") }
            settings.scopes = scopes
        }
        settings.requestedContext = value("ACR_VALUES")
        if let origin = value("SIGNIN_ORIGIN") {
            guard OpenIDConnectProvider.isAcceptable(origin) else {
                throw ConfigurationError("\(prefix)SIGNIN_ORIGIN „\(origin)“ muss eine https-Adresse sein.")
            }
            settings.signInOrigin = origin
        }
        return settings
    }

    /// `STAFF_OIDC_ISSUER` with `STAFF_OIDC_CLIENT_ID` and the optional settings of the citizens'
    /// provider under the same names; further `STAFF_OIDC_MATCH` (`email`, the default, binds an
    /// account by its address at the first sign-in; `subject` only by a bound subject),
    /// `STAFF_OIDC_ROLE_CLAIM` with `STAFF_OIDC_ROLES` (`group=role, …`: the directory decides the roles).
    static func staffDirectory(
        issuer: String, _ value: (String) -> String?
    ) throws -> (provider: OpenIDConnectProvider.Settings, signIn: DirectorySignIn) {
        var settings = try openIDConnect(issuer: issuer, prefix: "STAFF_OIDC_", defaultName: "verzeichnis", defaultDisplayName: "Verzeichnis", value)
        var signIn = DirectorySignIn()
        if let match = value("STAFF_OIDC_MATCH") {
            guard ["email", "subject"].contains(match.lowercased()) else {
                throw ConfigurationError("STAFF_OIDC_MATCH muss email oder subject sein, nicht „\(match)“.")
            }
            signIn.matchesByEmail = match.lowercased() == "email"
        }
        switch (value("STAFF_OIDC_ROLE_CLAIM"), value("STAFF_OIDC_ROLES")) {
        case (nil, nil): break
        case (let claim?, let roles?):
            do {
                signIn.roleMapping = try DirectoryRoleMapping.parse(claim: claim, roles)
            } catch .malformed(let entry) {
                throw ConfigurationError("STAFF_OIDC_ROLES: „\(entry)“ hat nicht die Form Gruppe=Rolle.")
            } catch .unknownRole(let role) {
                let known = StaffRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ConfigurationError("STAFF_OIDC_ROLES: Die Rolle „\(role)“ gibt es nicht; möglich sind \(known).")
            }
            settings.roleClaim = claim
        default:
            throw ConfigurationError("STAFF_OIDC_ROLE_CLAIM und STAFF_OIDC_ROLES gehören zusammen.")
        }
        return (settings, signIn)
    }

    /// Where uploads wait while a request is checked: `DATA_DIR/tmp`, else the system's temporary directory.
    public func uploadDirectory() throws -> URL {
        guard let dataDirectory else { return FileManager.default.temporaryDirectory }
        let url = URL(fileURLWithPath: dataDirectory).appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    public static func parsePort(_ text: String, source: String) throws -> Int {
        guard let port = Int(text), (1...65535).contains(port) else {
            throw ConfigurationError("\(source) muss eine Portnummer von 1 bis 65535 sein, nicht „\(text)“.")
        }
        return port
    }

    /// The database to use; needs either `DATABASE_URL` or `DATA_DIR`.
    /// The cipher from `ENCRYPTION_KEY_FILE`; a file that is missing, readable by others or not a
    /// key file stops the start with its reason.
    public func cipher() throws -> DataCipher {
        guard let encryptionKeyFile else { return .none }
        return DataCipher(keys: try KeyFile.read(encryptionKeyFile))
    }

    public func databaseLocation() throws -> DatabaseLocation {
        if databaseURL == nil && dataDirectory == nil {
            throw ConfigurationError(
                "Es ist keine Datenbank angegeben: Setzen Sie DATA_DIR (SQLite) oder DATABASE_URL (postgres://…), oder die Optionen --data-dir bzw. --database-url."
            )
        }
        return try DatabaseLocation.resolve(databaseURL: databaseURL, dataDirectory: dataDirectory ?? ".")
    }

    /// What `serve` needs beyond a database: the public base URL.
    public func checkForServing() throws {
        var missing: [String] = []
        if databaseURL == nil && dataDirectory == nil { missing.append("DATA_DIR oder DATABASE_URL (--data-dir / --database-url)") }
        if baseURL == nil { missing.append("BASE_URL (--base-url), die öffentliche Adresse des Portals, z. B. https://service.landkreis.de") }
        if !missing.isEmpty {
            throw ConfigurationError("Der Server startet nicht, weil Einstellungen fehlen:\n  - " + missing.joined(separator: "\n  - "))
        }
        if let baseURL, URL(string: baseURL)?.scheme.map({ ["http", "https"].contains($0) }) != true {
            throw ConfigurationError("BASE_URL „\(baseURL)“ ist keine http(s)-Adresse.")
        }
        if clamdAddress == nil && !allowUnscannedUploads {
            throw ConfigurationError(
                """
                Der Server startet nicht: Hochgeladene Dateien würden nicht auf Viren geprüft. Setzen Sie CLAMD_ADDRESS \
                (host:port eines clamd) oder, wenn das bewusst so sein soll, ALLOW_UNSCANNED_UPLOADS=true.
                """)
        }
    }
}
