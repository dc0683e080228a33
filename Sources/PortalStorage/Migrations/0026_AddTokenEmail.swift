import SQLKit

/// A link that confirms a changed e-mail address carries the new address.
struct M0026AddTokenEmail: Migration {
    let version = 26
    let name = "AddTokenEmail"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE account_tokens ADD COLUMN new_email TEXT").run()
    }
}
