import Foundation
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Upload store contract")
struct UploadStoreTests {
    static func temporaryFile(bytes: Int) throws -> (URL, Data) {
        var data = Data(count: bytes)
        for index in 0..<bytes { data[index] = UInt8(truncatingIfNeeded: index * 31 + index / 251) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("upload-\(UUID().uuidString)")
        try data.write(to: url)
        return (url, data)
    }

    static func file(_ id: Int, size: Int) -> UploadedFile {
        UploadedFile(
            id: .init(UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", id))!), name: "Lageplan.pdf", mediaType: "application/pdf", size: size,
            sha256: "x")
    }

    @Test("Content round-trips in chunks; only the owner deletes, only unsubmitted files", arguments: TestDatabaseKind.allCases)
    func roundTrip(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let store = SQLUploadStore(database: database)
            let (url, data) = try Self.temporaryFile(bytes: 600 * 1024 + 17)
            defer { try? FileManager.default.removeItem(at: url) }
            let plan = Self.file(1, size: data.count)
            try await store.save(
                plan, field: "lageplan", owner: "draft-a", expiresAt: TestClock.now.addingTimeInterval(3600), contents: url, now: TestClock.now)
            #expect(try await store.file(id: plan.id) == StoredUpload(file: plan, field: "lageplan", owner: "draft-a", submissionID: nil))
            #expect(try await store.files(owner: "draft-a") == [plan])
            var read = Data()
            for try await chunk in store.contents(of: plan.id) { read.append(chunk) }
            #expect(read == data)

            try await store.delete(id: plan.id, owner: "draft-b")
            #expect(try await store.file(id: plan.id) != nil)
            let submission = Submission.ID(UUID())
            try await store.attach([plan.id], owner: "draft-a", to: submission)
            try await store.delete(id: plan.id, owner: "draft-a")
            #expect(try await store.file(id: plan.id)?.submissionID == submission)
            #expect(try await store.deleteExpired(now: TestClock.now.addingTimeInterval(86_400)) == 0)
        }
    }

    @Test("Unsubmitted files expire with their draft unless the draft is kept longer", arguments: TestDatabaseKind.allCases)
    func expiry(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let store = SQLUploadStore(database: database)
            let (url, _) = try Self.temporaryFile(bytes: 10)
            defer { try? FileManager.default.removeItem(at: url) }
            for (number, owner) in [(1, "kept"), (2, "dropped")] {
                try await store.save(
                    Self.file(number, size: 10), field: "f", owner: owner, expiresAt: TestClock.now.addingTimeInterval(3600), contents: url, now: TestClock.now)
            }
            try await store.extend(owner: "kept", until: TestClock.now.addingTimeInterval(30 * 86_400))
            #expect(try await store.deleteExpired(now: TestClock.now.addingTimeInterval(7200)) == 1)
            #expect(try await store.files(owner: "dropped").isEmpty)
            #expect(try await store.files(owner: "kept").count == 1)
            var chunks = 0
            for try await _ in store.contents(of: Self.file(2, size: 10).id) { chunks += 1 }
            #expect(chunks == 0)
        }
    }
}
