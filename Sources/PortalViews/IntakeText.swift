import PortalCore

/// Why an application was not filed (`IntakeError`), on the form's pages, German first, English
/// second. The API says it with `APIText`.
public struct IntakeText: Sendable {
    public let trustLevelTooLow: @Sendable (_ level: String) -> String
    public let tooManyApplications: String
    public let attachmentMissing: String
    public let noFreeReference: String
    public let paymentRequired: String

    public static func `for`(_ language: Language) -> IntakeText {
        switch language {
        case .german: german
        case .english: english
        }
    }

    /// The message for `error`, with the trust level named in `language`.
    public func message(_ error: IntakeError, _ language: Language) -> String {
        switch error {
        case .trustLevelTooLow(let minimum): trustLevelTooLow(minimum.label(language))
        case .tooManyApplications: tooManyApplications
        case .attachmentMissing: attachmentMissing
        case .noFreeReference: noFreeReference
        case .paymentRequired: paymentRequired
        }
    }
}
