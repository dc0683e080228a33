import SQLKit

/// The language an account holder registered in; mails to them are written in it.
struct M0029AddAccountLanguage: Migration {
    let version = 29
    let name = "AddAccountLanguage"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE citizen_accounts ADD COLUMN language TEXT").run()
    }
}
