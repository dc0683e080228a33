/// The admins' portal-wide pages.
public protocol PortalPageStore: Sendable {
    func page(slug: String) async throws -> PortalPage?
    func save(_ page: PortalPage) async throws
}
