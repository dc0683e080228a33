/// Messages from the contact form.
public protocol ContactStore: Sendable {
    func save(_ message: ContactMessage) async throws
    /// Newest first: those routed to these org units, and with `general` also those for the portal
    /// as a whole (no service: technical questions and accessibility feedback go to the admins).
    func messages(for orgUnits: Set<OrgUnit.ID>, general: Bool, limit: Int) async throws -> [ContactMessage]
    /// Messages per service, for the statistics.
    func countsPerService() async throws -> [Service.ID: Int]
}
