import PortalCore

/// The words of the audit trail pages (admins and privacy officers), German first, English second.
public struct AuditText: Sendable {
    public let title: String
    public let intro: String
    public let caseHeading: String
    public let reference: String
    public let referenceHint: String
    public let show: String
    public let caseTrail: @Sendable (_ reference: String) -> String
    public let exportHeading: String
    public let from: String
    public let to: String
    public let dateHint: String
    public let download: String
    public let noLines: String
    public let when: String
    public let who: String
    public let what: String
    public let concerning: String
    public let referenceUnknown: String
    public let dateInvalid: String
    public let rangeInvalid: String
    public let rangeTooLong: String
    public let status: @Sendable (_ label: String) -> String
    public let apiKey: @Sendable (_ id: String) -> String
    public let system: String
    public let applicant: String
    public let truncated: @Sendable (_ count: Int) -> String

    public static func `for`(_ language: Language) -> AuditText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
