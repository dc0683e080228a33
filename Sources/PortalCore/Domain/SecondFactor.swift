import Foundation

/// A staff member's TOTP second factor: the shared secret, whether enrolment was confirmed with a
/// first code, and the last time step a code was accepted for (a code counts once).
public struct SecondFactor: Hashable, Sendable {
    public var userID: StaffUser.ID
    public var secret: [UInt8]
    public var confirmedAt: Date?
    public var lastStep: Int64?

    public init(userID: StaffUser.ID, secret: [UInt8], confirmedAt: Date? = nil, lastStep: Int64? = nil) {
        self.userID = userID
        self.secret = secret
        self.confirmedAt = confirmedAt
        self.lastStep = lastStep
    }

    public var isConfirmed: Bool { confirmedAt != nil }
}
