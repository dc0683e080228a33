import SQLKit

/// What admins set in the browser: the portal's name, logo, accent colour and contact address.
/// One row; an empty value falls back to the configuration.
struct M0050CreatePortalSettings: Migration {
    let version = 50
    let name = "CreatePortalSettings"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "portal_settings")
            .column("id", type: .int, .primaryKey(autoIncrement: false))
            .column("portal_name", type: .text)
            .column("contact_email", type: .text)
            .column("accent_colour", type: .text)
            .column("logo_media_type", type: .text)
            // Base64: the same text column on both databases; logos are small.
            .column("logo", type: .text)
            .column("updated_at", type: .bigint, .notNull)
            .run()
    }
}
