import PortalCore

/// What the pages say when a limit holds, German first, English second.
public struct LimitText: Sendable {
    /// A client has failed too often (sign-in, access code).
    public let tooManyFailures: String
    /// An account or a reference had many failures: one more try after a short wait.
    public let waitBeforeRetry: @Sendable (Int) -> String
    /// A client has asked for too many mails.
    public let tooManyMails: String
    /// Too many applications from one client.
    public let tooManySubmissions: String
    /// The resume link was not mailed (again).
    public let resumeNotMailed: String
    /// The acknowledgement was not mailed because the address had many mails already.
    public let acknowledgementNotMailed: String

    public static func `for`(_ language: Language) -> LimitText {
        switch language {
        case .german: german
        case .english: english
        }
    }

    /// The message for a refused check.
    public func message(_ waitSeconds: Int?) -> String {
        waitSeconds.map(waitBeforeRetry) ?? tooManyFailures
    }
}
