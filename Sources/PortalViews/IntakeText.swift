import PortalCore

/// Why an application was not filed (`IntakeError`), on the form's pages, German first, English
/// second. The API says it in German JSON (`api`).
public struct IntakeText: Sendable {
    public let trustLevelTooLow: @Sendable (_ level: String) -> String
    public let tooManyApplications: String
    public let attachmentMissing: String
    public let noFreeReference: String

    /// For API clients, who file without a session.
    public static let api = IntakeText(
        trustLevelTooLow: { "Diese Leistung verlangt eine Anmeldung mindestens mit dem Vertrauensniveau „\($0)“; stellen Sie den Antrag bitte über das Portal." },
        tooManyApplications: "Von dieser Adresse wurden in der letzten Stunde zu viele Anträge gestellt. Bitte versuchen Sie es später erneut oder senden Sie einen API-Schlüssel mit.",
        attachmentMissing: "Eine Datei des Antrags ist nicht mehr vorhanden.",
        noFreeReference: "Es konnte kein freies Aktenzeichen vergeben werden. Bitte versuchen Sie es erneut."
    )

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
        }
    }
}
