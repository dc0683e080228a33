import PortalCore

/// Why an application was not filed (`IntakeError`), on the form's pages, German first, English
/// second. The API says it in German JSON (`api`).
public struct IntakeText: Sendable {
    public let trustLevelTooLow: @Sendable (_ level: String) -> String
    public let tooManyApplications: String
    public let attachmentMissing: String
    public let noFreeReference: String

    public static let german = IntakeText(
        trustLevelTooLow: { "Für diese Leistung ist eine Anmeldung mindestens mit dem Vertrauensniveau „\($0)“ nötig. Bitte melden Sie sich entsprechend an; Ihre Angaben bleiben gespeichert." },
        tooManyApplications: LimitText.german.tooManySubmissions,
        attachmentMissing: "Eine hochgeladene Datei ist nicht mehr vorhanden, weil die Frist für Entwürfe abgelaufen ist. Bitte laden Sie sie erneut hoch; Ihre übrigen Angaben bleiben gespeichert. Der Antrag wurde noch nicht eingereicht.",
        noFreeReference: "Ihr Antrag konnte gerade nicht gespeichert werden. Bitte senden Sie ihn noch einmal ab; Ihre Angaben bleiben erhalten."
    )

    public static let english = IntakeText(
        trustLevelTooLow: { "This service requires signing in at the trust level “\($0)” or higher. Please sign in accordingly; your answers are kept." },
        tooManyApplications: LimitText.english.tooManySubmissions,
        attachmentMissing: "An uploaded file is no longer there because the time for drafts has run out. Please upload it again; your other answers are kept. The application has not been filed yet.",
        noFreeReference: "Your application could not be saved just now. Please send it again; your answers are kept."
    )

    /// For API clients, who file without a session.
    public static let api = IntakeText(
        trustLevelTooLow: { "Diese Leistung verlangt eine Anmeldung mindestens mit dem Vertrauensniveau „\($0)“; stellen Sie den Antrag bitte über das Portal." },
        tooManyApplications: "Von dieser Adresse wurden in der letzten Stunde zu viele Anträge gestellt. Bitte versuchen Sie es später erneut oder senden Sie einen API-Schlüssel mit.",
        attachmentMissing: "Eine Datei des Antrags ist nicht mehr vorhanden.",
        noFreeReference: "Es konnte kein freies Aktenzeichen vergeben werden. Bitte versuchen Sie es erneut."
    )

    public static func `for`(_ language: Language) -> IntakeText {
        language == .german ? german : english
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
