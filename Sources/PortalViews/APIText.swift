import PortalCore

/// What the JSON API says in `message` when it refuses a request, in the language the client asks
/// for with `Accept-Language` (German when none it names is spoken).
public struct APIText: Sendable {
    public let language: Language
    public let notFound: String
    public let unauthorized: String
    /// A FIT-Connect callback without a valid signature or outside the five minutes.
    public let callbackRefused: String
    public let missingScope: String
    public let invalidAnswers: String
    public let internalError: String
    public let serviceNotFound: String
    public let notJSON: String
    public let duplicateMember: @Sendable (_ offset: Int) -> String
    public let nestedTooDeeply: String
    public let invalidJSON: String
    public let expectedAnswersObject: String
    public let unknownMember: @Sendable (_ name: String) -> String
    public let answersMissing: String
    public let tooManyAnswers: @Sendable (_ maximum: Int) -> String
    public let invalidCursor: String
    public let invalidUndelivered: String
    public let noPullChannel: String
    public let invalidStatus: @Sendable (_ allowed: String) -> String
    public let invalidNote: String
    public let messageTextMissing: String
    public let documentsMissing: String
    public let invalidDeadline: String
    public let invalidOutcome: @Sendable (_ allowed: String) -> String
    public let invalidByPost: String
    public let decisionMustBePDF: String
    public let invalidLimit: @Sendable (_ maximum: Int) -> String
    public let submissionNotFound: String
    public let fileNotFound: String
    public let trustLevelTooLow: @Sendable (_ level: String) -> String
    public let tooManyApplications: String
    public let attachmentMissing: String
    public let noFreeReference: String
    public let paymentRequired: String
    /// For statuses without a message of their own (400, 403, 404, 405, 408, 411, 413, 415, 429, 5xx, other).
    public let status: @Sendable (_ code: Int) -> String

    public static func `for`(_ language: Language) -> APIText {
        switch language {
        case .german: german
        case .english: english
        }
    }

    /// The message for `error`.
    public func message(_ error: IntakeError) -> String {
        switch error {
        case .trustLevelTooLow(let minimum): trustLevelTooLow(minimum.label(language))
        case .tooManyApplications: tooManyApplications
        case .attachmentMissing: attachmentMissing
        case .noFreeReference: noFreeReference
        case .paymentRequired: paymentRequired
        }
    }
}
