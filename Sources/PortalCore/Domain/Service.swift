/// A Leistung: one entry of the service catalogue, with the information SDG Art. 10 requires.
public struct Service: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Service>

    public var id: ID
    /// URL name, unique (`brunnenbohrung-anzeigen`).
    public var slug: String
    /// Leistungsschlüssel from the LeiKa, 14 digits; nil while not yet classified.
    public var leikaKey: String?
    /// Upper-case letters that start every reference of this service (`BRU`).
    public var referencePrefix: String
    public var title: String
    /// The topic the start page lists it under ("Umwelt und Wasser").
    public var category: String
    public var summary: String
    public var description: String
    public var steps: [String]
    public var requiredDocuments: [String]
    public var feesText: String
    public var deadlines: String
    public var processingTime: String
    /// How many working days processing takes („Bearbeitungsdauer“): each case's due date counts from its receipt.
    public var processingDays: Int?
    public var legalBasis: String
    public var redress: String
    public var orgUnitID: OrgUnit.ID
    public var contact: Contact
    public var isPublished: Bool
    /// English title and summary for the English pages; the German ones stand in while empty.
    public var titleEnglish: String?
    public var summaryEnglish: String?
    /// The privacy statement for this service (Art. 13 GDPR); nil until the editors write one.
    public var privacy: PrivacyStatement?
    /// Filing needs a citizen account signed in at this level or above; nil lets anyone apply,
    /// with or without an account.
    public var minimumTrustLevel: TrustLevel?
    /// How the fee is paid online; nil: not online.
    public var payment: ServicePayment?

    public init(
        id: ID, slug: String, leikaKey: String?, referencePrefix: String, title: String, category: String, summary: String,
        description: String, steps: [String] = [], requiredDocuments: [String] = [], feesText: String = "",
        deadlines: String = "", processingTime: String = "", legalBasis: String = "", redress: String = "",
        orgUnitID: OrgUnit.ID, contact: Contact, isPublished: Bool, privacy: PrivacyStatement? = nil
    ) {
        self.id = id
        self.slug = slug
        self.leikaKey = leikaKey
        self.referencePrefix = referencePrefix
        self.title = title
        self.category = category
        self.summary = summary
        self.description = description
        self.steps = steps
        self.requiredDocuments = requiredDocuments
        self.feesText = feesText
        self.deadlines = deadlines
        self.processingTime = processingTime
        self.legalBasis = legalBasis
        self.redress = redress
        self.orgUnitID = orgUnitID
        self.contact = contact
        self.isPublished = isPublished
        self.privacy = privacy
    }

    public func title(_ language: Language) -> String {
        language == .english ? (titleEnglish.flatMap { $0.isEmpty ? nil : $0 } ?? title) : title
    }

    public func summary(_ language: Language) -> String {
        language == .english ? (summaryEnglish.flatMap { $0.isEmpty ? nil : $0 } ?? summary) : summary
    }

    /// Whether `slug` can name a service in URLs: 3 to 100 lower-case ASCII letters, digits and hyphens.
    /// The short name an editor gets when they leave it empty: the title in lower-case ASCII with
    /// hyphens ("Baumfällung beantragen" → "baumfaellung-beantragen").
    public static func suggestedSlug(for title: String) -> String {
        let base = FormSchema.slug(title).replacingOccurrences(of: "_", with: "-")
        return base.count < 3 ? "leistung-\(base)" : base
    }

    public static func isValidSlug(_ slug: String) -> Bool {
        (3...100).contains(slug.count) && !slug.hasPrefix("-")
            && slug.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// A new, unpublished catalogue entry (editors or an import fill it in); its references start
    /// with the first three letters of the slug.
    public static func newDraft(id: ID, slug: String, title: String, orgUnit: OrgUnit) -> Service {
        let prefix = String(slug.uppercased().filter { $0.isASCII && $0.isLetter }.prefix(3))
        return Service(
            id: id, slug: slug, leikaKey: nil, referencePrefix: prefix.count == 3 ? prefix : "ANT", title: title, category: "",
            summary: "", description: "", orgUnitID: orgUnit.id, contact: Contact(name: orgUnit.name), isPublished: false
        )
    }
}
