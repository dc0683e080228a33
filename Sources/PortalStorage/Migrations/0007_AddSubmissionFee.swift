import SQLKit

struct M0007AddSubmissionFee: Migration {
    let version = 7
    let name = "AddSubmissionFee"

    func prepare(on database: any SQLDatabase) async throws {
        // Decimal text ("62.50"): exact on both databases, no binary floating point for money.
        try await database.raw("ALTER TABLE submissions ADD COLUMN fee TEXT").run()
    }
}
