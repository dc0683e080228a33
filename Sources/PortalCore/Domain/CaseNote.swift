import Foundation

/// The notes the portal itself writes into a case's history. They are stored in German (the
/// record's language); `CaseNote.localized` in PortalViews shows them in the page's language.
/// Notes case workers type stay as typed.
public enum CaseNote {
    public static func documentsRequested(until deadline: LocalDate, _ documents: [String]) -> String {
        "Unterlagen nachgefordert bis \(deadline.german): \(documents.joined(separator: "; "))"
    }

    public static let documentsUploaded = "Nachgeforderte Unterlagen hochgeladen."

    public static func requestAnswered(missing: [String]) -> String {
        "Nachforderung beantwortet; nicht eingereicht: \(missing.joined(separator: "; "))."
    }

    public static func decisionDelivered(_ outcome: Decision.Outcome) -> String {
        "Bescheid zugestellt: \(outcome.recordWord)"
    }

    /// Who is named for the applicant's own moves in the history.
    public static let applicantActor = "Antragsteller:in"
}
