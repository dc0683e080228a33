import SQLKit

/// Staff change their own address: the link goes to the new one, which is kept with the token.
struct M0046AddStaffEmailChange: Migration {
    let version = 46
    let name = "AddStaffEmailChange"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE staff_tokens ADD COLUMN new_email TEXT").run()
    }
}
