import Foundation
import PortalCore
import SQLKit

/// `AccountStore` on SQLite and PostgreSQL.
public struct SQLAccountStore: AccountStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func create(_ account: CitizenAccount) async throws {
        do {
            try await database.write { db in try await Self.insert(account, on: db) }
        } catch {
            if try await self.account(email: account.email) != nil { throw DuplicateEmail() }
            throw error
        }
    }

    public func create(_ account: CitizenAccount, linkedTo identity: ExternalIdentity, at instant: Date) async throws {
        do {
            // One write is one transaction (and is rolled back alone when it throws).
            try await database.write { db in
                try await Self.insert(account, on: db)
                try await Self.insertLink(identity, account: account.id, at: instant, on: db)
            }
        } catch {
            if try await self.account(email: account.email) != nil { throw DuplicateEmail() }
            if try await self.account(provider: identity.provider, subject: identity.subject) != nil { throw IdentityLinkedElsewhere() }
            throw error
        }
    }

    private static func insert(_ account: CitizenAccount, on db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO citizen_accounts (id, email, verified_at, password_hash, created_at, language, profile, trust_level)
            VALUES (\(bind: account.id.description), \(bind: account.email), \(bind: account.verifiedAt.map(SQLTime.encode)),
                    \(bind: account.passwordHash), \(bind: SQLTime.encode(account.createdAt)), \(bind: account.language.rawValue),
                    \(bind: try JSONCoding.encode(account.profile)), \(bind: account.trustLevel.rawValue))
            """
        ).run()
    }

    private static func insertLink(_ identity: ExternalIdentity, account: CitizenAccount.ID, at instant: Date, on db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO linked_identities (provider, subject, account_id, trust_level, linked_at, last_used_at)
            VALUES (\(bind: identity.provider), \(bind: identity.subject), \(bind: account.description), \(bind: identity.trustLevel.rawValue),
                    \(bind: SQLTime.encode(instant)), \(bind: SQLTime.encode(instant)))
            """
        ).run()
    }

    public func account(provider: String, subject: String) async throws -> CitizenAccount? {
        try await database.reader.raw(
            """
            \(unsafeRaw: Self.select) WHERE id = (SELECT account_id FROM linked_identities WHERE provider = \(bind: provider) AND subject = \(bind: subject))
            """
        ).first().map(Self.account)
    }

    public func recordSignIn(_ identity: ExternalIdentity, account: CitizenAccount.ID, at instant: Date) async throws {
        try await database.write { db in
            let owner = try await db.raw(
                """
                SELECT account_id FROM linked_identities WHERE provider = \(bind: identity.provider) AND subject = \(bind: identity.subject)
                """
            ).first().map { try $0.decode(column: "account_id", as: String.self) }
            switch owner {
            case nil:
                try await Self.insertLink(identity, account: account, at: instant, on: db)
            case account.description?:
                try await db.raw(
                    """
                    UPDATE linked_identities SET trust_level = \(bind: identity.trustLevel.rawValue), last_used_at = \(bind: SQLTime.encode(instant))
                    WHERE provider = \(bind: identity.provider) AND subject = \(bind: identity.subject)
                    """
                ).run()
            default:
                throw IdentityLinkedElsewhere()
            }
            let current =
                try await db.raw("SELECT trust_level FROM citizen_accounts WHERE id = \(bind: account.description)").first()
                .flatMap { try $0.decode(column: "trust_level", as: String?.self) }.flatMap(TrustLevel.init(rawValue:)) ?? .basic
            if identity.trustLevel > current {
                try await db.raw(
                    """
                    UPDATE citizen_accounts SET trust_level = \(bind: identity.trustLevel.rawValue) WHERE id = \(bind: account.description)
                    """
                ).run()
            }
        }
    }

    public func identities(of account: CitizenAccount.ID) async throws -> [LinkedIdentity] {
        try await database.reader.raw(
            """
            SELECT provider, subject, account_id, trust_level, linked_at, last_used_at FROM linked_identities
            WHERE account_id = \(bind: account.description) ORDER BY provider, linked_at
            """
        ).all().map { row in
            LinkedIdentity(
                provider: try row.decode(column: "provider", as: String.self), subject: try row.decode(column: "subject", as: String.self),
                accountID: try StoredID.decode(row, "account_id"),
                trustLevel: TrustLevel(rawValue: try row.decode(column: "trust_level", as: String.self)) ?? .basic,
                linkedAt: SQLTime.decode(try row.decode(column: "linked_at", as: Int64.self)),
                lastUsedAt: SQLTime.decode(try row.decode(column: "last_used_at", as: Int64.self))
            )
        }
    }

    public func unlink(provider: String, account: CitizenAccount.ID) async throws {
        try await database.write { db in
            try await db.raw(
                """
                DELETE FROM linked_identities WHERE provider = \(bind: provider) AND account_id = \(bind: account.description)
                """
            ).run()
        }
    }

    public func account(email: String) async throws -> CitizenAccount? {
        try await database.reader.raw("\(unsafeRaw: Self.select) WHERE email = \(bind: email.lowercased())").first().map(Self.account)
    }

    public func account(id: CitizenAccount.ID) async throws -> CitizenAccount? {
        try await database.reader.raw("\(unsafeRaw: Self.select) WHERE id = \(bind: id.description)").first().map(Self.account)
    }

    public func addToken(_ token: AccountToken) async throws {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO account_tokens (token_hash, account_id, purpose, expires_at, new_email)
                VALUES (\(bind: token.tokenHash), \(bind: token.accountID.description), \(bind: token.purpose.rawValue), \(bind: SQLTime.encode(token.expiresAt)),
                        \(bind: token.newEmail))
                """
            ).run()
        }
    }

    public func token(hash: String, purpose: AccountToken.Purpose, now: Date) async throws -> AccountToken? {
        guard
            let row = try await database.reader.raw(
                """
                SELECT token_hash, account_id, expires_at, new_email FROM account_tokens
                WHERE token_hash = \(bind: hash) AND purpose = \(bind: purpose.rawValue) AND expires_at > \(bind: SQLTime.encode(now))
                """
            ).first()
        else { return nil }
        return AccountToken(
            tokenHash: try row.decode(column: "token_hash", as: String.self), accountID: try StoredID.decode(row, "account_id"),
            purpose: purpose, expiresAt: SQLTime.decode(try row.decode(column: "expires_at", as: Int64.self)),
            newEmail: try row.decode(column: "new_email", as: String?.self)
        )
    }

    public func useToken(hash: String, purpose: AccountToken.Purpose, now: Date) async throws -> AccountToken? {
        try await database.write { db in
            guard
                let row = try await db.raw(
                    """
                    SELECT token_hash, account_id, purpose, expires_at, new_email FROM account_tokens
                    WHERE token_hash = \(bind: hash) AND purpose = \(bind: purpose.rawValue)
                    """
                ).first()
            else { return nil }
            let token = AccountToken(
                tokenHash: try row.decode(column: "token_hash", as: String.self), accountID: try StoredID.decode(row, "account_id"),
                purpose: purpose, expiresAt: SQLTime.decode(try row.decode(column: "expires_at", as: Int64.self)),
                newEmail: try row.decode(column: "new_email", as: String?.self)
            )
            // Used or not, every link of this purpose ends here: one answer per mail.
            try await db.raw(
                """
                DELETE FROM account_tokens WHERE account_id = \(bind: token.accountID.description) AND purpose = \(bind: purpose.rawValue)
                """
            ).run()
            return token.expiresAt > now ? token : nil
        }
    }

    public func markVerified(_ id: CitizenAccount.ID, at instant: Date) async throws {
        try await database.write { db in
            try await db.raw(
                """
                UPDATE citizen_accounts SET verified_at = COALESCE(verified_at, \(bind: SQLTime.encode(instant))) WHERE id = \(bind: id.description)
                """
            ).run()
        }
    }

    public func setPassword(_ id: CitizenAccount.ID, hash: String) async throws {
        try await database.write { db in
            try await db.raw("UPDATE citizen_accounts SET password_hash = \(bind: hash) WHERE id = \(bind: id.description)").run()
        }
    }

    public func changeEmail(_ id: CitizenAccount.ID, to email: String) async throws {
        do {
            try await database.write { db in
                try await db.raw("UPDATE citizen_accounts SET email = \(bind: email.lowercased()) WHERE id = \(bind: id.description)").run()
            }
        } catch {
            if let other = try await account(email: email), other.id != id { throw DuplicateEmail() }
            throw error
        }
    }

    public func saveProfile(_ id: CitizenAccount.ID, _ profile: CitizenProfile) async throws {
        let encoded = try JSONCoding.encode(profile)
        try await database.write { db in
            try await db.raw("UPDATE citizen_accounts SET profile = \(bind: encoded) WHERE id = \(bind: id.description)").run()
        }
    }

    public func delete(_ id: CitizenAccount.ID) async throws {
        try await database.write { db in
            try await db.raw("UPDATE submissions SET account_id = NULL WHERE account_id = \(bind: id.description)").run()
            try await db.raw("DELETE FROM account_tokens WHERE account_id = \(bind: id.description)").run()
            try await db.raw("DELETE FROM linked_identities WHERE account_id = \(bind: id.description)").run()
            try await db.raw("DELETE FROM citizen_accounts WHERE id = \(bind: id.description)").run()
        }
    }

    public func submissions(of account: CitizenAccount.ID) async throws -> [SubmissionSummary] {
        try await database.reader.raw(
            """
            SELECT s.seq, s.id, s.reference, s.status, s.received_at, s.applicant_name, s.is_test, v.slug, v.title
            FROM submissions s JOIN services v ON v.id = s.service_id
            WHERE s.account_id = \(bind: account.description) ORDER BY s.seq DESC LIMIT 200
            """
        ).all().map { try SQLSubmissionStore.summary($0, withReadMarker: false) }
    }

    static let select = "SELECT id, email, verified_at, password_hash, created_at, profile, language, trust_level FROM citizen_accounts"

    static func account(_ row: any SQLRow) throws -> CitizenAccount {
        CitizenAccount(
            id: try StoredID.decode(row, "id"), email: try row.decode(column: "email", as: String.self),
            verifiedAt: try row.decode(column: "verified_at", as: Int64?.self).map(SQLTime.decode),
            passwordHash: try row.decode(column: "password_hash", as: String.self),
            createdAt: SQLTime.decode(try row.decode(column: "created_at", as: Int64.self)),
            profile: try row.decode(column: "profile", as: String?.self).map { try JSONCoding.decode(CitizenProfile.self, from: $0) } ?? CitizenProfile(),
            language: try row.decode(column: "language", as: String?.self).flatMap(Language.init(rawValue:)) ?? .german,
            trustLevel: try row.decode(column: "trust_level", as: String?.self).flatMap(TrustLevel.init(rawValue:)) ?? .basic
        )
    }
}
