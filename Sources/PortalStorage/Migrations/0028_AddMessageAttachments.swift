import SQLKit

/// Messages can carry files (uploads attached to the submission); the list is kept as JSON.
struct M0028AddMessageAttachments: Migration {
    let version = 28
    let name = "AddMessageAttachments"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE case_messages ADD COLUMN attachments TEXT").run()
    }
}
