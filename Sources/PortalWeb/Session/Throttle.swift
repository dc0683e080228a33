import Foundation
import PortalCore
import PortalViews

/// The limits on what a stranger can make the portal do: guess passwords and access codes, send
/// mails to any address, file applications in bulk. Counted in the shared `RateLimitStore`, so N
/// instances enforce one limit. Only hashes of what is counted (client address, account, mail
/// address) reach the store.
///
/// Two kinds of limit: a client (an IP address, behind a trusted proxy the forwarded one) is
/// refused for the rest of the window; an account or a reference is never locked by failures from
/// strangers alone: after its limit, one attempt per `Limit.delay` stays possible.
public struct Throttle: Sendable {
    let store: any RateLimitStore
    let now: @Sendable () -> Date
    let limits: Limits

    public init(store: any RateLimitStore, now: @escaping @Sendable () -> Date, limits: Limits = Limits()) {
        self.store = store
        self.now = now
        self.limits = limits
    }

    /// One kind of counted event.
    public struct Limit: Sendable {
        /// Part of the stored key, so the same value counts separately per limit.
        public var scope: String
        public var count: Int
        public var window: TimeInterval
        /// After `count`, another attempt after this long (accounts, references); nil refuses until the window has passed.
        public var delay: TimeInterval?

        public init(scope: String, count: Int, window: TimeInterval, delay: TimeInterval? = nil) {
            self.scope = scope
            self.count = count
            self.window = window
            self.delay = delay
        }
    }

    /// Every limit in one place; `AppConfiguration` sets the configurable ones.
    public struct Limits: Sendable {
        public var staffSignInPerAccount = Limit(scope: "staff-account", count: 5, window: 15 * 60, delay: 30)
        public var citizenSignInPerAccount = Limit(scope: "citizen-account", count: 5, window: 15 * 60, delay: 30)
        public var caseLookupPerReference = Limit(scope: "case-reference", count: 5, window: 15 * 60, delay: 30)
        /// Failed sign-ins and case look-ups from one client.
        public var failuresPerClient = Limit(scope: "failures-client", count: 20, window: 15 * 60)
        /// Mails a stranger can have sent to one address (registration, new password, resume link, acknowledgement).
        public var mailsPerRecipient = Limit(scope: "mail-recipient", count: 5, window: 3600)
        /// Such mails asked for by one client.
        public var mailsPerClient = Limit(scope: "mail-client", count: 20, window: 3600)
        /// The same saved draft is mailed again only after this long.
        public var sameResumeMail = Limit(scope: "resume-mail", count: 1, window: 5 * 60)
        /// Contact messages per sender address and per client.
        public var contactPerSender = Limit(scope: "contact-sender", count: 3, window: 10 * 60)
        public var contactPerClient = Limit(scope: "contact-client", count: 5, window: 10 * 60)
        /// Ratings per client: enough for a household, too few to sway a service's figures.
        public var feedbackPerClient = Limit(scope: "feedback-client", count: 10, window: 3600)
        /// Applications filed by one client without an API key (web form and public API); `SUBMISSIONS_PER_HOUR`.
        public var submissionsPerClient = Limit(scope: "submissions-client", count: 120, window: 3600)

        public init() {}
    }

    /// What a check found.
    public enum Verdict: Sendable, Equatable {
        case allowed
        /// Refused until the window has passed.
        case refused
        /// Refused for this many more seconds (rounded up).
        case wait(seconds: Int)
    }

    func key(_ limit: Limit, _ value: String) -> String {
        limit.scope + ":" + SHA256Hex.of(value)
    }

    public func check(_ limit: Limit, _ value: String) async throws -> Verdict {
        try await verdicts([(limit, value)])[0]
    }

    /// The verdict of each pair, from one read.
    public func verdicts(_ pairs: [(Limit, String)]) async throws -> [Verdict] {
        let counts = try await store.counts(pairs.map { (key($0.0, $0.1), $0.0.window) }, now: now())
        return zip(pairs, counts).map { pair, counted in
            let limit = pair.0
            guard counted.events >= limit.count else { return .allowed }
            guard let delay = limit.delay else { return .refused }
            let waited = now().timeIntervalSince(counted.latest ?? .distantPast)
            return waited >= delay ? .allowed : .wait(seconds: Int((delay - waited).rounded(.up)))
        }
    }

    public func record(_ limit: Limit, _ value: String) async throws {
        try await store.record(key(limit, value), at: now())
    }

    public func clear(_ limit: Limit, _ value: String) async throws {
        try await store.clear(key(limit, value))
    }

    /// What a staff sign-in step counts against: the client and the account.
    func staffSignIn(_ username: String, from client: String) -> [(Limit, String)] {
        [(limits.failuresPerClient, client), (limits.staffSignInPerAccount, username)]
    }

    /// The first verdict that is not `.allowed`, in the order given.
    public func check(_ pairs: [(Limit, String)]) async throws -> Verdict {
        try await verdicts(pairs).first { $0 != .allowed } ?? .allowed
    }

    /// Counts the event under every limit given and says whether it was still allowed: mails that
    /// a stranger triggers are sent only then.
    public func take(_ pairs: [(Limit, String)]) async throws -> Bool {
        let verdict = try await check(pairs)
        guard verdict == .allowed else { return false }
        for (limit, value) in pairs { try await record(limit, value) }
        return true
    }
}

extension Throttle.Verdict {
    /// The page's message for a refusal; nil when allowed.
    func message(_ language: Language) -> String? {
        switch self {
        case .allowed: nil
        case .refused: LimitText.for(language).tooManyFailures
        case .wait(let seconds): LimitText.for(language).waitBeforeRetry(seconds)
        }
    }
}
