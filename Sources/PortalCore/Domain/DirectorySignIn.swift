/// Who a sign-in through the authority's directory (Keycloak, AD FS, Entra ID) is in the portal.
/// Nobody registers themselves: the directory's answer must name an account an admin created,
/// first by the subject bound at an earlier sign-in, else (if allowed) by the account's address,
/// which then binds the subject. With a role claim configured, the directory decides the roles.
public struct DirectorySignIn: Sendable {
    public enum Refusal: Error, Equatable, Sendable {
        /// No account has this subject or address.
        case noAccount
        case deactivated
        /// The address names an account already bound to another directory subject.
        case boundToAnotherSubject
        /// The role claim maps to no role of the portal.
        case noRole
    }

    /// Matching by e-mail address on the first sign-in (`STAFF_OIDC_MATCH=email`, the default);
    /// `subject` needs the subject bound beforehand by an admin's tool or an earlier sign-in.
    public var matchesByEmail: Bool
    public var roleMapping: DirectoryRoleMapping?

    public init(matchesByEmail: Bool = true, roleMapping: DirectoryRoleMapping? = nil) {
        self.matchesByEmail = matchesByEmail
        self.roleMapping = roleMapping
    }

    /// The account the identity signs in as, with the subject bound and the roles from the
    /// directory applied; the caller saves it when it differs from the stored one.
    public func account(for identity: ExternalIdentity, among users: [StaffUser]) -> Result<StaffUser, Refusal> {
        var account: StaffUser
        if let bound = users.first(where: { $0.directorySubject == identity.subject }) {
            account = bound
        } else if matchesByEmail, let email = identity.email?.lowercased(), !email.isEmpty,
            let byAddress = users.first(where: { $0.email?.lowercased() == email })
        {
            guard byAddress.directorySubject == nil else { return .failure(.boundToAnotherSubject) }
            account = byAddress
            account.directorySubject = identity.subject
        } else {
            return .failure(.noAccount)
        }
        guard account.isActive else { return .failure(.deactivated) }
        if let roleMapping {
            let roles = roleMapping.roles(for: identity.claimValues)
            guard !roles.isEmpty else { return .failure(.noRole) }
            account.roles = roles
        }
        return .success(account)
    }
}
