import Foundation
import PortalCore
import SQLKit

/// `PortalSettingsStore` on SQLite and PostgreSQL: one row with id 1; the logo as Base64 text,
/// the same column type on both databases.
public struct SQLPortalSettingsStore: PortalSettingsStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func settings() async throws -> PortalSettings {
        guard
            let row = try await database.reader.raw(
                "SELECT portal_name, contact_email, accent_colour, logo_media_type, logo, updated_at FROM portal_settings WHERE id = 1"
            ).first()
        else { return PortalSettings() }
        var settings = PortalSettings(
            portalName: try row.decode(column: "portal_name", as: String?.self),
            contactEmail: try row.decode(column: "contact_email", as: String?.self),
            accentColour: try row.decode(column: "accent_colour", as: String?.self).flatMap(AccentColour.init),
            updatedAt: SQLTime.decode(try row.decode(column: "updated_at", as: Int64.self)))
        if let type = try row.decode(column: "logo_media_type", as: String?.self).flatMap(PortalLogo.MediaType.init(rawValue:)),
            let encoded = try row.decode(column: "logo", as: String?.self), let bytes = Data(base64Encoded: encoded)
        {
            settings.logo = PortalLogo(mediaType: type, bytes: Array(bytes))
        }
        return settings
    }

    public func portalName() async throws -> String? {
        try await database.reader.raw("SELECT portal_name FROM portal_settings WHERE id = 1").first()?.decode(column: "portal_name", as: String?.self)
    }

    public func save(_ settings: PortalSettings) async throws {
        let logo = settings.logo.map { Data($0.bytes).base64EncodedString() }
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO portal_settings (id, portal_name, contact_email, accent_colour, logo_media_type, logo, updated_at)
                VALUES (1, \(bind: settings.portalName), \(bind: settings.contactEmail), \(bind: settings.accentColour.map { "#" + $0.hex }),
                        \(bind: settings.logo?.mediaType.rawValue), \(bind: logo), \(bind: SQLTime.encode(settings.updatedAt ?? Date())))
                ON CONFLICT (id) DO UPDATE SET portal_name = excluded.portal_name, contact_email = excluded.contact_email,
                    accent_colour = excluded.accent_colour, logo_media_type = excluded.logo_media_type, logo = excluded.logo,
                    updated_at = excluded.updated_at
                """
            ).run()
        }
    }
}
