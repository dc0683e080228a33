/// Staff members' saved inbox views.
public protocol SavedInboxFilterStore: Sendable {
    func save(_ filter: SavedInboxFilter) async throws
    /// The person's filters by name.
    func filters(of user: StaffUser.ID) async throws -> [SavedInboxFilter]
    /// Deletes the filter if it is the person's; false otherwise.
    func delete(_ id: SavedInboxFilter.ID, of user: StaffUser.ID) async throws -> Bool
}
