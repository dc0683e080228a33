/// The admins' portal-wide pages, and the videos of the sign language page.
public protocol PortalPageStore: Sendable {
    func page(slug: String) async throws -> PortalPage?
    func save(_ page: PortalPage) async throws
    /// Oldest first, as the admins added them.
    func signLanguageVideos() async throws -> [SignLanguageVideo]
    func signLanguageVideo(id: SignLanguageVideo.ID) async throws -> SignLanguageVideo?
    func add(_ video: SignLanguageVideo) async throws
    /// Removes the entry and returns it (its uploads are the caller's to delete).
    func removeSignLanguageVideo(_ id: SignLanguageVideo.ID) async throws -> SignLanguageVideo?
}
