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
    /// Every account, active or not, by display name.
    func users() async throws -> [StaffUser]
    /// Lifts a deactivation; false when there is no such account.
    func reactivate(_ id: StaffUser.ID) async throws -> Bool
    func setPassword(_ id: StaffUser.ID, hash: String) async throws
    func recordSignIn(_ id: StaffUser.ID, at instant: Date) async throws
    /// Replaces any earlier link of the same purpose for the account.
    func addToken(_ token: StaffToken) async throws
    /// The token if it is valid, without using it up.
    func token(hash: String, now: Date) async throws -> StaffToken?
    /// Uses the token once: returns it and deletes it; nil when unknown or expired.
    func useToken(hash: String, now: Date) async throws -> StaffToken?
    /// Members of the org unit holding the role, for notifications.
    func users(of orgUnit: OrgUnit.ID, role: StaffRole) async throws -> [StaffUser]
}
