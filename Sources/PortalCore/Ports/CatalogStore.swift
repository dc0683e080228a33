import Foundation

/// The service catalogue and the published form versions.
public protocol CatalogStore: Sendable {
    /// A counter that moves on with every change to services, published versions and hand-over
    /// channels; caches compare it to know whether what they hold is still current.
    func stamp() async throws -> Int64
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
    /// Stores the draft's form as a test copy (a version numbered -1, -2 …, never current), so test
    /// submissions point at exactly the questions they answered.
    func saveTestCopy(of draft: FormDraft, id: FormVersion.ID, at instant: Date) async throws -> FormVersion
    /// Every published version of the service's form, newest first (no test copies).
    func formVersions(of service: Service.ID) async throws -> [FormVersion]
    /// Deletes a draft (the editor discards it).
    func deleteDraft(_ id: FormDraft.ID) async throws
    /// Keeps a version of a service's privacy statement for good, so the text a submission was
    /// answered under can always be shown again.
    func archivePrivacy(_ statement: PrivacyStatement, of service: Service.ID) async throws
    func privacyStatement(of service: Service.ID, version: Int) async throws -> PrivacyStatement?
    /// Every service of these org units, published or not, ordered by title.
    func services(of orgUnits: Set<OrgUnit.ID>) async throws -> [Service]
    /// Saves an edited draft as `draft.revision + 1` if the stored one is still at `draft.revision`;
    /// otherwise throws `EditConflict` and changes nothing.
    func updateDraft(_ draft: FormDraft) async throws
    /// Publishes a draft as the next version (numbered inside the transaction), removes the draft and
    /// marks the service published, in one transaction; throws `EditConflict` when the draft changed
    /// meanwhile. Returns the version's number.
    func publish(_ draft: FormDraft, versionID: FormVersion.ID, at instant: Date) async throws -> Int
    /// Changes the stored catalogue entry in place (read and written in one transaction), so edits
    /// of one part never write back a stale copy of another.
    func modifyService(_ id: Service.ID, _ change: @escaping @Sendable (inout Service) throws -> Void) async throws
}

/// Somebody else saved first: the edit was based on an older revision.
public struct EditConflict: Error, Sendable {
    public init() {}
}
