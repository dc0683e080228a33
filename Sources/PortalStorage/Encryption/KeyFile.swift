import Crypto
import Foundation

/// `ENCRYPTION_KEY_FILE`: one data key per line, `<id> <32 bytes in base64>`, the newest first;
/// lines starting with `#` are comments. The file must be readable by the portal's user only.
public enum KeyFile {
    public static func read(_ path: String) throws(ConfigurationError) -> [DataCipher.Key] {
        let url = URL(fileURLWithPath: path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw ConfigurationError("ENCRYPTION_KEY_FILE: Die Datei \(path) gibt es nicht oder sie ist nicht lesbar.")
        }
        if let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 {
            throw ConfigurationError(
                "ENCRYPTION_KEY_FILE: \(path) ist für andere lesbar (Rechte \(String(mode, radix: 8))). Erlaubt ist nur der Eigentümer: chmod 600 \(path)")
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ConfigurationError("ENCRYPTION_KEY_FILE: \(path) ist keine Textdatei.")
        }
        var keys: [DataCipher.Key] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let parts = trimmed.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2, let id = parts.first.map(String.init), Self.isValidID(id),
                let bytes = Data(base64Encoded: String(parts[1])), bytes.count == 32
            else {
                throw ConfigurationError(
                    "ENCRYPTION_KEY_FILE: Zeile \(number + 1) ist kein Schlüssel (erwartet: Kennung, Leerzeichen, 32 Bytes in Base64; `serviceportal keys new` legt einen an)."
                )
            }
            guard !keys.contains(where: { $0.id == id }) else {
                throw ConfigurationError("ENCRYPTION_KEY_FILE: Die Kennung „\(id)“ steht zweimal in \(path).")
            }
            keys.append(DataCipher.Key(id: id, key: SymmetricKey(data: bytes)))
        }
        guard !keys.isEmpty else { throw ConfigurationError("ENCRYPTION_KEY_FILE: \(path) enthält keinen Schlüssel.") }
        return keys
    }

    /// Letters and digits, 1 to 32: the id is stored with every sealed value.
    static func isValidID(_ id: String) -> Bool {
        (1...32).contains(id.count) && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// A new key as a line of the file, with a random id.
    public static func newLine() -> String {
        let key = SymmetricKey(size: .bits256)
        let id = (0..<4).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        let bytes = key.withUnsafeBytes { Data($0) }
        return "\(id) \(bytes.base64EncodedString())"
    }

    /// Puts a new key on top of the file (creating it, readable by its owner only) and returns its id.
    public static func addNewKey(to path: String) throws -> String {
        let line = newLine()
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let header = "# Serviceportal: Datenschlüssel. Der erste verschlüsselt, die weiteren öffnen ältere Daten bis `serviceportal keys rotate`.\n"
        let body = existing.hasPrefix(header) ? String(existing.dropFirst(header.count)) : existing
        let temporary = path + ".neu"
        guard FileManager.default.createFile(atPath: temporary, contents: Data((header + line + "\n" + body).utf8), attributes: [.posixPermissions: 0o600]),
            rename(temporary, path) == 0
        else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ConfigurationError("Die Schlüsseldatei \(path) kann nicht geschrieben werden.")
        }
        return String(line.prefix { $0 != " " })
    }
}
