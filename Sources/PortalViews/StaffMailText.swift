import PortalCore

/// The mails the portal sends to staff: a draft waits for review, the review's outcome, an
/// applicant wrote or sent documents. Staff have no language setting yet, so these go out in the
/// portal's default language (`Language.portalDefault`).
public struct StaffMailText: Sendable {
    public let language: Language
    public let reviewRequestedSubject: @Sendable (_ service: String) -> String
    public let reviewRequestedBody: @Sendable (_ editor: String, _ service: String, _ link: String) -> String
    public let approvedSubject: @Sendable (_ service: String) -> String
    public let changesRequestedSubject: @Sendable (_ service: String) -> String
    public let reviewedBody: @Sendable (_ reviewer: String, _ service: String, _ approved: Bool, _ link: String) -> String
    public let caseMessageSubject: @Sendable (_ reference: String) -> String
    public let caseMessageBody: @Sendable (_ link: String) -> String
    public let caseDocumentsSubject: @Sendable (_ reference: String) -> String
    public let caseDocumentsBody: @Sendable (_ link: String) -> String
    /// The office-mail hand-over: reference, service and link only, no personal data.
    public let arrivalSubject: @Sendable (_ reference: String) -> String
    public let arrivalBody: @Sendable (_ reference: String, _ service: String, _ link: String) -> String
    /// Added when the receipt is attached (an option of the service's office-mail channel).
    public let arrivalReceiptAttached: String

    public static func `for`(_ language: Language) -> StaffMailText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
