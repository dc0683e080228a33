import Foundation

/// A member of staff who signs in to the back office.
public struct StaffUser: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<StaffUser>

    public var id: ID
    /// Login name, stored lower-case.
    public var username: String
    public var displayName: String
    /// A bcrypt hash; the plain password is never stored.
    public var passwordHash: String
    public var roles: Set<StaffRole>
    public var orgUnitIDs: Set<OrgUnit.ID>
    /// Where notifications go (review requests and outcomes); none without an address.
    public var email: String?
    /// Set when the account was deactivated: it can no longer sign in, and its sessions ended then.
    public var deactivatedAt: Date?
    /// The last completed sign-in, shown to admins (an account nobody uses stands out).
    public var lastSignInAt: Date?
    /// The directory's stable subject for this person, bound at the first sign-in through the
    /// authority's directory (`STAFF_OIDC_*`); later sign-ins are matched by it alone.
    public var directorySubject: String?
    /// Set by an admin: the account signs in only through the directory, never with a password.
    public var passwordSignInDisabled = false

    public var isActive: Bool { deactivatedAt == nil }

    public init(id: ID, username: String, displayName: String, passwordHash: String, roles: Set<StaffRole>, orgUnitIDs: Set<OrgUnit.ID>, email: String? = nil) {
        self.email = email
        self.id = id
        self.username = username.lowercased()
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.roles = roles
        self.orgUnitIDs = orgUnitIDs
    }
}
