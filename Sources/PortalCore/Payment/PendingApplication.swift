import Foundation

/// An application that waits for its payment (policy `required`): everything needed to file it
/// once the platform confirms `PAYED`, by the applicant's return or by the job that polls the
/// platform. The answers are kept as entered, with the day they were checked on, so checking them
/// again when filing gives the same result. Its ID is the submission's to be: the payments point
/// at it, and filing it twice is impossible.
public struct PendingApplication: Hashable, Sendable, Codable, Identifiable {
    public var id: Submission.ID
    /// Drawn before paying, so the purpose on the bank statement carries it.
    public var reference: Reference
    public var serviceID: Service.ID
    public var formVersionID: FormVersion.ID
    /// The form values as entered (the draft's), and the day they were checked on.
    public var values: [String: [String]]
    public var checkedOn: LocalDate
    /// The draft that owns the uploads.
    public var draftID: String
    public var language: Language
    public var accountID: CitizenAccount.ID?
    public var trustLevel: TrustLevel?
    public var identity: IdentityKey?
    /// Drawn with the reference; only its hash is stored with the submission, and the applicant
    /// sees it on the confirmation or in the acknowledgement mail.
    public var accessCode: String
    public var amount: MoneyAmount
    public var createdAt: Date

    public init(
        id: Submission.ID, reference: Reference, serviceID: Service.ID, formVersionID: FormVersion.ID, values: [String: [String]],
        checkedOn: LocalDate, draftID: String, language: Language, accountID: CitizenAccount.ID? = nil, trustLevel: TrustLevel? = nil,
        identity: IdentityKey? = nil, accessCode: String, amount: MoneyAmount, createdAt: Date
    ) {
        self.id = id
        self.reference = reference
        self.serviceID = serviceID
        self.formVersionID = formVersionID
        self.values = values
        self.checkedOn = checkedOn
        self.draftID = draftID
        self.language = language
        self.accountID = accountID
        self.trustLevel = trustLevel
        self.identity = identity
        self.accessCode = accessCode
        self.amount = amount
        self.createdAt = createdAt
    }

    /// A pending application nobody paid for is removed after a week (its uploads a day later).
    public static let keepTime: TimeInterval = 7 * 86_400
}
