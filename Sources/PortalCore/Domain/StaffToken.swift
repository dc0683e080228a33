import Foundation

/// A one-time link mailed to a member of staff: the invitation to set a first password, or a
/// password reset an admin started. Only the SHA-256 of the token is stored; it works once.
public struct StaffToken: Hashable, Sendable {
    public enum Purpose: String, Hashable, Sendable {
        case invitation = "invite"
        case resetPassword = "reset"
        /// Confirms a new address (`newEmail`) before it replaces the old one.
        case changeEmail = "email"
    }

    public var tokenHash: String
    public var userID: StaffUser.ID
    public var purpose: Purpose
    public var expiresAt: Date
    public var newEmail: String?

    public init(tokenHash: String, userID: StaffUser.ID, purpose: Purpose, expiresAt: Date, newEmail: String? = nil) {
        self.newEmail = newEmail
        self.tokenHash = tokenHash
        self.userID = userID
        self.purpose = purpose
        self.expiresAt = expiresAt
    }

    /// An invitation waits 72 hours (a weekend); a reset one day, since an admin asked for it.
    public static func lifetime(_ purpose: Purpose) -> TimeInterval {
        switch purpose {
        case .invitation: 72 * 3600
        case .resetPassword: 24 * 3600
        case .changeEmail: 48 * 3600
        }
    }
}
