import Foundation

/// Who works on a case: a member of its org unit, or nobody (the unit's shared queue).
public struct Assignment: Hashable, Sendable {
    /// Nil: returned to (or never taken from) the org unit.
    public var assignee: StaffUser.ID?
    public var by: StaffUser.ID
    public var at: Date

    public init(assignee: StaffUser.ID?, by: StaffUser.ID, at: Date) {
        self.assignee = assignee
        self.by = by
        self.at = at
    }

    /// Why a case cannot go to this colleague.
    public enum Problem: Error, Hashable, Sendable {
        /// Not an active case worker of the case's org unit.
        case notACaseWorkerOfTheUnit
    }

    /// Whether `colleague` may be given a case of `unit`.
    public static func check(_ colleague: StaffUser, for unit: OrgUnit.ID) -> Problem? {
        colleague.isActive && colleague.roles.contains(.caseWorker) && colleague.orgUnitIDs.contains(unit) ? nil : .notACaseWorkerOfTheUnit
    }
}
