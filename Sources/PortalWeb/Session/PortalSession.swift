import Foundation
import PortalCore

/// What the server keeps per browser session: the CSRF token, drafts of online forms and the
/// last confirmation. Stored in the database through hummingbird-auth's session middleware.
public struct PortalSession: Codable, Sendable, Equatable {
    /// Drafts are the raw values as entered, per field key, and the steps already passed.
    public struct Draft: Codable, Sendable, Equatable {
        /// Random; owns the draft's uploads (and, when saved for later, names the saved draft).
        public var id: String
        public var formVersionID: FormVersion.ID
        public var values: [String: [String]]
        public var completedSteps: Set<Int>
        /// How many entries each repeatable group shows, by input name.
        public var entryCounts: [String: Int]
        /// Answers filled in from the applicant's account profile (shown with a notice).
        public var prefilledKeys: Set<String> = []

        public init(
            id: String = PortalSession.newToken(), formVersionID: FormVersion.ID, values: [String: [String]] = [:], completedSteps: Set<Int> = [],
            entryCounts: [String: Int] = [:]
        ) {
            self.id = id
            self.formVersionID = formVersionID
            self.values = values
            self.completedSteps = completedSteps
            self.entryCounts = entryCounts
        }

        enum CodingKeys: String, CodingKey {
            case id, formVersionID, values, completedSteps, entryCounts, prefilledKeys
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(String.self, forKey: .id) ?? RandomToken.make()
            formVersionID = try container.decode(FormVersion.ID.self, forKey: .formVersionID)
            values = try container.decode([String: [String]].self, forKey: .values)
            completedSteps = try container.decode(Set<Int>.self, forKey: .completedSteps)
            entryCounts = try container.decodeIfPresent([String: Int].self, forKey: .entryCounts) ?? [:]
            prefilledKeys = try container.decodeIfPresent(Set<String>.self, forKey: .prefilledKeys) ?? []
        }

        /// Drops entry `number` of a repeatable group and moves the later entries up by one.
        public mutating func removeEntry(_ number: Int, of group: String) {
            let start = group + "."
            var moved: [String: [String]] = [:]
            for (name, value) in values where name.hasPrefix(start) {
                let rest = name.dropFirst(start.count)
                guard let dot = rest.firstIndex(of: "."), let index = Int(rest[..<dot]) else { continue }
                values[name] = nil
                if index > number { moved["\(start)\(index - 1)\(rest[dot...])"] = value } else if index < number { moved[name] = value }
            }
            values.merge(moved) { _, new in new }
        }
    }

    public struct Confirmation: Codable, Sendable, Equatable {
        public var serviceSlug: String
        public var reference: String
        public var receivedAt: Date
        /// Shown once on the confirmation page, then removed; only its hash is stored with the submission.
        public var accessCode: String?
        /// The acknowledgement was not mailed: the address had too many mails from strangers.
        public var acknowledgementRefused: Bool?
        /// The acknowledgement, with the access code, went to the applicant's e-mail address.
        public var acknowledgementMailed: Bool?
        /// The fee paid online before filing, in cents.
        public var paidCents: Int?
    }

    /// An application of this browser that waits for its payment (`PendingApplication`).
    public struct AwaitingPayment: Codable, Sendable, Equatable {
        public var serviceSlug: String
        /// The pending application's ID (the submission's to be).
        public var applicationID: String
        /// The latest payment for it: where "Weiter zur Bezahlung" leads.
        public var paymentID: String
        public var reference: String
        /// Drawn before paying; shown on the confirmation, whoever filed the application.
        public var accessCode: String
        public var cents: Int
        /// The platform refused the latest payment with this functional code.
        public var refusal: String?
    }

    /// Right after saving for later: the resume link, shown once and then forgotten.
    public struct SavedNotice: Codable, Sendable, Equatable {
        public var serviceSlug: String
        public var token: String
        public var expiresAt: Date
        public var mailed: Bool
        /// Not mailed (again) because of a limit: the page says so.
        public var mailRefused: Bool?
    }

    /// Right after resuming: what changed in the form meanwhile.
    public struct ResumeNotice: Codable, Sendable, Equatable {
        public var serviceSlug: String
        public var changes: [String]
        public var expiresAt: Date
    }

    public var csrfToken: String
    public var expiresAt: Date
    /// When the session was created (stamped when it is first stored); the absolute lifetime counts from here.
    public var createdAt: Date?
    public var savedNotice: SavedNotice?
    public var resumeNotice: ResumeNotice?
    public var drafts: [String: Draft] = [:]
    public var lastConfirmation: Confirmation?
    public var flash: String?
    /// The signed-in staff member, if any.
    public var staffUserID: StaffUser.ID?
    /// The staff member confirmed this sign-in with the second factor.
    public var staffSecondFactorPassed: Bool?
    /// A staff sign-in whose password was right, waiting for the second factor (a code, or setting one up).
    public var pendingStaffSignIn: PendingStaffSignIn?
    /// Forms this staff member fills in test mode, by service slug: the version (or test copy of a
    /// draft) to use instead of the published one.
    public var testForms: [String: FormVersion.ID]?
    /// The signed-in citizen account, if any.
    public var accountID: CitizenAccount.ID?
    /// How surely this sign-in knows the person: `.basic` with a password, the provider's level
    /// through an identity provider. A session from before trust levels counts as `.basic`.
    public var trustLevel: TrustLevel?
    /// The provider identity this sign-in went through; nil for a password sign-in.
    public var identity: IdentityKey?
    /// A sign-in started at an identity provider, until its answer comes back.
    public var pendingLogin: PendingExternalLogin?
    /// Where to go after signing in (a form that asked for it); a local path.
    public var afterLogin: String?
    /// References this browser has opened with their access code.
    public var caseAccess: [String]?
    /// Applications waiting for their payment, by service slug.
    public var awaitingPayments: [String: AwaitingPayment]?
    /// The payment platform's connection test just made (admins), shown once.
    public var paymentConnection: ConnectionTest?

    public struct ConnectionTest: Codable, Sendable, Equatable {
        public var connection: PaymentConnection
    }

    /// Between the password and the second factor. The session is not signed in yet: no back-office page opens.
    public struct PendingStaffSignIn: Codable, Sendable, Equatable {
        public var userID: StaffUser.ID
        public var startedAt: Date

        /// Ten minutes to type a code or to set up the app.
        public static let lifetime: TimeInterval = 600
    }

    public init(csrfToken: String, expiresAt: Date) {
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }

    /// 256 random bits, base64url.
    public static func newToken() -> String {
        RandomToken.make()
    }
}
