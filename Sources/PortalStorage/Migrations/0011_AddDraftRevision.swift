import SQLKit

/// Form drafts become editable: a revision number detects concurrent edits.
struct M0011AddDraftRevision: Migration {
    let version = 11
    let name = "AddDraftRevision"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE form_drafts ADD COLUMN revision INTEGER NOT NULL DEFAULT 1").run()
    }
}
