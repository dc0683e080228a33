import Foundation

/// The notes the portal itself writes into a case's history. They are stored in German (the
/// record's language) and shown translated on English pages; notes case workers type stay as
/// typed.
public enum CaseNote {
    public static func documentsRequested(until deadline: LocalDate, _ documents: [String]) -> String {
        "Unterlagen nachgefordert bis \(deadline.german): \(documents.joined(separator: "; "))"
    }

    public static let documentsUploaded = "Nachgeforderte Unterlagen hochgeladen."

    public static func requestAnswered(missing: [String]) -> String {
        "Nachforderung beantwortet; nicht eingereicht: \(missing.joined(separator: "; "))."
    }

    public static func decisionDelivered(_ outcome: Decision.Outcome) -> String {
        "Bescheid zugestellt: \(outcome.label(.german))"
    }

    /// Who is named for the applicant's own moves in the history.
    public static let applicantActor = "Antragsteller:in"

    /// A portal note in the page's language; anything else unchanged.
    public static func localized(_ note: String, _ language: Language) -> String {
        guard language == .english else { return note }
        if note == documentsUploaded { return "Requested documents uploaded." }
        if let rest = note.dropping(prefix: "Nachforderung beantwortet; nicht eingereicht: ") {
            return "Request answered; not sent: \(rest)"
        }
        if let rest = note.dropping(prefix: "Unterlagen nachgefordert bis "), let colon = rest.range(of: ": ") {
            return "Documents requested by \(rest[..<colon.lowerBound]): \(rest[colon.upperBound...])"
        }
        if let rest = note.dropping(prefix: "Bescheid zugestellt: ") {
            let outcome = Decision.Outcome.allCases.first { $0.label(.german) == rest }
            return "Decision delivered: \(outcome?.label(.english) ?? rest)"
        }
        return note
    }

    /// The actor of a history entry as people know them: a staff member's name, "Antragsteller:in".
    public static func actor(_ actor: String, _ language: Language, names: [String: String]) -> String {
        if actor == applicantActor { return language == .german ? "Antragstellende Person" : "Applicant" }
        if let username = actor.dropping(prefix: "staff:") { return names[username] ?? username }
        return actor
    }
}

extension String {
    fileprivate func dropping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
