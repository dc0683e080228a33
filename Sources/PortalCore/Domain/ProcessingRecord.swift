/// An entry of the record of processing activities (Art. 30 GDPR) for one service, generated from
/// its privacy statement. The items are typed; PortalViews (`ProcessingRecordText`) labels them in
/// a language and writes the Markdown and CSV exports.
public struct ProcessingRecord: Sendable {
    public enum Item: Hashable, Sendable, CaseIterable {
        case processing
        case responsibleUnit
        case controller
        case dataProtectionOfficer
        case purposes
        case legalBasis
        case dataSubjects
        case dataCategories
        case recipients
        case thirdCountryTransfer
        case retention
        case securityMeasures
        case statementVersion
    }

    public enum Retention: Hashable, Sendable {
        case drafts(String)
        case submissions(String)
        case messages(String)
    }

    public enum Value: Hashable, Sendable {
        /// Written by the editors (or the org unit's name).
        case text(String)
        /// Not in the privacy statement yet.
        case missing
        /// "Online application „title“".
        case onlineApplication(service: String)
        /// Applicants and the people named in the application.
        case applicantsAndNamedPeople
        case retention([Retention])
        /// See the portal's security concept (Art. 32 GDPR).
        case securityConcept
        case version(Int)
    }

    public var entries: [(item: Item, value: Value)]

    public init(service: Service, orgUnit: String) {
        let statement = service.privacy
        func value(_ text: String?) -> Value { (text?.isEmpty ?? true) ? .missing : .text(text ?? "") }
        let retention: [Retention] = [
            statement.flatMap { $0.retentionDrafts.isEmpty ? nil : .drafts($0.retentionDrafts) },
            statement.flatMap { $0.retentionSubmissions.isEmpty ? nil : .submissions($0.retentionSubmissions) },
            statement.flatMap { $0.retentionMessages.isEmpty ? nil : .messages($0.retentionMessages) },
        ].compactMap { $0 }
        entries = [
            (.processing, .onlineApplication(service: service.title)),
            (.responsibleUnit, .text(orgUnit)),
            (.controller, value(statement?.controller)),
            (.dataProtectionOfficer, value(statement?.dataProtectionOfficer)),
            (.purposes, value(statement?.purposes)),
            (.legalBasis, value(statement?.legalBasis)),
            (.dataSubjects, .applicantsAndNamedPeople),
            (.dataCategories, value(statement?.dataCategories.joined(separator: "; "))),
            (.recipients, value(statement?.recipients.joined(separator: "; "))),
            (.thirdCountryTransfer, value(statement?.thirdCountryTransfer)),
            (.retention, retention.isEmpty ? .missing : .retention(retention)),
            (.securityMeasures, .securityConcept),
            (.statementVersion, statement.map { .version($0.version) } ?? .missing),
        ]
    }
}
