import Foundation
import SQLKit

/// The keys the database has data sealed with (`encryption_keys`, with a check value each). At
/// start the key file must hold every one of them, with the same key under the same id; a database
/// with sealed data is never opened without keys, so nothing is silently stored in plain.
public enum EncryptionKeys {
    public static func verify(_ database: PortalDatabase, now: Date) async throws {
        let cipher = database.cipher
        let known = try await database.reader.raw("SELECT id, key_check FROM encryption_keys ORDER BY id").all().map {
            (id: try $0.decode(column: "id", as: String.self), check: try $0.decode(column: "key_check", as: String.self))
        }
        guard cipher.isOn else {
            if let first = known.first {
                throw ConfigurationError(
                    "Die Datenbank enthält verschlüsselte Daten (Schlüssel „\(first.id)“), aber ENCRYPTION_KEY_FILE ist nicht gesetzt. Ohne den Schlüssel startet das Portal nicht."
                )
            }
            return
        }
        let keys = Dictionary(uniqueKeysWithValues: cipher.allKeys.map { ($0.id, $0) })
        for entry in known {
            guard let key = keys[entry.id] else {
                throw ConfigurationError(
                    "ENCRYPTION_KEY_FILE enthält den Schlüssel „\(entry.id)“ nicht, mit dem Daten verschlüsselt sind. Fügen Sie ihn wieder ein (unter dem neuen Schlüssel)."
                )
            }
            guard key.check == entry.check else {
                throw ConfigurationError(
                    "Der Schlüssel „\(entry.id)“ in ENCRYPTION_KEY_FILE ist nicht der, mit dem die Daten verschlüsselt sind (Prüfwert stimmt nicht).")
            }
        }
        if let current = cipher.current, !known.contains(where: { $0.id == current.id }) {
            try await database.write { db in
                try await db.raw(
                    """
                    INSERT INTO encryption_keys (id, key_check, first_used_at) VALUES (\(bind: current.id), \(bind: current.check), \(bind: SQLTime.encode(now)))
                    ON CONFLICT (id) DO NOTHING
                    """
                ).run()
            }
        }
    }

    /// Key ids the database still knows (for `keys rotate` and the operator).
    public static func inUse(_ database: PortalDatabase) async throws -> [String] {
        try await database.reader.raw("SELECT id FROM encryption_keys ORDER BY first_used_at, id").all().map { try $0.decode(column: "id", as: String.self) }
    }
}
