import Foundation
import PortalCore
import SQLKit

/// `ReceiptStore` on SQLite and PostgreSQL.
public struct SQLReceiptStore: ReceiptStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func save(_ pdf: Data, for submission: Submission.ID, at instant: Date) async throws {
        let sealed = try database.cipher.seal(pdf)
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO receipts (submission_id, pdf, created_at, key_id)
                VALUES (\(bind: submission.description), \(bind: sealed.data), \(bind: SQLTime.encode(instant)), \(bind: sealed.keyID))
                ON CONFLICT (submission_id) DO NOTHING
                """
            ).run()
        }
    }

    public func hasReceipt(of submission: Submission.ID) async throws -> Bool {
        try await database.reader.raw("SELECT 1 AS made FROM receipts WHERE submission_id = \(bind: submission.description)").first() != nil
    }

    public func receipt(of submission: Submission.ID) async throws -> Data? {
        guard let row = try await database.reader.raw("SELECT pdf, key_id FROM receipts WHERE submission_id = \(bind: submission.description)").first()
        else { return nil }
        return try database.cipher.open(row.decode(column: "pdf", as: Data.self), keyID: row.decode(column: "key_id", as: String?.self))
    }
}
