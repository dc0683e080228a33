import Foundation
import HummingbirdTesting
import Logging
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import SQLKit
import Testing

@Suite("Backup and restore of the embedded database")
struct BackupTests {
    static let logger = Logger(label: "test")

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sp-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("A backup taken while cases are filed restores into an empty folder with every case and file; the copy is checked and private")
    func roundTrip() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await TestPortal.with(.sqlite) { test in
            try await test.application().test(.router) { client in
                let reference = try await DecisionByPostTests.fileInProgress(client)
                let delivered = try await DecisionByPostTests.deliver(client, reference, query: "?outcome=granted")
                #expect(delivered.status == .created)
                // Filing goes on while the backup is written.
                async let more = SubmissionAPITests.file(20, client: client)
                let target = folder.appendingPathComponent("sicherung.sqlite")
                let contents = try await SQLiteBackup.backUp(test.portal.database, to: target, logger: Self.logger)
                let filedDuring = try await more
                #expect(contents.schemaVersion == 64)
                let permissions = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
                #expect(permissions == 0o600)
                #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".sicherung.sqlite.partial").path))

                let restoredFolder = folder.appendingPathComponent("neu")
                let restored = try await SQLiteBackup.restore(target, into: restoredFolder, logger: Self.logger)
                #expect(restored == contents)
                #expect(try FileManager.default.contentsOfDirectory(atPath: restoredFolder.path) == [SQLiteBackup.fileName])
                let submissions = try #require(restored.counts.first { $0.table == "submissions" }?.count)
                #expect((1...21).contains(submissions), "the one before and those filed before the copy's transaction")

                // The restored database opens as the portal's and holds the case with its decision's bytes.
                let database = try await PortalDatabase.open(
                    .sqlite(path: restoredFolder.appendingPathComponent(SQLiteBackup.fileName).path), logger: Self.logger)
                let again = Portal(configuration: test.portal.configuration, database: database, logger: Self.logger)
                let submission = try #require(try await again.submissions.submission(reference: Reference(reference)!))
                let decision = try #require(try await again.decisions.decision(of: submission.id))
                let original = try #require(try await test.portal.decisions.decision(of: submission.id))
                #expect(decision.file == original.file)
                let bytes = try await database.reader.raw("SELECT SUM(LENGTH(data)) AS n FROM upload_chunks").first()?.decode(column: "n", as: Int?.self)
                #expect(bytes ?? 0 >= DecisionByPostTests.pdf.count)
                for filed in filedDuring {
                    // A case is either wholly in the copy or not at all.
                    if let copy = try await again.submissions.submission(reference: Reference(filed)!) {
                        #expect(copy.answers != .object([]))
                    }
                }
                await database.close()
            }
        }
    }

    @Test("Refused: a target that exists, a damaged or foreign file, a folder that is not empty, PostgreSQL; nothing is changed")
    func refusals() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await TestPortal.with(.sqlite) { test in
            let target = folder.appendingPathComponent("sicherung.sqlite")
            _ = try await SQLiteBackup.backUp(test.portal.database, to: target, logger: Self.logger)
            let size = try FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int
            await #expect(throws: BackupError.self) { try await SQLiteBackup.backUp(test.portal.database, to: target, logger: Self.logger) }
            #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int == size, "the earlier backup is untouched")

            // A damaged copy (cut off half way) and a file that is no database.
            let data = try Data(contentsOf: target)
            let damaged = folder.appendingPathComponent("kaputt.sqlite")
            try data.prefix(data.count / 2).write(to: damaged)
            let text = folder.appendingPathComponent("notiz.txt")
            try Data("Hallo".utf8).write(to: text)
            for (file, reason) in [(damaged, "beschädigt"), (text, "keine SQLite-Datenbank")] {
                let into = folder.appendingPathComponent("ziel-\(file.lastPathComponent)")
                do {
                    _ = try await SQLiteBackup.restore(file, into: into, logger: Self.logger)
                    Issue.record("\(file.lastPathComponent) was restored")
                } catch let error as BackupError {
                    #expect(error.message.contains(reason), "\(error.message)")
                }
                #expect(!FileManager.default.fileExists(atPath: into.path), "nothing left behind")
            }

            // A folder with something in it keeps it and gets nothing.
            let busy = folder.appendingPathComponent("belegt")
            try FileManager.default.createDirectory(at: busy, withIntermediateDirectories: false)
            try Data("wichtig".utf8).write(to: busy.appendingPathComponent("wichtig.txt"))
            do {
                _ = try await SQLiteBackup.restore(target, into: busy, logger: Self.logger)
                Issue.record("restored into a folder that was not empty")
            } catch let error as BackupError {
                #expect(error.message.contains("ist nicht leer"))
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: busy.path) == ["wichtig.txt"])
            await #expect(throws: BackupError.self) {
                try await SQLiteBackup.restore(folder.appendingPathComponent("fehlt.sqlite"), into: folder.appendingPathComponent("x"), logger: Self.logger)
            }
        }
        try await TestDatabase.with(.postgres) { database in
            do {
                _ = try await SQLiteBackup.backUp(database, to: folder.appendingPathComponent("pg.sqlite"), logger: Self.logger)
                Issue.record("PostgreSQL was backed up as SQLite")
            } catch let error as BackupError {
                #expect(error.message.contains("pg_dump"))
            }
        }
    }
}
