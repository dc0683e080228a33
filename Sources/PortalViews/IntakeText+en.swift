import PortalCore

extension IntakeText {
    public static let english = IntakeText(
        trustLevelTooLow: { "This service requires signing in at the trust level “\($0)” or higher. Please sign in accordingly; your answers are kept." },
        tooManyApplications: LimitText.english.tooManySubmissions,
        attachmentMissing: "An uploaded file is no longer there. Please upload it again; your other answers are kept. The application has not been filed yet.",
        noFreeReference: "Your application could not be saved just now. Please send it again; your answers are kept.",
        paymentRequired: "The fee for this service is paid online before the application is sent. Please send it through the form."
    )
}
