import SQLKit

/// Sessions name the account or staff member signed in (`account:<id>`, `staff:<id>`), so a new
/// password, a changed address, a deleted account or a deactivated staff member ends all of them;
/// staff members can be deactivated.
struct M0033AddSessionOwners: Migration {
    let version = 33
    let name = "AddSessionOwners"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE sessions ADD COLUMN owner TEXT").run()
        try await database.create(index: "sessions_owner").on("sessions").column("owner").run()
        try await database.raw("ALTER TABLE staff_users ADD COLUMN deactivated_at BIGINT").run()
    }
}
