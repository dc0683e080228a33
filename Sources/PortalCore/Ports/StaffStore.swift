import Foundation

/// Org units, staff accounts and their memberships.
public protocol StaffStore: Sendable {
    func save(_ orgUnit: OrgUnit) async throws
    func orgUnit(slug: String) async throws -> OrgUnit?
    func orgUnit(id: OrgUnit.ID) async throws -> OrgUnit?
    func orgUnits() async throws -> [OrgUnit]
    /// Inserts or replaces the account and its memberships.
    func save(_ user: StaffUser) async throws
    func user(username: String) async throws -> StaffUser?
    /// Marks the account deactivated (kept for the audit trail); false when there is no such account.
    func deactivate(_ id: StaffUser.ID, at instant: Date) async throws -> Bool
    func user(id: StaffUser.ID) async throws -> StaffUser?
    /// Members of the org unit holding the role, for notifications.
    func users(of orgUnit: OrgUnit.ID, role: StaffRole) async throws -> [StaffUser]
}
