import Foundation

/// One audited move of a case from one status to another: who, when, from, to, and why.
public struct StatusChange: Hashable, Sendable {
    public var from: CaseStatus
    public var to: CaseStatus
    /// Who changed it, as shown in the audit trail (`staff:<id>`, `apikey:<id>`, `system`).
    public var actor: String
    public var note: String?
    public var at: Date

    public init(from: CaseStatus, to: CaseStatus, actor: String, note: String?, at: Date) {
        self.from = from
        self.to = to
        self.actor = actor
        self.note = note
        self.at = at
    }
}
