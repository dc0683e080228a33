import Foundation

/// A one-time link mailed to a citizen: confirm the address, or set a new password. Only the
/// SHA-256 of the token is stored; it works once and until it expires.
public struct AccountToken: Hashable, Sendable {
    public enum Purpose: String, Hashable, Sendable {
        case verifyEmail = "verify"
        case resetPassword = "reset"
        /// Confirms a new address before it replaces the old one.
        case changeEmail = "email"
    }

    public var tokenHash: String
    public var accountID: CitizenAccount.ID
    public var purpose: Purpose
    public var expiresAt: Date
    /// For `changeEmail`: the address being confirmed.
    public var newEmail: String?

    public init(tokenHash: String, accountID: CitizenAccount.ID, purpose: Purpose, expiresAt: Date, newEmail: String? = nil) {
        self.newEmail = newEmail
        self.tokenHash = tokenHash
        self.accountID = accountID
        self.purpose = purpose
        self.expiresAt = expiresAt
    }

    /// How long each link works.
    public static func lifetime(_ purpose: Purpose) -> TimeInterval {
        switch purpose {
        case .verifyEmail, .changeEmail: 48 * 3600
        case .resetPassword: 3600
        }
    }
}
