import Foundation

/// The information a service must give under Art. 13 GDPR, as structured data kept with the
/// service. Each saved change is a new version; a submission records the version it was shown.
public struct PrivacyStatement: Hashable, Sendable, Codable {
    /// The authority responsible (name and address).
    public var controller: String
    public var dataProtectionOfficer: String
    public var purposes: String
    /// Art. 6 (1) c/e GDPR and the specific law.
    public var legalBasis: String
    public var dataCategories: [String]
    /// Including processors such as the portal's operator and a payment provider.
    public var recipients: [String]
    public var thirdCountryTransfer: String
    public var retentionDrafts: String
    public var retentionSubmissions: String
    public var retentionMessages: String
    /// The same periods in machine-readable form, which the retention run enforces; statements
    /// saved before it existed have none.
    public var retention: RetentionPolicy?
    public var supervisoryAuthority: String
    /// Whether giving the data is required, and what happens if it is not given.
    public var obligation: String
    public var automatedDecisions: String
    public var version: Int
    public var updatedAt: Date

    public init(
        controller: String, dataProtectionOfficer: String, purposes: String, legalBasis: String, dataCategories: [String], recipients: [String],
        thirdCountryTransfer: String, retentionDrafts: String, retentionSubmissions: String, retentionMessages: String,
        supervisoryAuthority: String, obligation: String, automatedDecisions: String, version: Int, updatedAt: Date, retention: RetentionPolicy? = nil
    ) {
        self.controller = controller
        self.dataProtectionOfficer = dataProtectionOfficer
        self.purposes = purposes
        self.legalBasis = legalBasis
        self.dataCategories = dataCategories
        self.recipients = recipients
        self.thirdCountryTransfer = thirdCountryTransfer
        self.retentionDrafts = retentionDrafts
        self.retentionSubmissions = retentionSubmissions
        self.retentionMessages = retentionMessages
        self.retention = retention
        self.supervisoryAuthority = supervisoryAuthority
        self.obligation = obligation
        self.automatedDecisions = automatedDecisions
        self.version = version
        self.updatedAt = updatedAt
    }

    /// A first proposal for the editors: categories from the form's questions, the portal's own
    /// processing (operator, drafts), no third-country transfer, no automated decisions.
    public static func proposal(for service: Service, schema: FormSchema?, savedDraftDays: Int, now: Date) -> PrivacyStatement {
        let categories = schema.map(categoryLabels(in:)) ?? []
        return PrivacyStatement(
            controller: [service.contact.name, service.contact.address].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "),
            dataProtectionOfficer: "", purposes: "Bearbeitung Ihres Antrags „\(service.title)“.", legalBasis: "",
            dataCategories: categories,
            recipients: ["Betreiber des Serviceportals (Auftragsverarbeiter nach Art. 28 DSGVO)"],
            thirdCountryTransfer: "Eine Übermittlung in Drittländer findet nicht statt.",
            retentionDrafts: "Nicht gespeicherte Entwürfe werden nach einem Tag gelöscht, gespeicherte Entwürfe nach \(savedDraftDays) Tagen.",
            retentionSubmissions: "", retentionMessages: "", supervisoryAuthority: "",
            obligation: "", automatedDecisions: "Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.",
            version: 0, updatedAt: now, retention: .proposal(savedDraftDays: savedDraftDays)
        )
    }

    /// The questions that stand for a category of data: everything a citizen enters or uploads, not
    /// the confirmations at the end.
    static func categoryLabels(in schema: FormSchema) -> [String] {
        var seen = Set<String>()
        return schema.fields
            .filter { ($0.kind.takesInput || $0.kind == .file || $0.kind == .group) && $0.kind != .consent }
            .map(\.label)
            .filter { seen.insert($0.lowercased()).inserted }
    }

    /// The form's questions that the statement's categories do not mention yet: the suggestion shown
    /// to editors whenever the form changes after the statement was written.
    public func unlistedCategories(in schema: FormSchema) -> [String] {
        let listed = dataCategories.map { $0.lowercased() }
        return Self.categoryLabels(in: schema).filter { label in
            let label = label.lowercased()
            return !listed.contains { $0.contains(label) || label.contains($0) }
        }
    }

    /// The parts Art. 13 GDPR requires.
    public enum Part: Hashable, Sendable, CaseIterable {
        case controller
        case dataProtectionOfficer
        case purposes
        case legalBasis
        case dataCategories
        case retentionSubmissions
        /// The periods in machine-readable form, every stage.
        case retentionPeriods
        case supervisoryAuthority
        case obligation
    }

    /// What is still missing before it may be published.
    public var missing: [Part] {
        var missing: [Part] = []
        func need(_ text: String, _ part: Part) { if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { missing.append(part) } }
        need(controller, .controller)
        need(dataProtectionOfficer, .dataProtectionOfficer)
        need(purposes, .purposes)
        need(legalBasis, .legalBasis)
        if dataCategories.isEmpty { missing.append(.dataCategories) }
        need(retentionSubmissions, .retentionSubmissions)
        if retention?.missingStages.isEmpty != true { missing.append(.retentionPeriods) }
        need(supervisoryAuthority, .supervisoryAuthority)
        need(obligation, .obligation)
        return missing
    }
}
