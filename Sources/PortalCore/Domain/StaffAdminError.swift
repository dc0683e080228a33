/// Why an admin's change to a staff account was refused; nothing was changed.
public enum StaffAdminError: Error, Hashable, Sendable {
    case nameMissing
    case usernameInvalid
    case usernameTaken
    case emailInvalid
    case emailTaken
    case noRole
    case unknownOrgUnit
    /// An admin cannot deactivate their own account (nobody could undo it from that session).
    case deactivateSelf
    /// The last active admin keeps the account and the role: otherwise nobody could administer the portal.
    case lastAdmin
    /// A password link needs an address to go to.
    case noEmail
    /// The account signs in only through the directory: no password link is sent.
    case directoryOnly
}
