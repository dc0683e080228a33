import Foundation
import PortalCore
import SQLKit

/// `UploadStore` on SQLite and PostgreSQL: metadata in `uploads`, content in 256 KiB rows of
/// `upload_chunks`, written and read one chunk at a time.
public struct SQLUploadStore: UploadStore {
    let database: PortalDatabase
    static let chunkSize = 256 * 1024

    public init(database: PortalDatabase) {
        self.database = database
    }

    /// Chunks per transaction: a large file is written in several short writes, so other writes
    /// (submissions, sessions) get their turn on the write path in between.
    static let chunksPerWrite = 4

    /// The row is written first under a pending owner that no query asks for, with a short expiry;
    /// the chunks follow in short transactions; the last write gives the row its owner. A crash
    /// in between leaves a pending row that housekeeping removes with its chunks.
    public func save(_ file: UploadedFile, field: String, owner: String, expiresAt: Date, contents: URL, now: Date) async throws {
        let id = file.id.description
        let handle = try FileHandle(forReadingFrom: contents)
        defer { try? handle.close() }
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO uploads (id, owner, field_key, name, media_type, size, sha256, created_at, expires_at)
                VALUES (\(bind: id), \(bind: "pending:" + id), \(bind: field), \(bind: file.name), \(bind: file.mediaType), \(bind: Int64(file.size)),
                        \(bind: file.sha256), \(bind: SQLTime.encode(now)), \(bind: SQLTime.encode(now.addingTimeInterval(3600))))
                """
            ).run()
        }
        do {
            var seq = 0
            while true {
                var batch: [Data] = []
                while batch.count < Self.chunksPerWrite, let chunk = try handle.read(upToCount: Self.chunkSize), !chunk.isEmpty { batch.append(chunk) }
                guard !batch.isEmpty else { break }
                let first = seq
                let chunks = try batch.map { try database.cipher.seal($0) }
                try await database.write { db in
                    for (offset, chunk) in chunks.enumerated() {
                        try await db.raw(
                            """
                            INSERT INTO upload_chunks (upload_id, seq, data, key_id)
                            VALUES (\(bind: id), \(bind: first + offset), \(bind: chunk.data), \(bind: chunk.keyID))
                            """
                        ).run()
                    }
                }
                seq += batch.count
            }
            try await database.write { db in
                try await db.raw(
                    """
                    UPDATE uploads SET owner = \(bind: owner), expires_at = \(bind: SQLTime.encode(expiresAt)) WHERE id = \(bind: id)
                    """
                ).run()
            }
        } catch {
            try? await database.write { db in
                try await db.raw("DELETE FROM upload_chunks WHERE upload_id = \(bind: id)").run()
                try await db.raw("DELETE FROM uploads WHERE id = \(bind: id)").run()
            }
            throw error
        }
    }

    public func totalSize(owners: [String]) async throws -> Int {
        guard !owners.isEmpty else { return 0 }
        let row = try await database.reader.raw(
            """
            SELECT CAST(COALESCE(SUM(size), 0) AS BIGINT) AS total FROM uploads WHERE owner IN (\(binds: owners)) AND submission_id IS NULL
            """
        ).first()
        return Int(try row?.decode(column: "total", as: Int64.self) ?? 0)
    }

    public func files(owner: String) async throws -> [UploadedFile] {
        try await database.reader.raw(
            """
            SELECT id, field_key, owner, name, media_type, size, sha256, submission_id FROM uploads WHERE owner = \(bind: owner) ORDER BY created_at, id
            """
        ).all().map { try Self.decode($0).file }
    }

    public func file(id: UploadedFile.ID) async throws -> StoredUpload? {
        try await database.reader.raw(
            """
            SELECT id, field_key, owner, name, media_type, size, sha256, submission_id FROM uploads WHERE id = \(bind: id.description)
            """
        ).first().map(Self.decode)
    }

    public func contents(of id: UploadedFile.ID) -> AsyncThrowingStream<Data, any Error> {
        let reader = database.reader
        let cipher = database.cipher
        let key = id.description
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    var seq = 0
                    while let row = try await reader.raw("SELECT data, key_id FROM upload_chunks WHERE upload_id = \(bind: key) AND seq = \(bind: seq)").first()
                    {
                        continuation.yield(try cipher.open(row.decode(column: "data", as: Data.self), keyID: row.decode(column: "key_id", as: String?.self)))
                        seq += 1
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    public func delete(id: UploadedFile.ID, owner: String) async throws {
        try await database.write { db in
            let gone = try await db.raw(
                """
                DELETE FROM uploads WHERE id = \(bind: id.description) AND owner = \(bind: owner) AND submission_id IS NULL RETURNING id
                """
            ).all()
            if !gone.isEmpty { try await db.raw("DELETE FROM upload_chunks WHERE upload_id = \(bind: id.description)").run() }
        }
    }

    public func extend(owner: String, until expiresAt: Date) async throws {
        try await database.write { db in
            try await db.raw("UPDATE uploads SET expires_at = \(bind: SQLTime.encode(expiresAt)) WHERE owner = \(bind: owner) AND submission_id IS NULL").run()
        }
    }

    public func attach(_ ids: [UploadedFile.ID], owner: String, to submission: Submission.ID) async throws {
        guard !ids.isEmpty else { return }
        try await database.write { db in
            try await Self.attach(ids, owner: owner, to: submission, on: db)
        }
    }

    /// Attaches inside a caller's transaction (filing); returns how many files it attached.
    @discardableResult
    static func attach(_ ids: [UploadedFile.ID], owner: String, to submission: Submission.ID, on db: any SQLDatabase) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try await db.raw(
            """
            UPDATE uploads SET submission_id = \(bind: submission.description), expires_at = NULL
            WHERE id IN (\(binds: ids.map(\.description))) AND owner = \(bind: owner) AND submission_id IS NULL RETURNING id
            """
        ).all().count
    }

    public func deleteExpired(now: Date) async throws -> Int {
        try await database.write { db in
            let gone = try await db.raw(
                """
                DELETE FROM uploads WHERE submission_id IS NULL AND expires_at <= \(bind: SQLTime.encode(now)) RETURNING id
                """
            ).all()
            for row in gone {
                try await db.raw("DELETE FROM upload_chunks WHERE upload_id = \(bind: try row.decode(column: "id", as: String.self))").run()
            }
            return gone.count
        }
    }

    static func decode(_ row: any SQLRow) throws -> StoredUpload {
        let submission: Submission.ID? = try row.decodeNil(column: "submission_id") ? nil : try StoredID.decode(row, "submission_id")
        return StoredUpload(
            file: UploadedFile(
                id: try StoredID.decode(row, "id"), name: try row.decode(column: "name", as: String.self),
                mediaType: try row.decode(column: "media_type", as: String.self),
                size: Int(try row.decode(column: "size", as: Int64.self)), sha256: try row.decode(column: "sha256", as: String.self)
            ),
            field: try row.decode(column: "field_key", as: String.self),
            owner: try row.decode(column: "owner", as: String.self),
            submissionID: submission
        )
    }
}
