import Foundation

/// The admins' settings of the portal's appearance: one record.
public protocol PortalSettingsStore: Sendable {
    /// The stored settings; empty ones when nothing was saved yet.
    func settings() async throws -> PortalSettings
    func save(_ settings: PortalSettings) async throws
    /// Only the name, for documents made in the background (without the logo's bytes).
    func portalName() async throws -> String?
}
