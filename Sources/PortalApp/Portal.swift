import Foundation
import Hummingbird
import Logging
import PortalCore
import PortalJobs
import PortalStorage
import PortalViews
import PortalWeb
import ServiceLifecycle

/// The composition root: opens the database, applies migrations, and wires stores, web and jobs.
/// Every command and the test application build the portal through here.
public struct Portal: Sendable {
    public let configuration: AppConfiguration
    public let database: PortalDatabase
    public let catalog: any CatalogStore
    public let submissions: any SubmissionStore
    public let jobs: any JobQueue
    public let staff: any StaffStore
    public let apiKeys: any APIKeyStore
    public let sessions: any SessionStore
    public let uploads: any UploadStore
    public let savedDrafts: any SavedDraftStore
    public let reviews: any ReviewStore
    public let contacts: any ContactStore
    public let pages: any PortalPageStore
    public let outbox: any Outbox
    public let accounts: any AccountStore
    public let receipts: any ReceiptStore
    public let mailbox: any MailboxStore
    public let decisions: any DecisionStore
    public let documentRequests: any DocumentRequestStore
    public let rateLimits: any RateLimitStore
    public let secondFactors: any SecondFactorStore
    public let audit: any AuditTrail
    public let internalNotes: any InternalNoteStore
    public let savedFilters: any SavedInboxFilterStore
    public let portalSettings: any PortalSettingsStore
    public let handover: any HandoverStore
    public let printBatches: any PrintBatchStore
    public let retention: any RetentionStore
    public let events: any EventLog
    public let scheduleLease: any ScheduleLease
    public let feedback: any FeedbackStore
    /// Payments at the payment platform and the applications waiting for theirs (issue 18).
    public let payments: any PaymentStore
    /// The payment platform (`PAYMENT_PROVIDER_URL`), or the demo's test platform; nil: none.
    public let paymentGateway: (any PaymentGateway)?
    /// Submissions on their way through FIT-Connect, and the client when `FITCONNECT_…` is set (issue 19).
    public let fitConnect: any FITConnectStore
    public let fitConnectClient: FITConnectClient?
    public let fitConnectReader: FITConnectEventReader?
    /// Receiving as a subscriber (`FITCONNECT_SUBSCRIBER_…`): its own client.
    public let fitConnectSubscriberClient: FITConnectClient?
    /// This process's job worker goes round its loop (`/readyz`).
    public let workerHeartbeat = WorkerHeartbeat()
    /// The requests this process answers; its job worker gives way to them.
    public let requestLoad = RequestLoad()
    public let logger: Logger

    public static func open(_ configuration: AppConfiguration, logger: Logger) async throws -> Portal {
        if let settings = configuration.payment {
            // Certificates and keys are read now, so a broken one stops the start with a reason.
            do {
                try await PaymentPlatform(settings: settings).shutdown()
            } catch {
                throw ConfigurationError("Die Zahlungsplattform kann nicht eingerichtet werden (Zertifikat oder Schlüssel unlesbar?): \(error)")
            }
        }
        let location = try configuration.databaseLocation()
        logger.info("opening database", metadata: ["database": "\(location)"])
        let database = try await PortalDatabase.open(location, cipher: try configuration.cipher(), logger: logger)
        do {
            try await Migrator(database: database, logger: logger).migrate()
            try await EncryptionKeys.verify(database, now: Date())
        } catch {
            await database.close()
            throw error
        }
        return Portal(configuration: configuration, database: database, logger: logger)
    }

    public init(configuration: AppConfiguration, database: PortalDatabase, logger: Logger) {
        self.configuration = configuration
        self.database = database
        self.catalog = SQLCatalogStore(database: database)
        self.submissions = SQLSubmissionStore(database: database)
        self.jobs = SQLJobQueue(database: database)
        self.staff = SQLStaffStore(database: database)
        self.apiKeys = SQLAPIKeyStore(database: database)
        self.sessions = SQLSessionStore(database: database)
        self.uploads = SQLUploadStore(database: database)
        self.savedDrafts = SQLSavedDraftStore(database: database)
        self.reviews = SQLReviewStore(database: database)
        self.contacts = SQLContactStore(database: database)
        self.pages = SQLPortalPageStore(database: database)
        self.outbox = SQLOutbox(database: database)
        self.accounts = SQLAccountStore(database: database)
        self.receipts = SQLReceiptStore(database: database)
        self.mailbox = SQLMailboxStore(database: database)
        self.decisions = SQLDecisionStore(database: database)
        self.documentRequests = SQLDocumentRequestStore(database: database)
        self.rateLimits = SQLRateLimitStore(database: database)
        self.secondFactors = SQLSecondFactorStore(database: database)
        self.audit = SQLAuditTrail(database: database)
        self.internalNotes = SQLInternalNoteStore(database: database)
        self.savedFilters = SQLSavedInboxFilterStore(database: database)
        self.portalSettings = SQLPortalSettingsStore(database: database)
        self.handover = SQLHandoverStore(database: database)
        self.printBatches = SQLPrintBatchStore(database: database)
        self.retention = SQLRetentionStore(database: database)
        self.events = SQLEventLog(database: database, timeZone: configuration.timeZone)
        self.scheduleLease = SQLScheduleLease(database: database)
        self.feedback = SQLFeedbackStore(database: database)
        self.payments = SQLPaymentStore(database: database)
        if configuration.testPaymentPlatform {
            self.paymentGateway = TestPaymentPlatform()
        } else {
            self.paymentGateway = configuration.payment.flatMap { try? PaymentPlatform(settings: $0) }
        }
        self.fitConnect = SQLFITConnectStore(database: database)
        self.fitConnectClient = configuration.fitConnect.map { FITConnectClient(settings: $0) }
        self.fitConnectReader = fitConnectClient.map(FITConnectEventReader.init(client:))
        self.fitConnectSubscriberClient = configuration.fitConnectReceiving.map { FITConnectClient(settings: $0.clientSettings) }
        self.logger = logger
    }

    public func webDependencies(
        now: @escaping @Sendable () -> Date = { Date() }, ids: IDGenerator = .random, references: ReferenceGenerator = .random
    ) -> WebDependencies {
        let database = database
        var limits = WebDependencies.Limits()
        // Cookies are `Secure` unless the portal is served over plain http (the local demo).
        limits.secureCookies = !(configuration.baseURL?.lowercased().hasPrefix("http://") ?? false)
        if let directory = try? configuration.uploadDirectory() { limits.uploadDirectory = directory }
        limits.savedDraftTime = TimeInterval(configuration.savedDraftDays) * 86_400
        limits.publicBaseURL = configuration.baseURL
        limits.trustedProxies = configuration.trustedProxies
        limits.uploadQuotaBytes = configuration.uploadQuotaMB * 1_048_576
        limits.throttle.submissionsPerClient.count = configuration.submissionsPerHour
        limits.staffSessionLifetime = TimeInterval(configuration.staffSessionHours) * 3600
        limits.citizenSessionLifetime = TimeInterval(configuration.citizenSessionHours) * 3600
        limits.strictTransportSecurity = configuration.sendsStrictTransportSecurity
        limits.printBatchTime = configuration.printBatchDirectory == nil ? nil : configuration.printBatchTime.description
        limits.secondFactor = configuration.staffSecondFactor
        limits.openDataThreshold = configuration.openDataMinimumCount
        limits.openDataLicence = configuration.openDataLicence
        let scanner: any VirusScanner = configuration.clamdAddress.map { ClamdScanner(host: $0.host, port: $0.port) } ?? NoVirusScanner()
        var dependencies = WebDependencies(
            catalog: catalog, submissions: submissions, apiKeys: apiKeys, staff: staff, sessions: sessions,
            uploads: uploads, virusScanner: scanner, savedDrafts: savedDrafts, reviews: reviews, contacts: contacts, pages: pages,
            mail: OutboxMailSender(outbox: outbox, ids: ids, now: now), accounts: accounts, receipts: receipts, mailbox: mailbox, decisions: decisions,
            documentRequests: documentRequests,
            rateLimits: rateLimits, secondFactors: secondFactors, audit: audit, internalNotes: internalNotes, savedFilters: savedFilters,
            portalSettings: portalSettings, handover: handover, retention: retention, events: events, scheduleLease: scheduleLease, feedback: feedback,
            payments: payments,
            databaseIsHealthy: {
                do {
                    try await database.reader.raw("SELECT 1 AS ok").run()
                    return true
                } catch {
                    return false
                }
            },
            now: now, ids: ids, references: references, timeZone: configuration.timeZone, limits: limits, logger: logger
        )
        dependencies.requestLoad = requestLoad
        dependencies.paymentGateway = paymentGateway
        dependencies.fitConnect = fitConnect
        dependencies.fitConnectConfigured = fitConnectClient != nil
        if let secret = configuration.fitConnectReceiving?.subscriber.callbackSecret, let intake = fitConnectIntake(now: now) {
            dependencies.fitConnectCallback = (
                secret,
                { [logger] in
                    do { try await intake.run() } catch { logger.warning("FIT-Connect pick-up after a callback failed", metadata: ["error": "\(error)"]) }
                }
            )
        }
        let heartbeat = workerHeartbeat
        let runsWorkers = configuration.runWorkers
        dependencies.readinessChecks = [
            ("migrations", { (try? await Migrator(database: database, logger: logger).isCurrent()) ?? false }),
            // Only where this process runs workers; a `worker` process is watched by its own unit.
            ("workers", { !runsWorkers || heartbeat.lastBeat.map { Date().timeIntervalSince($0) < 120 } ?? false }),
        ]
        dependencies.identityProviders = configuration.openIDConnect.map { [OpenIDConnectProvider(settings: $0, now: now)] } ?? []
        dependencies.staffDirectory = configuration.staffDirectory.map {
            StaffDirectory(provider: OpenIDConnectProvider(settings: $0.provider, now: now), signIn: $0.signIn)
        }
        return dependencies
    }

    public func makeWorker(id: String = "worker-\(ProcessInfo.processInfo.processIdentifier)", now: @escaping @Sendable () -> Date = { Date() }) -> JobWorker {
        let receipts = ReceiptHandler(
            submissions: submissions, catalog: catalog, staff: staff, receipts: self.receipts,
            portalName: configuration.portalName, settings: portalSettings, authority: configuration.authority, timeZone: configuration.timeZone,
            payments: payments, now: now)
        var settings = JobWorker.Settings()
        settings.lease = TimeInterval(configuration.jobLeaseSeconds)
        return JobWorker(
            queue: jobs,
            handlers: [
                SubmissionReceivedHandler(submissions: submissions, now: now, logger: logger),
                MailDeliveryHandler(outbox: outbox, transport: mailTransport(now: now), now: now),
                receipts,
                DeliveryHandler(
                    handover: handover, submissions: submissions, catalog: catalog, staff: staff, uploads: uploads, receipts: self.receipts,
                    receiptMaker: receipts, carriers: carriers(now: now),
                    retry: RetryPolicy(maxAttempts: configuration.handoverMaxAttempts, baseDelay: configuration.handoverRetrySeconds),
                    now: now, logger: logger, accounts: accounts),
                DocumentReminderHandler(
                    requests: documentRequests, submissions: submissions, catalog: catalog, accounts: accounts,
                    mail: OutboxMailSender(outbox: outbox, ids: .random, now: now),
                    link: { [base = configuration.baseURL] submission, viaAccount in
                        ApplicantLinks.casePage(submission, viaAccount: viaAccount, base: base)
                    },
                    text: { reference, service, documents, deadline, link, language in
                        let words = AccountText.for(language)
                        return (words.reminderMailSubject(reference), words.requestMailBody(reference, service, documents, deadline, link))
                    }
                ),
            ],
            settings: settings, workerID: id, now: now, logger: logger, heartbeat: workerHeartbeat, load: requestLoad
        )
    }

    /// The hand-over carriers: hot folder, webhook, office mail (a pull delivery waits for its Fachverfahren).
    func carriers(now: @escaping @Sendable () -> Date) -> [any HandoverCarrier] {
        [
            HotFolderCarrier(),
            WebhookCarrier(
                http: WebhookCarrier.client, timeout: .seconds(Int64(configuration.webhookTimeoutSeconds)), publicBaseURL: configuration.baseURL,
                now: now),
            OfficeMailCarrier(outbox: outbox, publicBaseURL: configuration.baseURL, now: now),
            FITConnectCarrier(client: fitConnectClient, reader: fitConnectReader, store: fitConnect, timeZone: configuration.timeZone, now: now),
        ]
    }

    /// The print service's batches, when `PRINT_BATCH_DIR` is set.
    public func printService() -> PrintService? {
        configuration.printBatchDirectory.map {
            PrintService(
                folder: URL(fileURLWithPath: $0, isDirectory: true), batches: printBatches, decisions: decisions, submissions: submissions,
                catalog: catalog, uploads: uploads, timeZone: configuration.timeZone, logger: logger)
        }
    }

    /// The background services beside the web server: the job worker, housekeeping, and the daily
    /// print batch when a print service is configured.
    public func backgroundServices() -> [any ServiceLifecycle.Service] {
        var services: [any ServiceLifecycle.Service] = [makeWorker(), makeHousekeeping(), retentionSchedule()] + metricsServices()
        if paymentGateway != nil { services.append(paymentPolling()) }
        if fitConnectReader != nil || fitConnectSubscriberClient != nil { services.append(fitConnectPolling()) }
        if let print = printService() {
            services.append(
                PrintSchedule(time: configuration.printBatchTime, timeZone: configuration.timeZone, now: { Date() }, logger: logger) { cutoff, now in
                    try await print.run(cutoff: cutoff, now: now)
                })
        }
        return services
    }

    /// Asks the payment platform about open payments every minute and files what was paid (issue 18).
    public func paymentPolling(now: @escaping @Sendable () -> Date = { Date() }) -> Housekeeping {
        let polling = PaymentPolling(webDependencies(now: now), portalName: configuration.portalName, authority: configuration.authority)
        return Housekeeping(tasks: [.init(name: "payments") { _ in try await polling.run() }], interval: .seconds(60), now: now, logger: logger)
    }

    /// Reads the event logs of submitted FIT-Connect transfers every minute (each on its own schedule).
    public func fitConnectPolling(now: @escaping @Sendable () -> Date = { Date() }) -> Housekeeping {
        let polling = fitConnectEventPolling(now: now)
        let intake = fitConnectIntake(now: now)
        return Housekeeping(
            tasks: [
                .init(name: "fit-connect events") { _ in try await polling?.run() ?? 0 },
                .init(name: "fit-connect pick-up") { _ in try await intake?.run().count ?? 0 },
            ], interval: .seconds(60), now: now, logger: logger)
    }

    /// Picking up as the subscriber of `FITCONNECT_DESTINATION_ID`, when receiving is set up.
    public func fitConnectIntake(now: @escaping @Sendable () -> Date = { Date() }, ids: IDGenerator = .random) -> FITConnectIntake? {
        guard let receiving = configuration.fitConnectReceiving, let client = fitConnectSubscriberClient else { return nil }
        return FITConnectIntake(
            client: client, settings: receiving.subscriber, store: fitConnect, catalog: catalog, submissions: submissions, uploads: uploads, ids: ids,
            references: .random, timeZone: configuration.timeZone, temporaryDirectory: FileManager.default.temporaryDirectory,
            publicBaseURL: configuration.baseURL, now: now, logger: logger)
    }

    public func fitConnectEventPolling(now: @escaping @Sendable () -> Date = { Date() }) -> FITConnectPolling? {
        fitConnectReader.map {
            FITConnectPolling(
                reader: $0, store: fitConnect, submissions: submissions,
                notice: ApplicantNotice(
                    accounts: accounts, catalog: catalog, mail: OutboxMailSender(outbox: outbox, ids: .random, now: now), publicBaseURL: configuration.baseURL,
                    logger: logger),
                now: now, logger: logger)
        }
    }

    /// The daily retention run, once over all instances (a lease per day).
    public func retentionSchedule(now: @escaping @Sendable () -> Date = { Date() }) -> DailySchedule {
        let run = retentionRun()
        return DailySchedule(
            name: RetentionPolicy.dailyRunName, time: configuration.retentionTime, timeZone: configuration.timeZone, lease: scheduleLease,
            holder: "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)", now: now, logger: logger
        ) { moment in try await run.run(at: moment) }
    }

    /// Deletes or anonymises what the services' retention periods say is due.
    public func retentionRun() -> RetentionRun {
        let (staff, catalog) = (staff, catalog)
        return RetentionRun(
            services: { try await catalog.services(of: Set(try await staff.orgUnits().map(\.id))) }, store: retention,
            timeZone: configuration.timeZone,
            removeCopy: { copy in
                // The copy is the submission's folder in the hand-over folder (`HotFolderCarrier`); the DMS
                // usually took it away already.
                let path = URL(fileURLWithPath: copy.folder, isDirectory: true).appendingPathComponent(copy.reference.rawValue, isDirectory: true).path
                if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            }, logger: logger)
    }

    /// The open-data files for `serviceportal opendata export` (the same as under `/opendata`).
    public func openDataPublisher(now: @escaping @Sendable () -> Date = { Date() }) -> OpenDataPublisher {
        OpenDataPublisher(
            catalog: catalog, events: events, feedback: feedback, timeZone: configuration.timeZone,
            threshold: configuration.openDataMinimumCount, licence: configuration.openDataLicence, publicBaseURL: configuration.baseURL,
            portalName: configuration.portalName, authority: configuration.authority, now: now)
    }

    /// `/metrics` on its own listener when `METRICS_ADDRESS` is set (the registry is bootstrapped then).
    public func metricsServices() -> [any ServiceLifecycle.Service] {
        guard let address = configuration.metricsAddress else { return [] }
        let server = MetricsServer(registry: PortalMetrics.registry, jobs: jobs, outbox: outbox, token: configuration.metricsToken, now: { Date() })
        return [server.application(host: address.host, port: address.port, logger: logger)]
    }

    /// SMTP when configured, else a transport that only logs the subject.
    public func mailTransport(now: @escaping @Sendable () -> Date = { Date() }) -> any MailTransport {
        configuration.smtp.map { SMTPMailTransport(settings: $0, now: now) } ?? LoggingMailTransport(logger: logger)
    }

    /// The periodic clean-up: expired saved drafts, unsubmitted uploads, sessions, delivered mails.
    public func makeHousekeeping(now: @escaping @Sendable () -> Date = { Date() }) -> Housekeeping {
        let (savedDrafts, uploads, sessions, rateLimits) = (savedDrafts, uploads, sessions, rateLimits)
        let directory = try? configuration.uploadDirectory()
        return Housekeeping(
            tasks: [
                .init(name: "saved drafts") { try await savedDrafts.deleteExpired(now: $0) },
                // Delivered mails hold addresses and links; a week is enough to answer "did it go out?".
                .init(name: "delivered mails") { [outbox] in try await outbox.deleteSent(before: $0.addingTimeInterval(-7 * 86_400)) },
                // Retries end after about two and a half hours (`RetryPolicy`); a day later the mail, with
                // its links and codes, is gone too. The job stays as `failed` for the record.
                .init(name: "undelivered mails") { [outbox] in try await outbox.deleteUndelivered(createdBefore: $0.addingTimeInterval(-86_400)) },
                // Requests remove their temporary files; a crash in between would leave them here.
                .init(name: "temporary upload files") { now in
                    guard let directory else { return 0 }
                    var removed = 0
                    for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] where name.hasPrefix("upload-") {
                        let path = directory.appendingPathComponent(name).path
                        if let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                            now.timeIntervalSince(modified) > 3600
                        {
                            try? FileManager.default.removeItem(atPath: path)
                            removed += 1
                        }
                    }
                    return removed
                },
                .init(name: "uploads") { try await uploads.deleteExpired(now: $0) },
                // Applications nobody paid for within a week (0081).
                .init(name: "unpaid applications") { [payments] now in
                    try await payments.deleteAbandonedPending(before: now.addingTimeInterval(-PendingApplication.keepTime))
                },
                .init(name: "sessions") { try await sessions.deleteExpired(now: $0) },
                // No limit counts further back than a day.
                .init(name: "rate limits") { try await rateLimits.deleteExpired(before: $0.addingTimeInterval(-86_400)) },
                // The statistics' daily counts (0079): a day is counted a quarter of an hour after it ended,
                // when no write that began on it can still be on its way.
                .init(name: "event days") { [events, configuration] now in
                    try await events.rollUp(before: LocalDate(now.addingTimeInterval(-15 * 60), in: configuration.timeZone))
                },
            ], now: now, logger: logger)
    }

    /// The HTTP application, with the in-process worker when configured.
    public func makeApplication(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = PortalRouter.build(webDependencies(), portalName: configuration.portalName, authority: configuration.authority)
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            services: configuration.runWorkers ? backgroundServices() : metricsServices(),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }

    /// Serves until SIGTERM or SIGINT; in-flight requests and jobs finish first, then the database closes.
    public func serve(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        do {
            try await makeApplication(onServerRunning: onServerRunning).runService()
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }

    /// Runs job workers only, until SIGTERM or SIGINT.
    public func runWorker() async throws {
        let group = ServiceGroup(
            configuration: .init(services: backgroundServices(), gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }

    public func close() async {
        await database.close()
    }
}
