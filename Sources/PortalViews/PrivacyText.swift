import PortalCore

/// The headings and fixed texts of a service's privacy statement, German first, English second.
public struct PrivacyText: Sendable {
    public let controller: String
    public let dataProtectionOfficer: String
    public let purposes: String
    public let legalBasis: String
    public let categories: String
    public let recipients: String
    public let thirdCountry: String
    public let retention: String
    public let retentionDrafts: String
    public let retentionSubmissions: String
    public let retentionMessages: String
    public let rights: String
    public let rightsText: String
    public let complaint: String
    public let obligation: String
    public let automated: String
    public let version: @Sendable (Int, String) -> String
    public let notYet: String
    public let editorSection: String
    public let editorHint: String
    public let linesHint: String
    public let recordOfProcessingActivities: String
    public let generatedFromTheServicesPrivacy: String

    public static func `for`(_ language: Language) -> PrivacyText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
