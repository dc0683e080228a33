import PortalCore

/// The words for the core's states and kinds (case status, trust level, review state, decision
/// outcome, contact category) and for the notes the portal writes into a case's history. The core
/// keeps the enums; pages, mails and the API say them in the reader's language from here.
public struct DomainText: Sendable {
    public let language: Language
    /// The office's word for a status.
    public let caseStatus: @Sendable (CaseStatus) -> String
    /// The status in the applicant's words; `awaitingDocuments` when documents were asked for.
    public let applicantStatus: @Sendable (CaseStatus, _ awaitingDocuments: Bool) -> String
    /// What happens next, for the applicant's case page.
    public let nextSteps: @Sendable (CaseStatus) -> String
    public let trustLevel: @Sendable (TrustLevel) -> String
    /// What a trust level means for a citizen, in a few words.
    public let trustLevelExplanation: @Sendable (TrustLevel) -> String
    public let reviewState: @Sendable (ReviewState) -> String
    public let decisionOutcome: @Sendable (Decision.Outcome) -> String
    public let contactCategory: @Sendable (ContactMessage.Category) -> String
    public let transitionRefused: @Sendable (_ from: String, _ to: String) -> String
    /// Who the history names for the applicant's own moves.
    public let applicant: String
    public let noteDocumentsUploaded: String
    public let noteRequestAnswered: @Sendable (_ missing: String) -> String
    public let noteDocumentsRequested: @Sendable (_ deadline: String, _ documents: String) -> String
    public let noteDecisionDelivered: @Sendable (_ outcome: String) -> String

    public static func `for`(_ language: Language) -> DomainText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}

extension CaseStatus {
    public func label(_ language: Language = .german) -> String { DomainText.for(language).caseStatus(self) }

    /// The status in the applicant's words ("Wir warten auf Ihre Unterlagen"), for their case page,
    /// their list and the mails to them; `label` stays the office's word.
    public func applicantLabel(_ language: Language = .german, awaitingDocuments: Bool = false) -> String {
        DomainText.for(language).applicantStatus(self, awaitingDocuments)
    }

    public func nextSteps(_ language: Language = .german) -> String { DomainText.for(language).nextSteps(self) }
}

extension TrustLevel {
    public func label(_ language: Language = .german) -> String { DomainText.for(language).trustLevel(self) }
    public func explanation(_ language: Language = .german) -> String { DomainText.for(language).trustLevelExplanation(self) }
}

extension ReviewState {
    public func label(_ language: Language) -> String { DomainText.for(language).reviewState(self) }
}

extension Decision.Outcome {
    public func label(_ language: Language = .german) -> String { DomainText.for(language).decisionOutcome(self) }
}

extension ContactMessage.Category {
    public func label(_ language: Language) -> String { DomainText.for(language).contactCategory(self) }
}

extension CaseTransitionError {
    public func message(_ language: Language = .german) -> String {
        DomainText.for(language).transitionRefused(from.label(language), to.label(language))
    }
}

extension CaseNote {
    /// A note the portal wrote (stored in German) in the page's language; anything else unchanged.
    public static func localized(_ note: String, _ language: Language) -> String {
        let text = DomainText.for(language)
        if note == documentsUploaded { return text.noteDocumentsUploaded }
        if let rest = note.dropping(prefix: "Nachforderung beantwortet; nicht eingereicht: ") {
            return text.noteRequestAnswered(String(rest.dropLast(rest.hasSuffix(".") ? 1 : 0)))
        }
        if let rest = note.dropping(prefix: "Unterlagen nachgefordert bis "), let colon = rest.range(of: ": ") {
            return text.noteDocumentsRequested(String(rest[..<colon.lowerBound]), String(rest[colon.upperBound...]))
        }
        if let rest = note.dropping(prefix: "Bescheid zugestellt: ") {
            return text.noteDecisionDelivered(Decision.Outcome.allCases.first { $0.recordWord == rest }.map { text.decisionOutcome($0) } ?? rest)
        }
        return note
    }

    /// The actor of a history entry as people know them: a staff member's name, the applicant.
    public static func actor(_ actor: String, _ language: Language, names: [String: String]) -> String {
        if actor == applicantActor { return DomainText.for(language).applicant }
        if let username = actor.dropping(prefix: "staff:") { return names[username] ?? username }
        return actor
    }
}

extension String {
    fileprivate func dropping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
