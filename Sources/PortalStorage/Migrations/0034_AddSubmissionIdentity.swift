import SQLKit

/// The provider identity a submission was filed with (provider, subject): a case filed at a trust
/// level opens only for that identity or one linked to the account before the case was filed.
struct M0034AddSubmissionIdentity: Migration {
    let version = 34
    let name = "AddSubmissionIdentity"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE submissions ADD COLUMN identity_provider TEXT").run()
        try await database.raw("ALTER TABLE submissions ADD COLUMN identity_subject TEXT").run()
    }
}
