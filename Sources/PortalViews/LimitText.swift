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

    public static let german = LimitText(
        tooManyFailures: "Von Ihrem Anschluss gab es zu viele erfolglose Versuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.",
        waitBeforeRetry: { "Für diese Angaben gab es mehrere erfolglose Versuche. Bitte warten Sie \($0) Sekunden und versuchen Sie es dann erneut." },
        tooManyMails: "Von Ihrem Anschluss oder an diese Adresse wurden in kurzer Zeit viele E-Mails angefordert. Bitte versuchen Sie es in einer Stunde erneut.",
        tooManySubmissions: "Von Ihrem Anschluss wurden in der letzten Stunde sehr viele Anträge gestellt. Bitte versuchen Sie es später erneut. Ihre Angaben bleiben gespeichert.",
        resumeNotMailed: "Der Link wurde nicht noch einmal per E-Mail gesendet, weil er vor kurzem schon gesendet wurde oder an diese Adresse viele E-Mails gingen. Notieren Sie sich den Link.",
        acknowledgementNotMailed: "An diese E-Mail-Adresse gingen in kurzer Zeit viele Nachrichten. Die Eingangsbestätigung wurde deshalb nicht gesendet; notieren Sie sich bitte Aktenzeichen und Zugangscode."
    )

    public static let english = LimitText(
        tooManyFailures: "There were too many unsuccessful attempts from your connection. Please wait 15 minutes and try again.",
        waitBeforeRetry: { "There were several unsuccessful attempts with these details. Please wait \($0) seconds and try again." },
        tooManyMails: "Many emails were requested from your connection or to this address in a short time. Please try again in an hour.",
        tooManySubmissions: "Very many applications were filed from your connection in the last hour. Please try again later. Your answers are kept.",
        resumeNotMailed: "The link was not emailed again because it was sent a short while ago or this address received many emails. Please note the link.",
        acknowledgementNotMailed: "This email address received many messages in a short time, so the acknowledgement was not sent; please note the reference and access code."
    )

    public static func `for`(_ language: Language) -> LimitText {
        language == .german ? german : english
    }

    /// The message for a refused check.
    public func message(_ waitSeconds: Int?) -> String {
        waitSeconds.map(waitBeforeRetry) ?? tooManyFailures
    }
}
