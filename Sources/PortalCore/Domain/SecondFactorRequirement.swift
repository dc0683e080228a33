/// Who must sign in with a second factor (`STAFF_TOTP_REQUIRED`). Anyone may set one up.
public enum SecondFactorRequirement: String, Hashable, Sendable, CaseIterable {
    /// Accounts holding the admin role (the default: they can change everyone else's access).
    case admins
    /// Every staff account.
    case all
    /// Nobody is forced (a local demo or a directory that already asks for a second factor).
    case off

    public func applies(to user: StaffUser) -> Bool {
        switch self {
        case .admins: user.roles.contains(.admin)
        case .all: true
        case .off: false
        }
    }
}
