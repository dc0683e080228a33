import Foundation
import PortalCore
import SQLKit

/// `StaffStore` on SQLite and PostgreSQL.
public struct SQLStaffStore: StaffStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func save(_ orgUnit: OrgUnit) async throws {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO org_units (id, slug, name, requires_approval, parent_id, mailbox)
                VALUES (\(bind: orgUnit.id.description), \(bind: orgUnit.slug), \(bind: orgUnit.name), \(bind: orgUnit.requiresApproval),
                        \(bind: orgUnit.parentID?.description), \(bind: orgUnit.mailbox))
                ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, name = excluded.name, requires_approval = excluded.requires_approval,
                    parent_id = excluded.parent_id, mailbox = excluded.mailbox
                """
            ).run()
        }
    }

    public func orgUnit(slug: String) async throws -> OrgUnit? {
        try await database.reader.raw("SELECT \(unsafeRaw: Self.unitColumns) FROM org_units WHERE slug = \(bind: slug)").first().map(Self.orgUnit)
    }

    public func orgUnit(id: OrgUnit.ID) async throws -> OrgUnit? {
        try await database.reader.raw("SELECT \(unsafeRaw: Self.unitColumns) FROM org_units WHERE id = \(bind: id.description)").first().map(Self.orgUnit)
    }

    public func orgUnits() async throws -> [OrgUnit] {
        try await database.reader.raw("SELECT \(unsafeRaw: Self.unitColumns) FROM org_units ORDER BY name").all().map(Self.orgUnit)
    }

    public func save(_ user: StaffUser) async throws {
        let roles = user.roles.map(\.rawValue).sorted().joined(separator: ",")
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO staff_users (id, username, display_name, password_hash, roles, email, directory_subject, password_sign_in_disabled)
                VALUES (\(bind: user.id.description), \(bind: user.username), \(bind: user.displayName), \(bind: user.passwordHash), \(bind: roles), \(bind: user.email),
                        \(bind: user.directorySubject), \(bind: user.passwordSignInDisabled))
                ON CONFLICT (id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name,
                    password_hash = excluded.password_hash, roles = excluded.roles, email = excluded.email,
                    directory_subject = excluded.directory_subject, password_sign_in_disabled = excluded.password_sign_in_disabled
                """
            ).run()
            try await db.raw("DELETE FROM staff_memberships WHERE user_id = \(bind: user.id.description)").run()
            for unit in user.orgUnitIDs.sorted(by: { $0.description < $1.description }) {
                try await db.raw("INSERT INTO staff_memberships (user_id, org_unit_id) VALUES (\(bind: user.id.description), \(bind: unit.description))").run()
            }
        }
    }

    public func user(username: String) async throws -> StaffUser? {
        try await user(where: "username = \(bind: username.lowercased())")
    }

    public func deactivate(_ id: StaffUser.ID, at instant: Date) async throws -> Bool {
        try await database.write { db in
            try await db.raw(
                """
                UPDATE staff_users SET deactivated_at = COALESCE(deactivated_at, \(bind: SQLTime.encode(instant))) WHERE id = \(bind: id.description) RETURNING id
                """
            ).all().count == 1
        }
    }

    public func user(id: StaffUser.ID) async throws -> StaffUser? {
        try await user(where: "id = \(bind: id.description)")
    }

    public func users() async throws -> [StaffUser] {
        let reader = database.reader
        var units: [String: Set<OrgUnit.ID>] = [:]
        for row in try await reader.raw("SELECT user_id, org_unit_id FROM staff_memberships").all() {
            units[try row.decode(column: "user_id", as: String.self), default: []].insert(try StoredID.decode(row, "org_unit_id"))
        }
        return try await reader.raw("SELECT \(unsafeRaw: Self.userColumns) FROM staff_users ORDER BY display_name, username").all().map { row in
            try Self.user(row, units: units[try row.decode(column: "id", as: String.self)] ?? [])
        }
    }

    public func reactivate(_ id: StaffUser.ID) async throws -> Bool {
        try await database.write { db in
            try await db.raw("UPDATE staff_users SET deactivated_at = NULL WHERE id = \(bind: id.description) RETURNING id").all().count == 1
        }
    }

    public func setPassword(_ id: StaffUser.ID, hash: String) async throws {
        try await database.write { db in
            try await db.raw("UPDATE staff_users SET password_hash = \(bind: hash) WHERE id = \(bind: id.description)").run()
        }
    }

    public func recordSignIn(_ id: StaffUser.ID, at instant: Date) async throws {
        try await database.write { db in
            try await db.raw("UPDATE staff_users SET last_sign_in_at = \(bind: SQLTime.encode(instant)) WHERE id = \(bind: id.description)").run()
        }
    }

    public func addToken(_ token: StaffToken) async throws {
        try await database.write { db in
            try await db.raw(
                "DELETE FROM staff_tokens WHERE user_id = \(bind: token.userID.description) AND purpose = \(bind: token.purpose.rawValue)"
            ).run()
            try await db.raw(
                """
                INSERT INTO staff_tokens (token_hash, user_id, purpose, expires_at, new_email)
                VALUES (\(bind: token.tokenHash), \(bind: token.userID.description), \(bind: token.purpose.rawValue), \(bind: SQLTime.encode(token.expiresAt)),
                        \(bind: token.newEmail))
                """
            ).run()
        }
    }

    public func token(hash: String, now: Date) async throws -> StaffToken? {
        try await database.reader.raw(
            """
            SELECT token_hash, user_id, purpose, expires_at, new_email FROM staff_tokens
            WHERE token_hash = \(bind: hash) AND expires_at > \(bind: SQLTime.encode(now))
            """
        ).first().flatMap(Self.token)
    }

    public func useToken(hash: String, now: Date) async throws -> StaffToken? {
        try await database.write { db in
            try await db.raw(
                """
                DELETE FROM staff_tokens WHERE token_hash = \(bind: hash) AND expires_at > \(bind: SQLTime.encode(now))
                RETURNING token_hash, user_id, purpose, expires_at, new_email
                """
            ).first().flatMap(Self.token)
        }
    }

    static func token(_ row: any SQLRow) throws -> StaffToken? {
        guard let purpose = StaffToken.Purpose(rawValue: try row.decode(column: "purpose", as: String.self)) else { return nil }
        return StaffToken(
            tokenHash: try row.decode(column: "token_hash", as: String.self), userID: try StoredID.decode(row, "user_id"), purpose: purpose,
            expiresAt: SQLTime.decode(try row.decode(column: "expires_at", as: Int64.self)), newEmail: try row.decode(column: "new_email", as: String?.self))
    }

    public func users(of orgUnit: OrgUnit.ID, role: StaffRole) async throws -> [StaffUser] {
        var users: [StaffUser] = []
        for row in try await database.reader.raw(
            """
            SELECT u.id FROM staff_users u JOIN staff_memberships m ON m.user_id = u.id
            WHERE m.org_unit_id = \(bind: orgUnit.description) ORDER BY u.username
            """
        ).all() {
            let id: StaffUser.ID = try StoredID.decode(row, "id")
            if let user = try await user(id: id), user.isActive, user.roles.contains(role) { users.append(user) }
        }
        return users
    }

    static let userColumns =
        "id, username, display_name, password_hash, roles, email, deactivated_at, last_sign_in_at, directory_subject, password_sign_in_disabled"

    private func user(where condition: SQLQueryString) async throws -> StaffUser? {
        let reader = database.reader
        guard let row = try await reader.raw("SELECT \(unsafeRaw: Self.userColumns) FROM staff_users WHERE " + condition).first() else {
            return nil
        }
        let id: StaffUser.ID = try StoredID.decode(row, "id")
        let units: [OrgUnit.ID] = try await reader.raw("SELECT org_unit_id FROM staff_memberships WHERE user_id = \(bind: id.description)")
            .all().map { try StoredID.decode($0, "org_unit_id") }
        return try Self.user(row, units: Set(units))
    }

    static func user(_ row: any SQLRow, units: Set<OrgUnit.ID>) throws -> StaffUser {
        let roles = try row.decode(column: "roles", as: String.self).split(separator: ",").compactMap { StaffRole(rawValue: String($0)) }
        var user = StaffUser(
            id: try StoredID.decode(row, "id"),
            username: try row.decode(column: "username", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            passwordHash: try row.decode(column: "password_hash", as: String.self),
            roles: Set(roles),
            orgUnitIDs: units,
            email: try row.decode(column: "email", as: String?.self)
        )
        user.deactivatedAt = try row.decode(column: "deactivated_at", as: Int64?.self).map(SQLTime.decode)
        user.lastSignInAt = try row.decode(column: "last_sign_in_at", as: Int64?.self).map(SQLTime.decode)
        user.directorySubject = try row.decode(column: "directory_subject", as: String?.self)
        user.passwordSignInDisabled = try row.decode(column: "password_sign_in_disabled", as: Bool.self)
        return user
    }

    static let unitColumns = "id, slug, name, requires_approval, parent_id, mailbox"

    static func orgUnit(_ row: any SQLRow) throws -> OrgUnit {
        OrgUnit(
            id: try StoredID.decode(row, "id"),
            slug: try row.decode(column: "slug", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            requiresApproval: try row.decode(column: "requires_approval", as: Bool.self),
            parentID: try row.decode(column: "parent_id", as: String?.self).flatMap { Identifier<OrgUnit>(string: $0) },
            mailbox: try row.decode(column: "mailbox", as: String?.self)
        )
    }
}
