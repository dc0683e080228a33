/// Why an application was not filed; each channel says it in its own way (a JSON problem, a page).
/// Nothing was stored when one is thrown.
public enum IntakeError: Error, Equatable, Sendable {
    /// The service needs a sign-in at `minimum` or above, and the application came without one.
    case trustLevelTooLow(minimum: TrustLevel)
    /// The client filed as many applications as it may in the window.
    case tooManyApplications
    /// An uploaded file is no longer the draft's (it expired and was swept, or was removed in
    /// another tab) between the check and the filing.
    case attachmentMissing
    /// Every reference tried was taken (practically never: 32^8 per prefix and year).
    case noFreeReference
    /// The service's fee is paid online before filing (policy `required`); only the web form
    /// collects it.
    case paymentRequired
}
