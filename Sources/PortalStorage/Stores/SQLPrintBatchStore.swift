import Foundation
import PortalCore
import SQLKit

/// `PrintBatchStore` on SQLite and PostgreSQL.
public struct SQLPrintBatchStore: PrintBatchStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func collect(into id: String, deliveredBefore cutoff: Date, at instant: Date) async throws -> [Submission.ID] {
        try await database.write { db in
            let taken = try await db.raw("SELECT id FROM print_batches WHERE id = \(bind: id)").first()
            if taken != nil { throw BatchExists() }
            // PostgreSQL re-reads a row another collector updated meanwhile and skips it; SQLite has one writer.
            let claimed = try await db.raw(
                """
                UPDATE decisions SET print_batch_id = \(bind: id)
                WHERE by_post AND print_batch_id IS NULL AND delivered_at < \(bind: SQLTime.encode(cutoff)) RETURNING submission_id
                """
            ).all()
            guard !claimed.isEmpty else { return [] }
            try await db.raw("INSERT INTO print_batches (id, collected_at) VALUES (\(bind: id), \(bind: SQLTime.encode(instant)))").run()
            return try await Self.submissions(in: id, on: db)
        }
    }

    public func unwritten() async throws -> [(id: String, submissions: [Submission.ID])] {
        let rows = try await database.reader.raw("SELECT id FROM print_batches WHERE written_at IS NULL ORDER BY collected_at, id").all()
        var batches: [(id: String, submissions: [Submission.ID])] = []
        for row in rows {
            let id = try row.decode(column: "id", as: String.self)
            batches.append((id, try await Self.submissions(in: id, on: database.reader)))
        }
        return batches
    }

    public func markWritten(_ id: String, at instant: Date) async throws {
        try await database.write { db in
            let updated = try await db.raw(
                "UPDATE print_batches SET written_at = \(bind: SQLTime.encode(instant)) WHERE id = \(bind: id) AND written_at IS NULL RETURNING id"
            ).all()
            guard !updated.isEmpty else { return }
            let cases = try await Self.submissions(in: id, on: db)
            for submission in cases {
                try await db.raw(
                    """
                    INSERT INTO audit_events (id, actor, action, target, submission_id, at)
                    VALUES (\(bind: UUID().uuidString.lowercased()), 'system', \(bind: AuditEvent.Action.decisionPrinted.rawValue), \(bind: "batch:\(id)"),
                            \(bind: submission.description), \(bind: SQLTime.encode(instant)))
                    """
                ).run()
            }
        }
    }

    static func submissions(in batch: String, on db: any SQLDatabase) async throws -> [Submission.ID] {
        try await db.raw("SELECT submission_id FROM decisions WHERE print_batch_id = \(bind: batch) ORDER BY delivered_at, submission_id").all()
            .map { try StoredID.decode($0, "submission_id") }
    }
}
