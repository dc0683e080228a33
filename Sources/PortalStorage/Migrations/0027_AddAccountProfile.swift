import SQLKit

/// The account holder's details for filling in forms (JSON, like other structured content).
struct M0027AddAccountProfile: Migration {
    let version = 27
    let name = "AddAccountProfile"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE citizen_accounts ADD COLUMN profile TEXT").run()
    }
}
