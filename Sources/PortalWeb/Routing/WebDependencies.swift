import Foundation
import Logging
import PortalCore

/// The ports and values the web layer uses, built once by the composition root (or by tests with
/// fakes, a fixed clock and fixed IDs). Controllers receive only what they need from it.
public struct WebDependencies: Sendable {
    public var catalog: any CatalogStore
    public var submissions: any SubmissionStore
    public var apiKeys: any APIKeyStore
    public var staff: any StaffStore
    public var sessions: any SessionStore
    public var uploads: any UploadStore
    public var virusScanner: any VirusScanner
    public var savedDrafts: any SavedDraftStore
    public var reviews: any ReviewStore
    public var contacts: any ContactStore
    public var feedback: any FeedbackStore
    public var payments: any PaymentStore
    /// The payment platform; nil when none is set up (a service that wants payment cannot be filed then).
    public var paymentGateway: (any PaymentGateway)?
    /// FIT-Connect transfers and their events (issue 19); `fitConnectConfigured` when a client is set up.
    public var fitConnect: (any FITConnectStore)?
    public var fitConnectConfigured = false
    /// Receiving: the callback secret and what a valid callback starts (the pick-up).
    public var fitConnectCallback: (secret: String, pickUp: @Sendable () async -> Void)?
    public var pages: any PortalPageStore
    public var mail: any MailSender
    public var accounts: any AccountStore
    public var receipts: any ReceiptStore
    public var mailbox: any MailboxStore
    public var decisions: any DecisionStore
    public var documentRequests: any DocumentRequestStore
    /// Shared counters behind every limit on strangers (sign-ins, mails, submissions).
    public var rateLimits: any RateLimitStore
    public var secondFactors: any SecondFactorStore
    public var audit: any AuditTrail
    public var internalNotes: any InternalNoteStore
    public var savedFilters: any SavedInboxFilterStore
    public var portalSettings: any PortalSettingsStore
    public var handover: any HandoverStore
    public var retention: any RetentionStore
    /// The event log without personal data (steps reached, ratings).
    public var events: any EventLog
    public var scheduleLease: any ScheduleLease
    /// Other ways for citizens to sign in; empty when only e-mail and password are offered.
    public var identityProviders: [any IdentityProvider] = []
    /// Staff sign-in through the authority's directory; nil offers only name and password.
    public var staffDirectory: StaffDirectory?
    /// The requests in flight, counted for the job worker of the same process (nil: not counted).
    public var requestLoad: RequestLoad?
    /// More for `/readyz` than the database: migrations current, this process's job worker going round.
    public var readinessChecks: [(name: String, check: @Sendable () async -> Bool)] = []
    /// Answers whether the database is reachable, for `/healthz`.
    public var databaseIsHealthy: @Sendable () async -> Bool
    public var now: @Sendable () -> Date
    public var ids: IDGenerator
    public var references: ReferenceGenerator
    /// The authority's time zone; "today" for date rules and the reference year come from it.
    public var timeZone: TimeZone
    public var limits: Limits
    public var logger: Logger

    public struct Limits: Sendable {
        /// Largest accepted JSON body of a submission.
        public var maxJSONBodyBytes = 256 * 1024
        /// Most answers one submission may carry.
        public var maxAnswers = 1000
        public var maxPageSize = 1000
        public var defaultPageSize = 100
        /// Counts below this are left out of the open data (`OPEN_DATA_MIN_COUNT`).
        public var openDataThreshold = OpenDataFigures.defaultThreshold
        /// The open data's licence, a URI of the DCAT-AP.de vocabulary (`OPEN_DATA_LICENCE`).
        public var openDataLicence = OpenDataCatalog.defaultLicence
        /// How long a key's last use is remembered before it is written again (revocation applies at once).
        public var apiKeyCacheTime: Duration = .seconds(10)
        /// Largest accepted HTML form post.
        public var maxFormBodyBytes = 64 * 1024
        /// A citizen's session ends after this long without activity (a notice warns and offers more time).
        public var sessionIdleTime: TimeInterval = 30 * 60
        /// However active, a staff session ends this long after signing in (`STAFF_SESSION_HOURS`).
        public var staffSessionLifetime: TimeInterval = 10 * 3600
        /// However active, any other session ends this long after it began (`CITIZEN_SESSION_HOURS`).
        public var citizenSessionLifetime: TimeInterval = 12 * 3600
        /// Where uploads wait while a request is checked (the data directory's `tmp` by default).
        public var uploadDirectory = FileManager.default.temporaryDirectory
        /// Most bytes the unsubmitted uploads of one browser session may take together (`UPLOAD_QUOTA_MB`).
        public var uploadQuotaBytes = 100 * 1_048_576
        /// How long an upload of an unsaved draft is kept (a saved draft keeps it as long as itself).
        public var draftUploadTime: TimeInterval = 24 * 3600
        /// How long a draft saved for later (and its uploads) is kept.
        public var savedDraftTime: TimeInterval = 30 * 86_400
        /// The portal's public address (`BASE_URL`), for links in mails; nil prints local paths.
        public var publicBaseURL: String?
        /// `Secure` on cookies; off only for local http (the demo).
        public var secureCookies = true
        /// Limits on failed sign-ins, mails and submissions per client, account and address.
        public var throttle = Throttle.Limits()
        /// Proxies whose forwarding headers name the client (`TRUSTED_PROXIES`); empty trusts none.
        public var trustedProxies: [AddressRange] = []
        /// `Strict-Transport-Security` on every answer (the portal is served over https).
        public var strictTransportSecurity = false
        /// When the daily print batch leaves (`14:00`); nil when no print service is configured
        /// (`PRINT_BATCH_DIR`) and decisions go only online.
        public var printBatchTime: String?
        /// Who must sign in with a second factor (`STAFF_TOTP_REQUIRED`).
        public var secondFactor = SecondFactorRequirement.admins

        public init() {}
    }

    public init(
        catalog: any CatalogStore, submissions: any SubmissionStore, apiKeys: any APIKeyStore,
        staff: any StaffStore, sessions: any SessionStore, uploads: any UploadStore, virusScanner: any VirusScanner = NoVirusScanner(),
        savedDrafts: any SavedDraftStore, reviews: any ReviewStore, contacts: any ContactStore, pages: any PortalPageStore, mail: any MailSender,
        accounts: any AccountStore, receipts: any ReceiptStore, mailbox: any MailboxStore, decisions: any DecisionStore,
        documentRequests: any DocumentRequestStore, rateLimits: any RateLimitStore, secondFactors: any SecondFactorStore, audit: any AuditTrail,
        internalNotes: any InternalNoteStore, savedFilters: any SavedInboxFilterStore, portalSettings: any PortalSettingsStore,
        handover: any HandoverStore, retention: any RetentionStore, events: any EventLog, scheduleLease: any ScheduleLease,
        feedback: any FeedbackStore, payments: any PaymentStore, databaseIsHealthy: @escaping @Sendable () async -> Bool,
        now: @escaping @Sendable () -> Date,
        ids: IDGenerator, references: ReferenceGenerator, timeZone: TimeZone, limits: Limits = Limits(), logger: Logger
    ) {
        self.catalog = catalog
        self.portalSettings = portalSettings
        self.handover = handover
        self.retention = retention
        self.events = events
        self.scheduleLease = scheduleLease
        self.feedback = feedback
        self.payments = payments
        self.submissions = submissions
        self.apiKeys = apiKeys
        self.staff = staff
        self.sessions = sessions
        self.uploads = uploads
        self.virusScanner = virusScanner
        self.savedDrafts = savedDrafts
        self.reviews = reviews
        self.contacts = contacts
        self.pages = pages
        self.mail = mail
        self.accounts = accounts
        self.receipts = receipts
        self.mailbox = mailbox
        self.decisions = decisions
        self.documentRequests = documentRequests
        self.rateLimits = rateLimits
        self.secondFactors = secondFactors
        self.audit = audit
        self.internalNotes = internalNotes
        self.savedFilters = savedFilters
        self.databaseIsHealthy = databaseIsHealthy
        self.now = now
        self.ids = ids
        self.references = references
        self.timeZone = timeZone
        self.limits = limits
        self.logger = logger
    }
}
