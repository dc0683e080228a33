import Crypto
import Foundation
import HummingbirdTesting
import Logging
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import SQLKit
import Testing

@Suite("Encryption at rest: answers and files sealed, keys checked at start, rotation")
struct EncryptionTests {
    static let keyA = DataCipher.Key(id: "a1", key: SymmetricKey(data: Data(repeating: 0xA1, count: 32)))
    static let keyB = DataCipher.Key(id: "b2", key: SymmetricKey(data: Data(repeating: 0xB2, count: 32)))
    static let logger = Logger(label: "test")
    /// A decision of 600 KiB: three chunks of the upload store.
    static let decision = DecisionByPostTests.pdf + Data(repeating: 0x20, count: 600 * 1024)

    static func raw(_ database: PortalDatabase, _ sql: String) async throws -> [any SQLRow] {
        try await database.reader.raw(SQLQueryString(sql)).all()
    }

    @Test(
        "Answers, decision files and receipts are stored sealed and read back whole; rotation seals them anew while filing goes on; keys are checked at start",
        arguments: TestDatabaseKind.allCases)
    func sealedAndRotated(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind, cipher: DataCipher(keys: [Self.keyA])) { test in
            let reference = try await Self.fileWithDecision(test)
            try await Self.expectSealed(test, reference)
            try await Self.rotate(test, reference)
            try await Self.expectRefusals(test.portal.database.location)
        }
    }

    static func fileWithDecision(_ test: TestPortal) async throws -> String {
        let reference = try await test.application().test(.router) { client -> String in
            let reference = try await DecisionByPostTests.fileInProgress(client)
            #expect(try await DecisionByPostTests.deliver(client, reference, query: "?outcome=granted", body: Self.decision).status == .created)
            // More cases and a decision of three chunks, so the rotation below walks in several batches.
            _ = try await SubmissionAPITests.file(4, client: client)
            return reference
        }
        try await test.worker().runOnce()
        return reference
    }

    /// Nothing readable in the stored columns, and everything reads back as it was given.
    static func expectSealed(_ test: TestPortal, _ reference: String) async throws {
        let database = test.portal.database
        let answers = try #require(try await raw(database, "SELECT answers FROM submissions").first?.decode(column: "answers", as: String.self))
        #expect(answers.hasPrefix("enc1:a1:") && !answers.contains("Brunnenbau"))
        let chunks = try await raw(database, "SELECT data, key_id FROM upload_chunks")
        #expect(!chunks.isEmpty)
        for chunk in chunks {
            #expect(try chunk.decode(column: "key_id", as: String?.self) == "a1")
            #expect(try chunk.decode(column: "data", as: Data.self).range(of: Data("%PDF".utf8)) == nil)
        }
        let receipts = try await raw(database, "SELECT pdf, key_id FROM receipts")
        #expect(receipts.count == 5)
        #expect(try receipts.first?.decode(column: "key_id", as: String?.self) == "a1")
        #expect(try receipts.first?.decode(column: "pdf", as: Data.self).range(of: Data("%PDF".utf8)) == nil)

        let submission = try #require(try await test.portal.submissions.submission(reference: Reference(reference)!))
        #expect(submission.answers["bohrfirma"] == .string("Brunnenbau Nord GmbH"))
        let decision = try #require(try await test.portal.decisions.decision(of: submission.id))
        var bytes = Data()
        for try await chunk in test.portal.uploads.contents(of: decision.file.id) { bytes.append(chunk) }
        #expect(bytes == Self.decision)
        #expect(try await test.portal.receipts.receipt(of: submission.id)?.prefix(4) == Data("%PDF".utf8))
    }

    /// A second instance with the new key on top serves while the rotation runs; afterwards only the new key is in use.
    static func rotate(_ test: TestPortal, _ reference: String) async throws {
        try await test.secondInstance(cipher: DataCipher(keys: [keyB, keyA])) { other in
            let rotated = other.portal.database
            try await EncryptionKeys.verify(rotated, now: TestClock.now)
            try await other.application().test(.router) { client in
                // Batches of two walk every table in several steps, past the last key of the one before.
                async let progress = KeyRotation(database: rotated, textBatch: 2, chunkBatch: 2).run()
                let during = try await SubmissionAPITests.file(10, client: client)
                let done = try await progress
                #expect(done.answers == 5 && done.fileChunks == 3 && done.receipts == 5)
                #expect(during.count == 10, "no request failed during the rotation")
                let read = try await client.get("/api/v1/submissions/\(reference)", key: TestPortal.waterKey)
                #expect(read.status == .ok && read.text.contains("Brunnenbau Nord GmbH"))
            }
            let leftover = try await raw(rotated, "SELECT answers FROM submissions").compactMap { row -> String? in
                DataCipher.keyID(ofText: try row.decode(column: "answers", as: String.self))
            }
            #expect(Set(leftover) == ["b2"])
            let chunkKeys = try await raw(rotated, "SELECT key_id FROM upload_chunks").map { row -> String? in
                try row.decode(column: "key_id", as: String?.self)
            }
            #expect(Set(chunkKeys) == ["b2"])
            #expect(try await EncryptionKeys.inUse(rotated) == ["b2"])
        }
    }

    /// Starts that would lose data or store it in plain are refused with the reason.
    static func expectRefusals(_ location: DatabaseLocation) async throws {
        let impostor = DataCipher.Key(id: "b2", key: SymmetricKey(data: Data(repeating: 7, count: 32)))
        let cases: [(DataCipher, String)] = [
            (.none, "ENCRYPTION_KEY_FILE ist nicht gesetzt"),
            (DataCipher(keys: [keyA]), "enthält den Schlüssel „b2“ nicht"),
            (DataCipher(keys: [impostor]), "Prüfwert stimmt nicht"),
        ]
        for (cipher, reason) in cases {
            let opened = try await PortalDatabase.open(location, cipher: cipher, logger: logger)
            do {
                try await EncryptionKeys.verify(opened, now: TestClock.now)
                Issue.record("started with \(cipher.allKeys.map(\.id))")
            } catch let error as ConfigurationError {
                #expect(error.message.contains(reason), "\(error.message)")
            }
            await opened.close()
        }
    }
}
