import Crypto
import Foundation
import PortalStorage
import Testing

@Suite("Data keys and sealing (encryption at rest)")
struct DataCipherTests {
    static func key(_ id: String, _ byte: UInt8) -> DataCipher.Key {
        DataCipher.Key(id: id, key: SymmetricKey(data: Data(repeating: byte, count: 32)))
    }

    @Test("Text and bytes come back as they went in; what is stored shows neither; plain values from before are read as they are")
    func roundTrip() throws {
        let cipher = DataCipher(keys: [Self.key("a1", 1)])
        let text = #"{"bohrfirma":"Brunnenbau Nord GmbH","plz":"24534"}"#
        let sealed = try cipher.seal(text: text)
        #expect(sealed.hasPrefix("enc1:a1:"))
        #expect(!sealed.contains("Brunnenbau"))
        #expect(try cipher.seal(text: text) != sealed, "a fresh nonce each time")
        #expect(try cipher.open(text: sealed) == text)
        #expect(try cipher.open(text: text) == text)
        #expect(DataCipher.keyID(ofText: sealed) == "a1")
        #expect(DataCipher.keyID(ofText: text) == nil)

        let bytes = Data("%PDF-1.4 Bescheid für Jürgen Müller".utf8)
        let stored = try cipher.seal(bytes)
        #expect(stored.keyID == "a1")
        #expect(stored.data.range(of: Data("Müller".utf8)) == nil)
        #expect(try cipher.open(stored.data, keyID: "a1") == bytes)
        #expect(try cipher.open(bytes, keyID: nil) == bytes)
    }

    @Test("Without keys nothing is sealed; an unknown key or a changed byte is an error, never wrong data")
    func refusals() throws {
        #expect(try DataCipher.none.seal(text: "{}") == "{}")
        #expect(try DataCipher.none.seal(Data([1, 2])).keyID == nil)
        let old = DataCipher(keys: [Self.key("alt", 1)])
        let sealed = try old.seal(text: "{\"a\":1}")
        let other = DataCipher(keys: [Self.key("neu", 2)])
        #expect(throws: DataCipherError.unknownKey("alt")) { try other.open(text: sealed) }
        #expect(throws: DataCipherError.unknownKey("alt")) { try DataCipher.none.open(text: sealed) }
        // The same id with other key bytes: the tag does not match.
        let impostor = DataCipher(keys: [Self.key("alt", 9)])
        #expect(throws: DataCipherError.damaged) { try impostor.open(text: sealed) }
        var bytes = try old.seal(Data("Lageplan".utf8))
        bytes.data[bytes.data.count / 2] ^= 0x01
        #expect(throws: DataCipherError.damaged) { try old.open(bytes.data, keyID: "alt") }
        #expect(throws: DataCipherError.damaged) { try old.open(text: "enc1:alt:kein-base64") }
        // A rotated cipher opens both and seals with the new key.
        let rotated = DataCipher(keys: [Self.key("neu", 2), Self.key("alt", 1)])
        #expect(try rotated.open(text: sealed) == "{\"a\":1}")
        #expect(try rotated.seal(text: "{}").hasPrefix("enc1:neu:"))
        #expect(Self.key("alt", 1).check == Self.key("alt", 1).check)
        #expect(Self.key("alt", 1).check != Self.key("alt", 9).check)
    }

    static func write(_ text: String, mode: Int = 0o600) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: mode])
        return path
    }

    @Test("The key file: keys new puts a key on top and keeps the older ones; the file stays private")
    func keyFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try KeyFile.addNewKey(to: path)
        let second = try KeyFile.addNewKey(to: path)
        let keys = try KeyFile.read(path)
        #expect(keys.map(\.id) == [second, first])
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "# Serviceportal").count == 2, "one header")
    }

    @Test(
        "A key file that is missing, readable by others, malformed, doubled or empty stops the start with the reason",
        arguments: [
            ("fehlt", "gibt es nicht"), ("# nur ein Kommentar\n", "enthält keinen Schlüssel"), ("k1 zu-kurz\n", "Zeile 1 ist kein Schlüssel"),
            ("k1 \(Data(repeating: 1, count: 32).base64EncodedString())\nk1 \(Data(repeating: 2, count: 32).base64EncodedString())\n", "steht zweimal"),
            ("k-1 \(Data(repeating: 1, count: 32).base64EncodedString())\n", "Zeile 1 ist kein Schlüssel"),
            ("offen", "für andere lesbar"),
        ])
    func keyFileRefusals(content: String, reason: String) throws {
        let path: String
        switch content {
        case "fehlt": path = "/nicht/da/schluessel"
        case "offen": path = try Self.write("k1 \(Data(repeating: 1, count: 32).base64EncodedString())\n", mode: 0o644)
        default: path = try Self.write(content)
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try KeyFile.read(path)
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains(reason), "\(error.message)")
        }
    }
}
