import Foundation
import Hummingbird
import HummingbirdAuth
import PortalCore

/// Builds the router: every route of `SiteRoute` with its controller, and the middleware stack.
public enum PortalRouter {
    public static func build(_ dependencies: WebDependencies, portalName: String, authority: Authority = .unnamed) -> Router<PortalRequestContext> {
        // HEAD answers as GET without a body (monitoring and link checkers ask with HEAD).
        let router = Router(context: PortalRequestContext.self, options: .autoGenerateHeadEndpoints)
        let appearance = PortalAppearance()
        let frame = PageFrame(portalName: portalName, timeZone: dependencies.timeZone, authority: authority, appearance: appearance)
        let limits = dependencies.limits
        // Requests by route pattern and status, and their durations (swift-metrics; `/metrics` shows
        // them where a Prometheus registry is bootstrapped). Outermost, so it sees the final status.
        router.middlewares.add(MetricsMiddleware())
        if let load = dependencies.requestLoad { router.middlewares.add(RequestLoadMiddleware(load: load)) }
        // The client behind a trusted proxy first, so every limit counts the right address.
        router.middlewares.add(ClientAddressMiddleware(trusted: limits.trustedProxies))
        // Headers outermost, so error responses carry them too.
        router.middlewares.add(
            SecurityHeadersMiddleware(
                formTargets: (dependencies.identityProviders + (dependencies.staffDirectory.map { [$0.provider] } ?? [])).map(\.signInOrigin),
                strictTransportSecurity: limits.strictTransportSecurity
            ))
        router.middlewares.add(ErrorMiddleware(logger: dependencies.logger, frame: frame, now: dependencies.now))
        router.middlewares.add(
            PortalAppearanceMiddleware(appearance: appearance, store: dependencies.portalSettings, now: dependencies.now, logger: dependencies.logger))
        router.middlewares.add(
            SessionMiddleware(
                storage: SessionPersistDriver(
                    store: dependencies.sessions, now: dependencies.now,
                    lifetimes: .init(
                        staff: limits.staffSessionLifetime, citizen: limits.citizenSessionLifetime
                    )),
                configuration: .init(
                    sessionCookieParameters: .init(name: "sp_sitzung", path: "/", secure: limits.secureCookies, sameSite: .lax),
                    keyPrefix: "s.", defaultSessionExpiration: .seconds(Int64(limits.sessionIdleTime))
                )
            ))
        router.middlewares.add(
            CSRFMiddleware(
                maxBodyBytes: limits.maxFormBodyBytes, uploadDirectory: limits.uploadDirectory, maxFileBytes: FieldConstraints.fileBytesCeiling
            ))

        let throttle = Throttle(store: dependencies.rateLimits, now: dependencies.now, limits: limits.throttle)
        let forms = PublishedForms(catalog: dependencies.catalog, handover: dependencies.handover)
        let intake = SubmissionIntake(
            submissions: dependencies.submissions, now: dependencies.now, ids: dependencies.ids,
            references: dependencies.references, timeZone: dependencies.timeZone, throttle: throttle, frame: frame,
            publicBaseURL: limits.publicBaseURL
        )
        AssetsController().register(on: router)
        let uploads = UploadIntake(
            store: dependencies.uploads, scanner: dependencies.virusScanner, ids: dependencies.ids, now: dependencies.now,
            keepFor: limits.draftUploadTime, logger: dependencies.logger, quota: limits.uploadQuotaBytes
        )
        CatalogPagesController(
            catalog: dependencies.catalog, forms: forms, submissions: dependencies.submissions, staff: dependencies.staff,
            pages: dependencies.pages, frame: frame, now: dependencies.now, secureCookies: limits.secureCookies, uploads: uploads
        ).register(on: router)
        let browserSessions = BrowserSessions(idleTime: limits.sessionIdleTime, now: dependencies.now)
        var access = StaffAccess(staff: dependencies.staff, now: dependencies.now, browserSessions: browserSessions)
        access.secondFactor = limits.secondFactor
        AdminPagesController(pages: dependencies.pages, access: access, frame: frame, now: dependencies.now, uploads: uploads, ids: dependencies.ids).register(
            on: router)
        AuditTrailController(
            audit: dependencies.audit, submissions: dependencies.submissions, staff: dependencies.staff, access: access, frame: frame,
            now: dependencies.now, ids: dependencies.ids, timeZone: dependencies.timeZone,
            legalHolds: LegalHolds(retention: dependencies.retention, staff: dependencies.staff, frame: frame, now: dependencies.now)
        ).register(on: router)
        PrivacyOfficerController(
            catalog: dependencies.catalog, staff: dependencies.staff, retention: dependencies.retention, scheduleLease: dependencies.scheduleLease,
            access: access, frame: frame, now: dependencies.now, timeZone: dependencies.timeZone
        ).register(on: router)
        let checkout = PaymentCheckout(
            gateway: dependencies.paymentGateway, payments: dependencies.payments, submissions: dependencies.submissions,
            uploads: dependencies.uploads, forms: forms, intake: intake, ids: dependencies.ids, now: dependencies.now,
            timeZone: dependencies.timeZone, publicBaseURL: limits.publicBaseURL, logger: dependencies.logger)
        let paymentPages = PaymentController(
            checkout: checkout, payments: dependencies.payments, submissions: dependencies.submissions, frame: frame, now: dependencies.now,
            browserSessions: browserSessions)
        paymentPages.register(on: router)
        if let platform = dependencies.paymentGateway as? TestPaymentPlatform {
            TestPayPageController(platform: platform, frame: frame, now: dependencies.now, browserSessions: browserSessions).register(on: router)
        }
        FormFlowController(
            forms: forms, intake: intake, payment: paymentPages, uploads: uploads, catalog: dependencies.catalog, accounts: dependencies.accounts,
            savedDrafts: dependencies.savedDrafts,
            mail: dependencies.mail, savedDraftTime: limits.savedDraftTime, publicBaseURL: limits.publicBaseURL, frame: frame, now: dependencies.now,
            timeZone: dependencies.timeZone,
            browserSessions: browserSessions, identityProviders: dependencies.identityProviders, throttle: throttle,
            events: dependencies.events
        ).register(on: router)
        StaffSessionController(
            staff: dependencies.staff, secondFactors: dependencies.secondFactors, audit: dependencies.audit, frame: frame, now: dependencies.now,
            ids: dependencies.ids, browserSessions: browserSessions, throttle: throttle, requirement: limits.secondFactor,
            directory: dependencies.staffDirectory, publicBaseURL: limits.publicBaseURL, logger: dependencies.logger
        ).register(on: router)
        SecondFactorController(
            staff: dependencies.staff, secondFactors: dependencies.secondFactors, audit: dependencies.audit, frame: frame, now: dependencies.now,
            ids: dependencies.ids, browserSessions: browserSessions, throttle: throttle, requirement: limits.secondFactor
        ).register(on: router)
        OwnAccessController(
            staff: dependencies.staff, secondFactors: dependencies.secondFactors, sessions: dependencies.sessions, audit: dependencies.audit,
            access: access, frame: frame, now: dependencies.now, ids: dependencies.ids, browserSessions: browserSessions, throttle: throttle,
            requirement: limits.secondFactor, mail: dependencies.mail, publicBaseURL: limits.publicBaseURL,
            directoryDisplayName: dependencies.staffDirectory?.provider.displayName
        ).register(on: router)
        OrgUnitAdminController(
            staff: dependencies.staff, catalog: dependencies.catalog, audit: dependencies.audit, access: access, frame: frame, now: dependencies.now,
            ids: dependencies.ids
        ).register(on: router)
        PortalSettingsController(
            store: dependencies.portalSettings, appearance: appearance, audit: dependencies.audit, access: access, frame: frame, now: dependencies.now,
            ids: dependencies.ids, publicBaseURL: limits.publicBaseURL
        ).register(on: router)
        HandoverAdminController(
            setup: HandoverSetup(
                catalog: dependencies.catalog, staff: dependencies.staff, handover: dependencies.handover, audit: dependencies.audit,
                fitConnectConfigured: dependencies.fitConnectConfigured),
            catalog: dependencies.catalog, access: access, frame: frame, now: dependencies.now
        ).register(on: router)
        APIKeyAdminController(
            keys: dependencies.apiKeys, staff: dependencies.staff, audit: dependencies.audit, access: access, frame: frame, now: dependencies.now,
            ids: dependencies.ids
        ).register(on: router)
        StaffAdminController(
            staff: dependencies.staff, secondFactors: dependencies.secondFactors, sessions: dependencies.sessions, audit: dependencies.audit,
            mail: dependencies.mail, access: access, frame: frame, now: dependencies.now, ids: dependencies.ids, publicBaseURL: limits.publicBaseURL,
            directory: dependencies.staffDirectory
        ).register(on: router)
        let applicantCase = ApplicantCase(
            catalog: dependencies.catalog, submissions: dependencies.submissions, payments: dependencies.payments, checkout: checkout,
            receipts: dependencies.receipts,
            mailbox: dependencies.mailbox, decisions: dependencies.decisions, documentRequests: dependencies.documentRequests,
            uploads: uploads,
            notices: CaseWorkerNotices(
                staff: dependencies.staff, submissions: dependencies.submissions, mail: dependencies.mail, publicBaseURL: limits.publicBaseURL,
                logger: dependencies.logger),
            ids: dependencies.ids,
            frame: frame, now: dependencies.now, fitConnect: dependencies.fitConnect)
        BackOfficeController(
            catalog: dependencies.catalog, forms: forms, submissions: dependencies.submissions, payments: dependencies.payments,
            checkout: checkout, staff: dependencies.staff, frame: frame,
            now: dependencies.now, timeZone: dependencies.timeZone, uploads: uploads, access: access, applicantCase: applicantCase,
            accounts: dependencies.accounts, mailbox: dependencies.mailbox, decisions: dependencies.decisions,
            documentRequests: dependencies.documentRequests, ids: dependencies.ids, mail: dependencies.mail,
            publicBaseURL: limits.publicBaseURL, internalNotes: dependencies.internalNotes, audit: dependencies.audit,
            savedFilters: dependencies.savedFilters, handover: dependencies.handover, retention: dependencies.retention,
            printBatchTime: limits.printBatchTime
        ).register(on: router)
        CaseLookupController(
            applicantCase: applicantCase,
            submissions: dependencies.submissions, frame: frame, now: dependencies.now, browserSessions: browserSessions, throttle: throttle
        ).register(on: router)
        AccountController(
            accounts: dependencies.accounts, sessions: dependencies.sessions, catalog: dependencies.catalog, submissions: dependencies.submissions,
            applicantCase: applicantCase,
            mail: dependencies.mail,
            frame: frame, now: dependencies.now, ids: dependencies.ids, browserSessions: browserSessions,
            publicBaseURL: limits.publicBaseURL, throttle: throttle, identityProviders: dependencies.identityProviders,
            logger: dependencies.logger
        ).register(on: router)
        ContactController(
            catalog: dependencies.catalog, contacts: dependencies.contacts, access: access, mail: dependencies.mail, frame: frame,
            now: dependencies.now, ids: dependencies.ids, timeZone: dependencies.timeZone, throttle: throttle, browserSessions: browserSessions
        ).register(on: router)
        OpenDataController(
            publisher: OpenDataPublisher(
                catalog: dependencies.catalog, events: dependencies.events, feedback: dependencies.feedback,
                timeZone: dependencies.timeZone, threshold: limits.openDataThreshold, licence: limits.openDataLicence, publicBaseURL: limits.publicBaseURL,
                portalName: portalName, authority: authority, now: dependencies.now),
            frame: frame, now: dependencies.now
        ).register(on: router)
        FachdatenSchemaController(catalog: dependencies.catalog, publicBaseURL: limits.publicBaseURL).register(on: router)
        if let callback = dependencies.fitConnectCallback {
            FITConnectCallbackController(secret: callback.secret, pickUp: callback.pickUp, now: dependencies.now).register(on: router)
        }
        CommentModerationController(catalog: dependencies.catalog, feedback: dependencies.feedback, access: access, frame: frame, now: dependencies.now)
            .register(on: router)
        StatisticsController(
            catalog: dependencies.catalog, staff: dependencies.staff, events: dependencies.events, forms: forms, access: access, frame: frame,
            timeZone: dependencies.timeZone, now: dependencies.now
        ).register(on: router)
        FeedbackController(
            catalog: dependencies.catalog, feedback: dependencies.feedback, frame: frame, now: dependencies.now, throttle: throttle,
            browserSessions: browserSessions
        ).register(on: router)
        let notices = ReviewNotices(staff: dependencies.staff, mail: dependencies.mail, publicBaseURL: limits.publicBaseURL, logger: dependencies.logger)
        ReviewController(
            catalog: dependencies.catalog, reviews: dependencies.reviews, frame: frame, now: dependencies.now,
            ids: dependencies.ids, access: access, notices: notices
        ).register(on: router)
        EditorController(
            catalog: dependencies.catalog, submissions: dependencies.submissions, reviews: dependencies.reviews, staff: dependencies.staff,
            pages: dependencies.pages, notices: notices, frame: frame, now: dependencies.now, ids: dependencies.ids,
            savedDraftDays: Int(limits.savedDraftTime / 86_400), access: access, hasPaymentPlatform: dependencies.paymentGateway != nil
        ).register(on: router)
        PaymentPlatformAdminController(
            gateway: dependencies.paymentGateway, frame: frame, now: dependencies.now, access: access, browserSessions: browserSessions
        ).register(on: router)
        PaymentsController(
            payments: dependencies.payments, catalog: dependencies.catalog, staff: dependencies.staff, frame: frame, timeZone: dependencies.timeZone,
            now: dependencies.now, access: access
        ).register(on: router)
        TestModeController(catalog: dependencies.catalog, access: access, ids: dependencies.ids, now: dependencies.now, frame: frame).register(on: router)
        HealthController(
            databaseIsHealthy: dependencies.databaseIsHealthy, readinessChecks: dependencies.readinessChecks, openAPIDocument: openAPIDocument
        ).register(on: router)
        let keys = APIKeyCache(store: dependencies.apiKeys, timeToLive: limits.apiKeyCacheTime, wallClock: dependencies.now)
        CatalogAPIController(
            catalog: dependencies.catalog, forms: forms, intake: intake, timeZone: dependencies.timeZone,
            now: dependencies.now, limits: limits, throttle: throttle, keys: keys
        ).register(on: router)
        let submissionAPI = SubmissionAPIController(
            catalog: dependencies.catalog, submissions: dependencies.submissions, handover: dependencies.handover, uploads: uploads,
            applicantCase: applicantCase, limits: limits, now: dependencies.now)
        submissionAPI.register(on: router.group().add(middleware: APIKeyMiddleware(keys: keys, scope: .readSubmissions)))
        submissionAPI.registerAcknowledgement(on: router.group().add(middleware: APIKeyMiddleware(keys: keys, scope: .acknowledgeSubmissions)))
        let notice = ApplicantNotice(
            accounts: dependencies.accounts, catalog: dependencies.catalog, mail: dependencies.mail, publicBaseURL: limits.publicBaseURL,
            logger: dependencies.logger, fitConnect: dependencies.fitConnect)
        WriteBackAPIController(
            submissions: dependencies.submissions, mailbox: dependencies.mailbox, documentRequests: dependencies.documentRequests,
            timeZone: dependencies.timeZone,
            notice: notice,
            decisions: DecisionDelivery(
                uploads: dependencies.uploads, decisions: dependencies.decisions, catalog: dependencies.catalog, notice: notice,
                printBatchTime: limits.printBatchTime),
            uploads: uploads, ids: dependencies.ids, limits: limits, now: dependencies.now
        ).register(on: router.group().add(middleware: APIKeyMiddleware(keys: keys, scope: .writeBack)))
        return router
    }

    /// The OpenAPI description shipped with the binary (`openapi.yaml` at the repository root links here).
    public static let openAPIDocument: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "# openapi.yaml missing from the build\n" }
        return text
    }()
}
