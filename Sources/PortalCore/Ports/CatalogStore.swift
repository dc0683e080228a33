/// The service catalogue and the published form versions.
public protocol CatalogStore: Sendable {
    /// Published services, ordered by title.
    func publishedServices() async throws -> [Service]
    /// A service by slug, published or not.
    func service(slug: String) async throws -> Service?
    func service(id: Service.ID) async throws -> Service?
    /// Inserts or replaces the catalogue entry.
    func save(_ service: Service) async throws
    /// Stores a new published version; versions are never updated afterwards.
    func publish(_ version: FormVersion) async throws
    /// The newest published version of the service's form.
    func currentFormVersion(of service: Service.ID) async throws -> FormVersion?
    func formVersion(id: FormVersion.ID) async throws -> FormVersion?
    /// Stores a draft form version; with `service`, that (new) catalogue entry is created in the
    /// same transaction, so an import never leaves a service without its draft.
    func saveDraft(_ draft: FormDraft, creating service: Service?) async throws
    /// The service's drafts, newest first.
    func drafts(of service: Service.ID) async throws -> [FormDraft]
}
