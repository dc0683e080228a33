import Foundation

/// One line of the audit trail: who did what to which object, when. Lines are only ever added.
public struct AuditEvent: Hashable, Sendable {
    public typealias ID = Identifier<AuditEvent>

    /// What was done. The raw values are what the trail stores (and what older lines say).
    public enum Action: String, Hashable, Sendable, CaseIterable {
        case submissionRead = "submission.read"
        case staffInvited = "staff.invite"
        case staffChanged = "staff.update"
        case staffDeactivated = "staff.deactivate"
        case staffReactivated = "staff.reactivate"
        case staffPasswordResetSent = "staff.password-reset"
        case staffSecondFactorRemoved = "staff.second-factor-remove"
        case staffPasswordSet = "staff.password-set"
        case staffSecondFactorEnrolled = "staff.second-factor-enrol"
        case staffRecoveryCodeUsed = "staff.recovery-code-used"
        /// A case was taken, given to a colleague (`target` names them) or returned to the unit (no target).
        case caseAssigned = "case.assign"
        /// `target` is `status:<new status>`.
        case statusChanged = "case.status"
        case decisionDelivered = "decision.delivered"
        case messageSent = "message.sent"
        /// An admin or privacy officer downloaded the trail of a period.
        case trailExported = "audit.export"
        /// `target` is `apikey:<id>`.
        case apiKeyCreated = "apikey.create"
        case apiKeyRevoked = "apikey.revoke"
        /// `target` is `orgunit:<id>`.
        case orgUnitCreated = "orgunit.create"
        case orgUnitChanged = "orgunit.update"
        case staffEmailChanged = "staff.email-change"
        /// The account was connected to a directory account at its first sign-in there (actor `directory`).
        case staffDirectoryLinked = "staff.directory-link"
        case staffDirectoryUnlinked = "staff.directory-unlink"
        /// `target` is `settings`.
        case portalSettingsChanged = "settings.update"
        /// A failed hand-over was sent again by hand; `target` is `channel:<id>`.
        case handoverRetried = "handover.retry"
        /// Hand-over channels changed (on the command line); `target` is `channel:<id>`.
        case handoverChannelAdded = "handover.add"
        case handoverChannelRemoved = "handover.remove"
        case handoverSecretRotated = "handover.rotate-secret"
        /// A Fachverfahren acknowledged a submission it fetched (the pull channel); the actor is its key.
        case handoverAcknowledged = "handover.acknowledge"
        /// The decision went to the print service in a print batch; `target` is `batch:<id>`.
        case decisionPrinted = "decision.print-batch"
        /// A legal hold keeps the case from deletion (the reason is kept with the case).
        case legalHoldSet = "case.legal-hold"
        case legalHoldLifted = "case.legal-hold-lift"
    }

    public var id: ID
    /// `staff:<id>` (older lines `staff:<user name>`), `apikey:<id>`, `applicant`, `system`, `directory`.
    public var actor: String
    public var action: Action
    /// `staff:<id>` for actions on an account; nil for actions on a submission.
    public var target: String?
    public var submissionID: Submission.ID?
    public var at: Date

    public init(id: ID, actor: String, action: Action, target: String? = nil, submissionID: Submission.ID? = nil, at: Date) {
        self.id = id
        self.actor = actor
        self.action = action
        self.target = target
        self.submissionID = submissionID
        self.at = at
    }

    public static func staff(_ id: StaffUser.ID) -> String { "staff:" + id.description }
}
