import SQLKit

/// Staff may have an e-mail address for notifications (review requests and their outcome).
struct M0018AddStaffEmail: Migration {
    let version = 18
    let name = "AddStaffEmail"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE staff_users ADD COLUMN email TEXT").run()
    }
}
