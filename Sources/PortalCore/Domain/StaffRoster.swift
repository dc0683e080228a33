/// The staff accounts as a whole, for the checks that look beyond one account: a name or address
/// already taken, the last admin.
public struct StaffRoster: Sendable {
    public var users: [StaffUser]

    public init(users: [StaffUser]) {
        self.users = users
    }

    /// Login names: lower-case letters, digits, dot, hyphen and underscore, 2 to 50 characters.
    public static func isValidUsername(_ name: String) -> Bool {
        (2...50).contains(name.count)
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "_" }
    }

    /// The problems of a new account, in the order of the form's fields.
    public func checkNewAccount(
        displayName: String, username: String, email: String, roles: Set<StaffRole>, orgUnits: Set<OrgUnit.ID>, known: Set<OrgUnit.ID>
    ) -> [StaffAdminError] {
        var problems: [StaffAdminError] = []
        if displayName.isEmpty { problems.append(.nameMissing) }
        if !Self.isValidUsername(username) {
            problems.append(.usernameInvalid)
        } else if users.contains(where: { $0.username == username }) {
            problems.append(.usernameTaken)
        }
        problems += checkEmail(email, of: nil)
        problems += checkAccess(roles: roles, orgUnits: orgUnits, known: known)
        return problems
    }

    public func checkEmail(_ email: String, of user: StaffUser.ID?) -> [StaffAdminError] {
        guard Mail.isPlausibleAddress(email) else { return [.emailInvalid] }
        let folded = email.lowercased()
        return users.contains(where: { $0.id != user && $0.email?.lowercased() == folded }) ? [.emailTaken] : []
    }

    public func checkAccess(roles: Set<StaffRole>, orgUnits: Set<OrgUnit.ID>, known: Set<OrgUnit.ID>) -> [StaffAdminError] {
        (roles.isEmpty ? [.noRole] : []) + (orgUnits.isSubset(of: known) ? [] : [.unknownOrgUnit])
    }

    /// Whether `actor` may take the admin role from `target` (or deactivate it).
    public func checkLosingAdmin(_ target: StaffUser) -> StaffAdminError? {
        guard target.isActive, target.roles.contains(.admin) else { return nil }
        let others = users.filter { $0.id != target.id && $0.isActive && $0.roles.contains(.admin) }
        return others.isEmpty ? .lastAdmin : nil
    }

    public func checkDeactivation(of target: StaffUser, by actor: StaffUser) -> StaffAdminError? {
        target.id == actor.id ? .deactivateSelf : checkLosingAdmin(target)
    }
}
