import Foundation
import Hummingbird
import HummingbirdBcrypt
import Logging
import PortalApp
import PortalCore
import PortalStorage
import PortalWeb
import SQLKit

/// A portal on a fresh test database with the demo catalogue, a fixed clock, counting IDs and
/// API keys with known secrets.
public struct TestPortal: Sendable {
    public let portal: Portal
    public let ids: SequentialIDs
    public let now: @Sendable () -> Date

    /// API key of the Untere Wasserbehörde and of the Ordnungsamt.
    public static let waterKey = "sp_test_water_authority_key"
    public static let publicOrderKey = "sp_test_public_order_key"

    /// Temporary upload files waiting while a request is checked; empty between requests.
    public var pendingUploads: [String] {
        guard let directory = try? portal.configuration.uploadDirectory() else { return [] }
        return (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    }

    public var dependencies: WebDependencies {
        portal.webDependencies(now: now, ids: ids.generator, references: ids.references)
    }

    public func router(
        databaseIsHealthy: (@Sendable () async -> Bool)? = nil, virusScanner: (any VirusScanner)? = nil,
        mail: (any MailSender)? = nil, identityProviders: [any IdentityProvider] = [],
        adjust: (inout WebDependencies) -> Void = { _ in }
    ) -> Router<PortalRequestContext> {
        var dependencies = dependencies
        adjust(&dependencies)
        if let mail { dependencies.mail = mail }
        if !identityProviders.isEmpty {
            dependencies.identityProviders = identityProviders
            // Providers send the browser back to an absolute address.
            dependencies.limits.publicBaseURL = dependencies.limits.publicBaseURL ?? Self.baseURL
        }
        if let databaseIsHealthy { dependencies.databaseIsHealthy = databaseIsHealthy }
        if let virusScanner { dependencies.virusScanner = virusScanner }
        return PortalRouter.build(dependencies, portalName: "Serviceportal Landkreis Test", authority: Self.authority)
    }

    /// The tests' authority: named in header, footer and receipts.
    public static let authority = Authority(name: "Landkreis Test", address: "Kreishaus, Am Markt 1, 24534 Teststadt")

    public func application(
        databaseIsHealthy: (@Sendable () async -> Bool)? = nil, virusScanner: (any VirusScanner)? = nil,
        mail: (any MailSender)? = nil, identityProviders: [any IdentityProvider] = [],
        adjust: (inout WebDependencies) -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(databaseIsHealthy: databaseIsHealthy, virusScanner: virusScanner, mail: mail, identityProviders: identityProviders, adjust: adjust))
    }

    /// The same installation as a second instance: its own connections to the same database, its
    /// own memory (caches), as a second process behind a load balancer would have.
    public func secondInstance<T: Sendable>(cipher: DataCipher? = nil, _ body: (TestPortal) async throws -> T) async throws -> T {
        var logger = Logger(label: "test-second-instance")
        logger.logLevel = .warning
        let database = try await PortalDatabase.open(portal.database.location, cipher: cipher ?? portal.database.cipher, logger: logger)
        do {
            let result = try await body(TestPortal(portal: Portal(configuration: portal.configuration, database: database, logger: logger), ids: ids, now: now))
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }

    /// The public address tests with identity providers use.
    public static let baseURL = "http://127.0.0.1:8080"

    /// Mails waiting in the outbox (filing writes the acknowledgement there in its own transaction,
    /// not through the `MailSender`), oldest first (the tests' IDs count up).
    public func queuedMails() async throws -> [Mail] {
        try await portal.database.reader.raw(
            """
            SELECT recipient, subject, body FROM outbox_mails WHERE sent_at IS NULL ORDER BY created_at, id
            """
        ).all().map { row in
            Mail(
                to: try row.decode(column: "recipient", as: String.self), subject: try row.decode(column: "subject", as: String.self),
                body: try portal.database.cipher.open(text: row.decode(column: "body", as: String.self)))
        }
    }

    /// A Wasserbehörde key that may only read (`submissions.read`); returns its secret.
    public func addReadOnlyWaterKey() async throws -> String {
        let secret = "sp_test_read_only_key"
        try await portal.apiKeys.save(
            APIKey(
                id: Identifier(UUID()), orgUnitID: DemoCatalog.waterAuthority.id, name: "Nur lesen", secretHash: APIKeySecret(text: secret).hash,
                createdAt: TestClock.now, scopes: [.readSubmissions]))
        return secret
    }

    /// The job worker on the test clock, or on another (`now`) for jobs due later.
    public func worker(now: (@Sendable () -> Date)? = nil) -> PortalJobsWorker {
        PortalJobsWorker(worker: portal.makeWorker(id: "test-worker", now: now ?? self.now))
    }

    /// Adds a staff member with these roles (bcrypt cost 4 to keep tests fast).
    @discardableResult
    public func addStaff(_ username: String, password: String, name: String, roles: Set<StaffRole>, units: [OrgUnit]) async throws -> StaffUser {
        let user = StaffUser(
            id: ids.generator(), username: username, displayName: name, passwordHash: Bcrypt.hash(password, cost: 4),
            roles: roles, orgUnitIDs: Set(units.map(\.id))
        )
        try await portal.staff.save(user)
        return user
    }

    /// Adds a case worker; the password is hashed with a low bcrypt cost to keep tests fast.
    @discardableResult
    public func addCaseWorker(_ username: String, password: String, name: String, units: [OrgUnit]) async throws -> StaffUser {
        let user = StaffUser(
            id: ids.generator(), username: username, displayName: name, passwordHash: Bcrypt.hash(password, cost: 4),
            roles: [.caseWorker], orgUnitIDs: Set(units.map(\.id))
        )
        try await portal.staff.save(user)
        return user
    }

    /// A portal whose clock the test moves.
    public static func with<T: Sendable>(
        _ kind: TestDatabaseKind = .sqlite, clock: ManualClock, configure: (inout AppConfiguration) -> Void = { _ in },
        _ body: (TestPortal) async throws -> T
    ) async throws -> T {
        try await with(kind, now: clock.now, configure: configure) { test in
            try await body(TestPortal(portal: test.portal, ids: test.ids, now: { clock.now }))
        }
    }

    public static func with<T: Sendable>(
        _ kind: TestDatabaseKind = .sqlite, now: Date = TestClock.now, cipher: DataCipher = .none,
        configure: (inout AppConfiguration) -> Void = { _ in }, _ body: (TestPortal) async throws -> T
    ) async throws -> T {
        try await TestDatabase.with(kind, cipher: cipher) { database in
            var logger = Logger(label: "test")
            logger.logLevel = .warning
            // A data directory of its own, so each test sees only its own temporary upload files.
            let dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("sp-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dataDirectory) }
            var configuration = AppConfiguration(dataDirectory: dataDirectory.path, portalName: "Serviceportal Landkreis Test", timeZone: TestClock.timeZone)
            configuration.authority = Self.authority
            // Tests run the worker's batches themselves (`worker().runOnce()`), not its loop.
            configuration.runWorkers = false
            // The demo's payment platform in the same process (no money, no Python tool).
            configuration.testPaymentPlatform = true
            configure(&configuration)
            let portal = Portal(configuration: configuration, database: database, logger: logger)
            try await EncryptionKeys.verify(database, now: now)
            for unit in DemoCatalog.orgUnits { try await portal.staff.save(unit) }
            for (service, schema) in DemoCatalog.services {
                try await portal.catalog.save(service)
                try await portal.catalog.publish(DemoCatalog.version(of: service, schema: schema, publishedAt: now))
            }
            for (secret, unit) in [(waterKey, DemoCatalog.waterAuthority), (publicOrderKey, DemoCatalog.publicOrder)] {
                try await portal.apiKeys.save(
                    APIKey(
                        id: Identifier(UUID()), orgUnitID: unit.id, name: "Test \(unit.slug)",
                        secretHash: APIKeySecret(text: secret).hash, createdAt: now
                    ))
            }
            return try await body(TestPortal(portal: portal, ids: SequentialIDs(), now: { now }))
        }
    }
}
