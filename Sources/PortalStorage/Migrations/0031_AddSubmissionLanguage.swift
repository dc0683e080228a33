import SQLKit

/// The language an application was filed in: mails to an applicant without an account use it.
struct M0031AddSubmissionLanguage: Migration {
    let version = 31
    let name = "AddSubmissionLanguage"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE submissions ADD COLUMN language TEXT").run()
    }
}
