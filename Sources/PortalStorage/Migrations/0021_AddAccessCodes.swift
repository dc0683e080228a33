import SQLKit

/// Applicants without an account follow their case with the reference and an access code; the
/// code's hash is kept with the submission.
struct M0021AddAccessCodes: Migration {
    let version = 21
    let name = "AddAccessCodes"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE submissions ADD COLUMN access_code_hash TEXT").run()
    }
}
