import Foundation

/// Where staff TOTP secrets and their recovery codes (hashes only) are kept. Accepting a code or a
/// recovery code is one conditional write, so two requests with the same code cannot both pass.
public protocol SecondFactorStore: Sendable {
    func factor(of user: StaffUser.ID) async throws -> SecondFactor?
    /// Starts (or restarts) an enrolment; a confirmed factor is replaced only by `remove` first.
    func begin(_ user: StaffUser.ID, secret: [UInt8]) async throws
    /// Confirms the enrolment with the step of its first code and stores the recovery codes' hashes.
    func confirm(_ user: StaffUser.ID, step: Int64, recoveryCodeHashes: [String], at instant: Date) async throws -> Bool
    /// True when `step` is later than every step accepted before; it is then the last one.
    func accept(step: Int64, of user: StaffUser.ID) async throws -> Bool
    /// True when the hash is an unused recovery code of the user; it is then used up.
    func useRecoveryCode(hash: String, of user: StaffUser.ID, at instant: Date) async throws -> Bool
    func unusedRecoveryCodes(of user: StaffUser.ID) async throws -> Int
    func remove(_ user: StaffUser.ID) async throws
}
