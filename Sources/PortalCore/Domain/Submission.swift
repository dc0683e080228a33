import Foundation

/// An Antrag as filed: the answers exactly as validated, the form version they were given under,
/// and its reference. A submission never changes after it is stored; its case status does.
public struct Submission: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Submission>

    public var id: ID
    public var reference: Reference
    public var serviceID: Service.ID
    public var orgUnitID: OrgUnit.ID
    public var formVersionID: FormVersion.ID
    /// The answers as a JSON object in form order (see `Answers.json(in:)`).
    public var answers: JSONValue
    /// For the case workers' search; see `ApplicantName`.
    public var applicantName: String?
    /// The fee computed by the form version at submission, in euros; nil when the form has none.
    public var fee: Decimal?
    public var receivedAt: Date
    public var status: CaseStatus
    /// When the hand-over job delivered it; nil while waiting.
    public var handedOverAt: Date?
    /// The version of the service's privacy statement the applicant was shown.
    public var privacyVersion: Int?
    /// Filed by staff in test mode: marked everywhere, left out of statistics, deletable in bulk.
    public var isTest: Bool
    /// The citizen account it was filed from; nil when filed without signing in.
    public var accountID: CitizenAccount.ID?
    /// SHA-256 (hex) of the access code given to the applicant; nil for API submissions.
    public var accessCodeHash: String?
    /// How surely the applicant was identified when filing: the level of their sign-in; nil
    /// when filed without an account (or through the API).
    public var trustLevel: TrustLevel?
    /// The language the applicant filed in; mails to an applicant without an account are written in it.
    public var language: Language?
    /// The provider identity of the sign-in it was filed with; nil for a password sign-in or none.
    public var identity: IdentityKey?

    public init(
        id: ID, reference: Reference, serviceID: Service.ID, orgUnitID: OrgUnit.ID, formVersionID: FormVersion.ID,
        answers: JSONValue, applicantName: String? = nil, fee: Decimal? = nil, receivedAt: Date, status: CaseStatus = .received,
        handedOverAt: Date? = nil, privacyVersion: Int? = nil, isTest: Bool = false, accountID: CitizenAccount.ID? = nil, accessCodeHash: String? = nil,
        trustLevel: TrustLevel? = nil, language: Language? = nil, identity: IdentityKey? = nil
    ) {
        self.identity = identity
        self.language = language
        self.trustLevel = trustLevel
        self.accountID = accountID
        self.accessCodeHash = accessCodeHash
        self.id = id
        self.reference = reference
        self.serviceID = serviceID
        self.orgUnitID = orgUnitID
        self.formVersionID = formVersionID
        self.answers = answers
        self.applicantName = applicantName
        self.fee = fee
        self.receivedAt = receivedAt
        self.status = status
        self.handedOverAt = handedOverAt
        self.privacyVersion = privacyVersion
        self.isTest = isTest
    }

    /// A freshly received submission for validated answers.
    public static func received(
        id: ID, reference: Reference, service: Service, version: FormVersion, answers: Answers, at instant: Date, isTest: Bool = false,
        account: CitizenAccount.ID? = nil, accessCodeHash: String? = nil,
        trustLevel: TrustLevel? = nil, language: Language? = nil, identity: IdentityKey? = nil
    ) -> Submission {
        Submission(
            id: id, reference: reference, serviceID: service.id, orgUnitID: service.orgUnitID,
            formVersionID: version.id, answers: answers.json(in: version.schema),
            applicantName: ApplicantName.from(answers, schema: version.schema), fee: version.schema.fee?.fee(for: answers),
            receivedAt: instant, privacyVersion: service.privacy?.version, isTest: isTest, accountID: account, accessCodeHash: accessCodeHash,
            trustLevel: account == nil ? nil : trustLevel, language: language, identity: account == nil ? nil : identity
        )
    }
}
