import Foundation
import PortalApp
import PortalStorage
import Testing

@Suite("Configuration")
struct ConfigurationTests {
    @Test("Environment variables are read, with sensible defaults")
    func environment() throws {
        let configuration = try AppConfiguration.environment([
            "HOST": "0.0.0.0", "PORT": "9000", "DATA_DIR": "/var/lib/sp", "BASE_URL": "https://service.landkreis.example",
            "RUN_WORKERS": "false", "LOG_FORMAT": "json", "CLAMD_ADDRESS": "127.0.0.1:3310",
        ])
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 9000)
        #expect(configuration.runWorkers == false)
        #expect(configuration.logFormat == .json)
        #expect(configuration.timeZone.identifier == "Europe/Berlin")
        #expect(try configuration.databaseLocation() == .sqlite(path: "/var/lib/sp/serviceportal.sqlite"))
        try configuration.checkForServing()
        #expect(configuration.trustedProxies.isEmpty && configuration.submissionsPerHour == 120)
        #expect(configuration.staffSessionHours == 10 && configuration.citizenSessionHours == 12)
        #expect(configuration.sendsStrictTransportSecurity, "https base URL")
    }

    @Test("Security settings: trusted proxies, limits, lifetimes, HSTS, and serving without a virus scanner only when allowed")
    func securitySettings() throws {
        let base = ["DATA_DIR": "/var/lib/sp", "BASE_URL": "https://service.landkreis.example"]
        let configuration = try AppConfiguration.environment(
            base.merging([
                "TRUSTED_PROXIES": "10.0.0.0/8, 192.0.2.7 fd00::/8", "SUBMISSIONS_PER_HOUR": "500", "STAFF_SESSION_HOURS": "8",
                "CITIZEN_SESSION_HOURS": "4", "HSTS": "false", "ALLOW_UNSCANNED_UPLOADS": "true", "STAFF_TOTP_REQUIRED": "All",
            ]) { $1 })
        #expect(configuration.staffSecondFactor == .all)
        #expect(try AppConfiguration.environment(base).staffSecondFactor == .admins, "admins by default")
        #expect(configuration.trustedProxies.count == 3)
        #expect(configuration.trustedProxies[0].contains("10.20.30.40") && !configuration.trustedProxies[0].contains("11.0.0.1"))
        #expect(configuration.trustedProxies[1].contains("192.0.2.7") && configuration.trustedProxies[2].contains("fd00::1"))
        #expect(configuration.submissionsPerHour == 500 && configuration.staffSessionHours == 8 && configuration.citizenSessionHours == 4)
        #expect(!configuration.sendsStrictTransportSecurity)
        try configuration.checkForServing()
        let unscanned = try AppConfiguration.environment(base)
        #expect(throws: (any Error).self) { try unscanned.checkForServing() }
        for (name, value, message) in [
            ("TRUSTED_PROXIES", "10.0.0.0/33", "TRUSTED_PROXIES: „10.0.0.0/33“"), ("TRUSTED_PROXIES", "proxy.intern", "„proxy.intern“ ist keine IP-Adresse"),
            ("SUBMISSIONS_PER_HOUR", "0", "SUBMISSIONS_PER_HOUR muss eine Zahl von 1"),
            ("STAFF_SESSION_HOURS", "48", "STAFF_SESSION_HOURS muss eine Zahl von 1 bis 24"),
            ("HSTS", "ja", "HSTS muss true oder false sein"), ("STAFF_TOTP_REQUIRED", "immer", "STAFF_TOTP_REQUIRED muss admins, all oder off sein"),
            ("ALLOW_UNSCANNED_UPLOADS", "1", "ALLOW_UNSCANNED_UPLOADS muss true oder false sein"),
        ] {
            #expect(throws: (any Error).self, "\(name)") {
                do { _ = try AppConfiguration.environment(base.merging([name: value]) { $1 }) } catch {
                    #expect("\(error)".contains(message), "\(error)")
                    throw error
                }
            }
        }
    }

    @Test("A postgres:// DATABASE_URL selects PostgreSQL and the password never shows in descriptions")
    func postgres() throws {
        let configuration = try AppConfiguration.environment(["DATABASE_URL": "postgres://portal:geheim@db.intern:5432/portal"])
        let location = try configuration.databaseLocation()
        #expect(location == .postgres(url: "postgres://portal:geheim@db.intern:5432/portal"))
        #expect(!location.description.contains("geheim"))
    }

    @Test(
        "Malformed values are errors with a German message",
        arguments: [
            ["PORT": "achtzig"], ["PORT": "70000"], ["TIME_ZONE": "Mars/Olympus"], ["RUN_WORKERS": "vielleicht"], ["LOG_FORMAT": "xml"],
            ["SMTP_HOST": "mail.landkreis.de"], ["SMTP_HOST": "mail.landkreis.de", "MAIL_FROM": "kein-at"],
            ["SMTP_HOST": "mail.landkreis.de", "MAIL_FROM": "portal@landkreis.de", "SMTP_SECURITY": "ssl"],
            ["SMTP_HOST": "mail.landkreis.de", "MAIL_FROM": "portal@landkreis.de", "SMTP_USERNAME": "portal"],
            ["SMTP_HOST": "mail.landkreis.de", "MAIL_FROM": "portal@landkreis.de", "SMTP_SECURITY": "none", "SMTP_USERNAME": "portal", "SMTP_PASSWORD": "x"],
            ["SMTP_HOST": "mail.landkreis.de", "MAIL_FROM": "portal@landkreis.de", "SMTP_CA_FILE": "/gibt/es/nicht.pem"],
            ["OIDC_ISSUER": "https://id.landkreis.de"], ["OIDC_ISSUER": "http://id.landkreis.de", "OIDC_CLIENT_ID": "portal"],
            ["OIDC_ISSUER": "https://id.landkreis.de", "OIDC_CLIENT_ID": "portal", "OIDC_TRUST_LEVEL": "mittel"],
            ["OIDC_ISSUER": "https://id.landkreis.de", "OIDC_CLIENT_ID": "portal", "OIDC_TRUST_LEVEL": "hoch", "OIDC_MAX_TRUST_LEVEL": "basis"],
            ["OIDC_ISSUER": "https://id.landkreis.de", "OIDC_CLIENT_ID": "portal", "OIDC_ID": "Mein Konto"],
            ["OIDC_ISSUER": "https://id.landkreis.de", "OIDC_CLIENT_ID": "portal", "OIDC_SCOPES": "email profile"],
            ["OIDC_ISSUER": "https://id.landkreis.de", "OIDC_CLIENT_ID": "portal", "OIDC_SIGNIN_ORIGIN": "http://login.landkreis.de"],
            ["STAFF_OIDC_ISSUER": "https://ad.landkreis.de"], ["STAFF_OIDC_ISSUER": "http://ad.landkreis.de", "STAFF_OIDC_CLIENT_ID": "portal"],
            ["STAFF_OIDC_ISSUER": "https://ad.landkreis.de", "STAFF_OIDC_CLIENT_ID": "portal", "STAFF_OIDC_MATCH": "name"],
            ["STAFF_OIDC_ISSUER": "https://ad.landkreis.de", "STAFF_OIDC_CLIENT_ID": "portal", "STAFF_OIDC_ROLE_CLAIM": "groups"],
            ["STAFF_OIDC_ISSUER": "https://ad.landkreis.de", "STAFF_OIDC_CLIENT_ID": "portal", "STAFF_OIDC_ROLE_CLAIM": "groups", "STAFF_OIDC_ROLES": "sb"],
            [
                "STAFF_OIDC_ISSUER": "https://ad.landkreis.de", "STAFF_OIDC_CLIENT_ID": "portal", "STAFF_OIDC_ROLE_CLAIM": "groups",
                "STAFF_OIDC_ROLES": "sb=kaiser",
            ],
            [
                "STAFF_OIDC_ISSUER": "https://ad.landkreis.de", "STAFF_OIDC_CLIENT_ID": "portal", "STAFF_OIDC_ID": "oidc",
                "OIDC_ISSUER": "https://id.landkreis.de", "OIDC_CLIENT_ID": "portal",
            ],
        ])
    func malformed(environment: [String: String]) {
        #expect(throws: ConfigurationError.self) { try AppConfiguration.environment(environment) }
    }

    static let payment = ["PAYMENT_PROVIDER_URL": "https://epay.land.de/api", "PAYMENT_ORIGINATOR_ID": "kreis", "PAYMENT_ENDPOINT_ID": "gebuehren"]

    @Test("Payment platform: the three ways to authenticate, each with what it needs; nothing without PAYMENT_PROVIDER_URL")
    func payment() throws {
        #expect(try AppConfiguration.environment([:]).payment == nil)
        let basic = try #require(
            try AppConfiguration.environment(
                Self.payment.merging(["PAYMENT_AUTH": "basic", "PAYMENT_CLIENT_ID": "kreis", "PAYMENT_CLIENT_SECRET": "geheim"]) { $1 }
            )
            .payment)
        #expect(basic.authentication == .basic(clientID: "kreis", secret: "geheim") && basic.originatorID == "kreis" && basic.endpointID == "gebuehren")
        let oauth = try AppConfiguration.environment(
            Self.payment.merging([
                "PAYMENT_AUTH": "oauth2", "PAYMENT_TOKEN_URL": "https://login.land.de/token", "PAYMENT_CLIENT_ID": "kreis", "PAYMENT_CLIENT_SECRET": "geheim",
            ]) { $1 })
        #expect(oauth.payment?.authentication == .oauth2(tokenURL: "https://login.land.de/token", clientID: "kreis", secret: "geheim"))
        let bundle = FileManager.default.temporaryDirectory.appendingPathComponent("zahlung-\(UUID().uuidString).p12").path
        FileManager.default.createFile(atPath: bundle, contents: Data("x".utf8))
        defer { try? FileManager.default.removeItem(atPath: bundle) }
        let mtls = try AppConfiguration.environment(
            Self.payment.merging(["PAYMENT_AUTH": "mtls", "PAYMENT_CLIENT_CERT": bundle, "PAYMENT_CLIENT_CERT_PASSWORD": "geheim"]) { $1 })
        #expect(mtls.payment?.authentication == .mutualTLS(certificateFile: bundle, keyFile: nil, password: "geheim"))
        // Every refusal names what is missing or wrong, in German.
        let refused: [[String: String]] = [
            ["PAYMENT_AUTH": "basic"], Self.payment, Self.payment.merging(["PAYMENT_AUTH": "kerberos"]) { $1 },
            Self.payment.merging(["PAYMENT_AUTH": "basic", "PAYMENT_CLIENT_ID": "kreis"]) { $1 },
            Self.payment.merging(["PAYMENT_AUTH": "oauth2", "PAYMENT_CLIENT_ID": "kreis", "PAYMENT_CLIENT_SECRET": "geheim"]) { $1 },
            Self.payment.merging([
                "PAYMENT_AUTH": "oauth2", "PAYMENT_TOKEN_URL": "http://login.land.de/token", "PAYMENT_CLIENT_ID": "kreis", "PAYMENT_CLIENT_SECRET": "geheim",
            ]) { $1 },
            Self.payment.merging(["PAYMENT_AUTH": "mtls"]) { $1 },
            Self.payment.merging(["PAYMENT_AUTH": "mtls", "PAYMENT_CLIENT_CERT": "/gibt/es/nicht.pem"]) { $1 },
            Self.payment.merging(["PAYMENT_AUTH": "mtls", "PAYMENT_CLIENT_CERT": #filePath]) { $1 },
            ["PAYMENT_PROVIDER_URL": "http://epay.land.de", "PAYMENT_ORIGINATOR_ID": "kreis", "PAYMENT_ENDPOINT_ID": "x", "PAYMENT_AUTH": "mtls"],
            Self.payment.merging(["PAYMENT_AUTH": "basic", "PAYMENT_CLIENT_ID": "k", "PAYMENT_CLIENT_SECRET": "g", "PAYMENT_CA_FILE": "/gibt/es/nicht.pem"]) {
                $1
            },
        ]
        for environment in refused {
            #expect(throws: ConfigurationError.self, "\(environment)") { try AppConfiguration.environment(environment) }
        }
    }

    @Test("FIT-Connect: all four settings or none; addresses only over https (http on 127.0.0.1); the Destination API defaults to the Submission API")
    func fitConnect() throws {
        #expect(try AppConfiguration.environment([:]).fitConnect == nil)
        let complete = [
            "FITCONNECT_TOKEN_URL": "https://auth.fit-connect.example/token", "FITCONNECT_SUBMISSION_API": "https://submission.fit-connect.example/",
            "FITCONNECT_CLIENT_ID": "kreis", "FITCONNECT_CLIENT_SECRET": "geheim", "BASE_URL": "https://portal.example",
        ]
        let settings = try #require(try AppConfiguration.environment(complete).fitConnect)
        #expect(settings.submissionAPI == "https://submission.fit-connect.example")
        #expect(settings.destinationAPI == "https://submission.fit-connect.example")
        #expect(settings.routingAPI == nil)
        #expect(settings.publicBaseURL == "https://portal.example")
        let routed = try AppConfiguration.environment(complete.merging(["FITCONNECT_ROUTING_API": "https://routing.fit-connect.example"]) { $1 })
        #expect(routed.fitConnect?.routingAPI == "https://routing.fit-connect.example")
        let refused: [[String: String]] = [
            ["FITCONNECT_ROUTING_API": "https://routing.fit-connect.example"],
            complete.filter { $0.key != "FITCONNECT_CLIENT_SECRET" },
            complete.merging(["FITCONNECT_SUBMISSION_API": "http://submission.fit-connect.example"]) { $1 },
        ]
        for environment in refused {
            #expect(throws: ConfigurationError.self, "\(environment)") { try AppConfiguration.environment(environment) }
        }
    }

    @Test("SMTP settings: STARTTLS on 587 by default, TLS on 465, the sender named after the portal")
    func smtp() throws {
        let configuration = try AppConfiguration.environment([
            "SMTP_HOST": "mail.landkreis.de", "MAIL_FROM": "serviceportal@landkreis.de", "PORTAL_NAME": "Serviceportal Kreis Muster",
            "SMTP_USERNAME": "portal", "SMTP_PASSWORD": "geheim", "BASE_URL": "https://service.landkreis.de",
        ])
        let smtp = try #require(configuration.smtp)
        #expect(smtp.port == 587 && smtp.security == .startTLS && smtp.fromName == "Serviceportal Kreis Muster" && smtp.localName == "service.landkreis.de")
        let tls = try AppConfiguration.environment(["SMTP_HOST": "mail.landkreis.de", "MAIL_FROM": "portal@landkreis.de", "SMTP_SECURITY": "TLS"])
        #expect(tls.smtp?.port == 465)
        #expect(try AppConfiguration.environment([:]).smtp == nil)
    }

    @Test("OpenID Connect: the issuer with its client; levels, name and sign-in origin from the environment")
    func openIDConnect() throws {
        #expect(try AppConfiguration.environment([:]).openIDConnect == nil)
        let plain = try #require(
            try AppConfiguration.environment(["OIDC_ISSUER": "https://id.landkreis.de/realms/buerger", "OIDC_CLIENT_ID": "portal"]).openIDConnect)
        #expect(plain.name == "oidc" && plain.displayName == "Servicekonto" && plain.clientSecret == nil && plain.scopes == "openid email profile")
        #expect(plain.defaultTrustLevel == .basic && plain.highestTrustLevel == .basic)
        #expect(OpenIDConnectProvider(settings: plain).signInOrigin == "https://id.landkreis.de")
        let full = try #require(
            try AppConfiguration.environment([
                "OIDC_ISSUER": "https://id.landkreis.de", "OIDC_CLIENT_ID": "portal", "OIDC_CLIENT_SECRET": "geheim", "OIDC_ID": "bund-id",
                "OIDC_NAME": "BundID", "OIDC_TRUST_LEVEL": "substanziell", "OIDC_MAX_TRUST_LEVEL": "Hoch", "OIDC_ACR_VALUES": "STORK-QAA-Level-3",
                "OIDC_SIGNIN_ORIGIN": "https://login.landkreis.de:8443/pfad;script-src *",
            ]).openIDConnect)
        #expect(full.name == "bund-id" && full.displayName == "BundID" && full.clientSecret == "geheim" && full.requestedContext == "STORK-QAA-Level-3")
        #expect(full.defaultTrustLevel == .substantial && full.highestTrustLevel == .high)
        #expect(OpenIDConnectProvider(settings: full).signInOrigin == "https://login.landkreis.de:8443", "only the origin goes into the CSP")
    }

    @Test("Staff directory: a second provider under STAFF_OIDC_*, matching by address unless told otherwise, roles from a claim")
    func staffDirectory() throws {
        #expect(try AppConfiguration.environment([:]).staffDirectory == nil)
        let plain = try #require(
            try AppConfiguration.environment(["STAFF_OIDC_ISSUER": "https://ad.landkreis.de/adfs", "STAFF_OIDC_CLIENT_ID": "portal-intern"]).staffDirectory)
        #expect(plain.provider.name == "verzeichnis" && plain.provider.displayName == "Verzeichnis" && plain.provider.clientID == "portal-intern")
        #expect(plain.provider.roleClaim == nil && plain.signIn.matchesByEmail && plain.signIn.roleMapping == nil)
        let full = try #require(
            try AppConfiguration.environment([
                "STAFF_OIDC_ISSUER": "https://ad.landkreis.de/adfs", "STAFF_OIDC_CLIENT_ID": "portal-intern", "STAFF_OIDC_NAME": "Kreis-Anmeldung",
                "STAFF_OIDC_MATCH": "subject", "STAFF_OIDC_ROLE_CLAIM": "realm_access.roles",
                "STAFF_OIDC_ROLES": "bauamt-sb=caseWorker; portal-admins=admin, portal-admins=statistics",
                "OIDC_ISSUER": "https://id.landkreis.de", "OIDC_CLIENT_ID": "portal",
            ]).staffDirectory)
        #expect(full.provider.displayName == "Kreis-Anmeldung" && full.provider.roleClaim == "realm_access.roles" && !full.signIn.matchesByEmail)
        #expect(full.signIn.roleMapping?.roles == ["bauamt-sb": [.caseWorker], "portal-admins": [.admin, .statistics]])
    }

    @Test("serve refuses to start without a database and a base URL, and says which are missing")
    func serveNeedsSettings() throws {
        let error = try #require(throws: ConfigurationError.self) { try AppConfiguration.environment([:]).checkForServing() }
        #expect(error.message.contains("DATA_DIR oder DATABASE_URL"))
        #expect(error.message.contains("BASE_URL"))
        #expect(throws: ConfigurationError.self) {
            try AppConfiguration.environment(["DATA_DIR": "/tmp", "BASE_URL": "ftp://x"]).checkForServing()
        }
        #expect(throws: ConfigurationError.self) {
            try AppConfiguration.environment(["DATABASE_URL": "mysql://x"]).databaseLocation()
        }
    }
}
