import SQLKit

/// Staff sign-in through the authority's directory: the subject bound at the first sign-in (one
/// account per subject), and accounts that sign in only that way.
struct M0049AddStaffDirectory: Migration {
    let version = 49
    let name = "AddStaffDirectory"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE staff_users ADD COLUMN directory_subject TEXT").run()
        try await database.raw("ALTER TABLE staff_users ADD COLUMN password_sign_in_disabled BOOLEAN NOT NULL DEFAULT FALSE").run()
        try await database.create(index: "staff_users_directory_subject").unique().on("staff_users").column("directory_subject").run()
    }
}
