import Foundation
import PortalCore
import SQLKit

/// `SecondFactorStore` on SQLite and PostgreSQL.
public struct SQLSecondFactorStore: SecondFactorStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func factor(of user: StaffUser.ID) async throws -> SecondFactor? {
        try await database.reader.raw(
            "SELECT secret, confirmed_at, last_step FROM staff_second_factors WHERE user_id = \(bind: user.description)"
        ).first().map { row in
            SecondFactor(
                userID: user, secret: SecretHex.decode(try row.decode(column: "secret", as: String.self)),
                confirmedAt: try row.decode(column: "confirmed_at", as: Int64?.self).map(SQLTime.decode),
                lastStep: try row.decode(column: "last_step", as: Int64?.self))
        }
    }

    public func begin(_ user: StaffUser.ID, secret: [UInt8]) async throws {
        try await database.write { db in
            try await db.raw(
                "DELETE FROM staff_second_factors WHERE user_id = \(bind: user.description) AND confirmed_at IS NULL"
            ).run()
            try await db.raw(
                """
                INSERT INTO staff_second_factors (user_id, secret) VALUES (\(bind: user.description), \(bind: SecretHex.encode(secret)))
                ON CONFLICT (user_id) DO NOTHING
                """
            ).run()
        }
    }

    public func confirm(_ user: StaffUser.ID, step: Int64, recoveryCodeHashes: [String], at instant: Date) async throws -> Bool {
        try await database.write { db in
            let confirmed = try await db.raw(
                """
                UPDATE staff_second_factors SET confirmed_at = \(bind: SQLTime.encode(instant)), last_step = \(bind: step)
                WHERE user_id = \(bind: user.description) AND confirmed_at IS NULL RETURNING user_id
                """
            ).all()
            guard !confirmed.isEmpty else { return false }
            try await db.raw("DELETE FROM staff_recovery_codes WHERE user_id = \(bind: user.description)").run()
            for hash in Set(recoveryCodeHashes) {
                try await db.raw("INSERT INTO staff_recovery_codes (user_id, code_hash) VALUES (\(bind: user.description), \(bind: hash))").run()
            }
            return true
        }
    }

    public func accept(step: Int64, of user: StaffUser.ID) async throws -> Bool {
        try await database.write { db in
            try await !db.raw(
                """
                UPDATE staff_second_factors SET last_step = \(bind: step)
                WHERE user_id = \(bind: user.description) AND confirmed_at IS NOT NULL AND (last_step IS NULL OR last_step < \(bind: step))
                RETURNING user_id
                """
            ).all().isEmpty
        }
    }

    public func useRecoveryCode(hash: String, of user: StaffUser.ID, at instant: Date) async throws -> Bool {
        try await database.write { db in
            try await !db.raw(
                """
                UPDATE staff_recovery_codes SET used_at = \(bind: SQLTime.encode(instant))
                WHERE user_id = \(bind: user.description) AND code_hash = \(bind: hash) AND used_at IS NULL RETURNING user_id
                """
            ).all().isEmpty
        }
    }

    public func unusedRecoveryCodes(of user: StaffUser.ID) async throws -> Int {
        try await database.reader.raw(
            "SELECT COUNT(*) AS n FROM staff_recovery_codes WHERE user_id = \(bind: user.description) AND used_at IS NULL"
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    public func remove(_ user: StaffUser.ID) async throws {
        try await database.write { db in
            try await db.raw("DELETE FROM staff_recovery_codes WHERE user_id = \(bind: user.description)").run()
            try await db.raw("DELETE FROM staff_second_factors WHERE user_id = \(bind: user.description)").run()
        }
    }
}

/// The secret as stored: lower-case hex.
enum SecretHex {
    static func encode(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func decode(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex, let next = text.index(index, offsetBy: 2, limitedBy: text.endIndex) {
            if let byte = UInt8(text[index..<next], radix: 16) { bytes.append(byte) }
            index = next
        }
        return bytes
    }
}
