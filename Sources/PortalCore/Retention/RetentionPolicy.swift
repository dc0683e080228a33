import Foundation

/// The retention of one service, per stage, in machine-readable form next to the privacy
/// statement's text. The daily retention run deletes or anonymises what is due by it.
public struct RetentionPolicy: Hashable, Sendable, Codable {
    /// The kinds of data a service keeps, each with its own period.
    public enum Stage: String, Hashable, Sendable, Codable, CodingKeyRepresentable, CaseIterable {
        /// Applications started and left unfinished; they live in the browser session.
        case abandonedDrafts
        /// Drafts saved for later with a link.
        case savedDrafts
        /// Decided, completed, rejected and withdrawn cases, counted from closing.
        case closedCases
        /// The mailbox of a closed case with its attachments, counted from closing.
        case messages
        /// Copies left in a hand-over folder after delivery, counted from delivery.
        case deliveredCopies
        /// The audit trail of a case, counted from each line.
        case auditRecords
    }

    /// What happens to a closed case when its period has ended.
    public enum Action: String, Hashable, Sendable, Codable, CaseIterable {
        /// Everything is removed.
        case delete
        /// Answers, files, messages and names are removed; reference, service, dates and outcome stay for statistics.
        case anonymise
    }

    public var periods: [Stage: RetentionPeriod]
    public var closedCaseAction: Action

    public init(periods: [Stage: RetentionPeriod], closedCaseAction: Action) {
        self.periods = periods
        self.closedCaseAction = closedCaseAction
    }

    public subscript(stage: Stage) -> RetentionPeriod? { periods[stage] }

    /// The stages still without a period; the publish gate requires none.
    public var missingStages: [Stage] { Stage.allCases.filter { periods[$0] == nil } }

    /// The daily run's name in the schedule leases (its last start is shown with the deletion log).
    public static let dailyRunName = "retention"

    /// Abandoned drafts live in the browser session; no service can keep them longer than the
    /// session lives, and the session store deletes them when it ends.
    public static let sessionLifetime = RetentionPeriod(1, .days)

    /// A first proposal: what many authorities' filing plans say for ordinary applications.
    public static func proposal(savedDraftDays: Int) -> RetentionPolicy {
        RetentionPolicy(
            periods: [
                .abandonedDrafts: sessionLifetime, .savedDrafts: RetentionPeriod(savedDraftDays, .days), .closedCases: RetentionPeriod(10, .years),
                .messages: RetentionPeriod(10, .years), .deliveredCopies: RetentionPeriod(30, .days), .auditRecords: RetentionPeriod(2, .years),
            ], closedCaseAction: .anonymise)
    }
}
