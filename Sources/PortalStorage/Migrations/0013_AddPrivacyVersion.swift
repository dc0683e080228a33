import SQLKit

/// Each submission records the privacy statement version it was answered under.
struct M0013AddPrivacyVersion: Migration {
    let version = 13
    let name = "AddPrivacyVersion"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE submissions ADD COLUMN privacy_version INTEGER").run()
    }
}
