import SQLKit

/// Org units as a tree with a shared address each (administered in the browser).
struct M0045AddOrgUnitTree: Migration {
    let version = 45
    let name = "AddOrgUnitTree"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE org_units ADD COLUMN parent_id TEXT").run()
        try await database.raw("ALTER TABLE org_units ADD COLUMN mailbox TEXT").run()
    }
}
