import Foundation
import PortalCore
import SQLKit

/// `DecisionStore` on SQLite and PostgreSQL.
public struct SQLDecisionStore: DecisionStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func deliver(_ decision: Decision) async throws {
        let id = decision.submissionID.description
        try await database.write { db in
            try await SQLSubmissionStore.move(
                decision.submissionID, to: .decided, by: decision.deliveredBy,
                note: CaseNote.decisionDelivered(decision.outcome), at: decision.deliveredAt, on: db)
            try await db.raw(
                """
                INSERT INTO decisions (submission_id, upload_id, outcome, delivered_at, delivered_by, by_post)
                VALUES (\(bind: id), \(bind: decision.file.id.description), \(bind: decision.outcome.rawValue),
                        \(bind: SQLTime.encode(decision.deliveredAt)), \(bind: decision.deliveredBy), \(bind: decision.byPost))
                """
            ).run()
            try await db.raw(
                """
                INSERT INTO audit_events (id, actor, action, submission_id, at)
                VALUES (\(bind: UUID().uuidString.lowercased()), \(bind: decision.deliveredBy), 'decision.delivered', \(bind: id), \(bind: SQLTime.encode(decision.deliveredAt)))
                """
            ).run()
            try await SQLEventLog.insert(
                .decisionDelivered, about: decision.submissionID, detail: decision.outcome.rawValue, at: decision.deliveredAt, on: db)
        }
    }

    public func decision(of submission: Submission.ID) async throws -> Decision? {
        guard
            let row = try await database.reader.raw(
                """
                SELECT d.outcome, d.delivered_at, d.delivered_by, d.first_retrieved_at, d.by_post, d.print_batch_id, b.written_at, u.id, u.name, u.media_type, u.size, u.sha256
                FROM decisions d JOIN uploads u ON u.id = d.upload_id LEFT JOIN print_batches b ON b.id = d.print_batch_id
                WHERE d.submission_id = \(bind: submission.description)
                """
            ).first()
        else { return nil }
        let outcomeText = try row.decode(column: "outcome", as: String.self)
        // A delivered decision never hides behind an unreadable row: that would allow a second one.
        guard let outcome = Decision.Outcome(rawValue: outcomeText) else { throw CorruptRow(column: "outcome", value: outcomeText) }
        return Decision(
            submissionID: submission,
            file: UploadedFile(
                id: try StoredID.decode(row, "id"), name: try row.decode(column: "name", as: String.self),
                mediaType: try row.decode(column: "media_type", as: String.self), size: Int(try row.decode(column: "size", as: Int64.self)),
                sha256: try row.decode(column: "sha256", as: String.self)),
            outcome: outcome, deliveredAt: SQLTime.decode(try row.decode(column: "delivered_at", as: Int64.self)),
            deliveredBy: try row.decode(column: "delivered_by", as: String.self),
            firstRetrievedAt: try row.decode(column: "first_retrieved_at", as: Int64?.self).map(SQLTime.decode),
            byPost: try row.decode(column: "by_post", as: Bool.self), printBatchID: try row.decode(column: "print_batch_id", as: String?.self),
            printedAt: try row.decode(column: "written_at", as: Int64?.self).map(SQLTime.decode)
        )
    }

    public func recordRetrieval(of submission: Submission.ID, at instant: Date) async throws {
        try await database.write { db in
            try await db.raw(
                """
                UPDATE decisions SET first_retrieved_at = COALESCE(first_retrieved_at, \(bind: SQLTime.encode(instant)))
                WHERE submission_id = \(bind: submission.description)
                """
            ).run()
        }
    }
}
