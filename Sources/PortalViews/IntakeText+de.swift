import PortalCore

extension IntakeText {
    public static let german = IntakeText(
        trustLevelTooLow: {
            "Für diese Leistung ist eine Anmeldung mindestens mit dem Vertrauensniveau „\($0)“ nötig. Bitte melden Sie sich entsprechend an; Ihre Angaben bleiben gespeichert."
        },
        tooManyApplications: LimitText.german.tooManySubmissions,
        attachmentMissing:
            "Eine hochgeladene Datei ist nicht mehr vorhanden. Bitte laden Sie sie erneut hoch; Ihre übrigen Angaben bleiben gespeichert. Der Antrag wurde noch nicht eingereicht.",
        noFreeReference: "Ihr Antrag konnte gerade nicht gespeichert werden. Bitte senden Sie ihn noch einmal ab; Ihre Angaben bleiben erhalten.",
        paymentRequired: "Die Gebühr für diese Leistung wird vor dem Einreichen online bezahlt. Bitte senden Sie den Antrag über das Formular ab."
    )
}
