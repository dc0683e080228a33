import Foundation
import PortalCore
import SQLKit

/// `DocumentRequestStore` on SQLite and PostgreSQL.
public struct SQLDocumentRequestStore: DocumentRequestStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func create(_ request: DocumentRequest, reminder: Job) async throws {
        let documents = try JSONCoding.encode(request.documents)
        try await database.write { db in
            try await SQLSubmissionStore.move(request.submissionID, to: .waitingForApplicant, by: request.requestedBy,
                                note: "Unterlagen nachgefordert bis \(request.deadline.german): \(request.documents.joined(separator: "; "))",
                                at: request.requestedAt, on: db)
            try await db.raw("""
                INSERT INTO document_requests (id, submission_id, documents, deadline, requested_at, requested_by, deliveries)
                VALUES (\(bind: request.id.description), \(bind: request.submissionID.description), \(bind: documents), \(bind: request.deadline.iso),
                        \(bind: SQLTime.encode(request.requestedAt)), \(bind: request.requestedBy), '[]')
                """).run()
            try await SQLJobQueue.insert(reminder, now: request.requestedAt, on: db)
        }
    }

    public func requests(of submission: Submission.ID) async throws -> [DocumentRequest] {
        try await database.reader.raw("\(unsafeRaw: Self.select) WHERE submission_id = \(bind: submission.description) ORDER BY requested_at DESC")
            .all().map(Self.request)
    }

    public func request(id: DocumentRequest.ID) async throws -> DocumentRequest? {
        try await database.reader.raw("\(unsafeRaw: Self.select) WHERE id = \(bind: id.description)").first().map(Self.request)
    }

    public func fulfil(_ id: DocumentRequest.ID, deliveries: [DocumentRequest.Delivery], at instant: Date) async throws {
        let encoded = try JSONCoding.encode(deliveries)
        try await database.write { db in
            guard let row = try await db.raw("SELECT submission_id, fulfilled_at FROM document_requests WHERE id = \(bind: id.description)").first() else {
                throw NotFound("document request")
            }
            guard try row.decode(column: "fulfilled_at", as: Int64?.self) == nil else { throw RequestAlreadyFulfilled() }
            let submission: Submission.ID = try StoredID.decode(row, "submission_id")
            try await db.raw("""
                UPDATE document_requests SET fulfilled_at = \(bind: SQLTime.encode(instant)), deliveries = \(bind: encoded) WHERE id = \(bind: id.description)
                """).run()
            // Staff may have taken the case back meanwhile; then the files arrive without a status change.
            let status = try await db.raw("SELECT status FROM submissions WHERE id = \(bind: submission.description)").first()
                .map { try SQLSubmissionStore.status($0, "status") }
            if status == .waitingForApplicant {
                try await SQLSubmissionStore.move(submission, to: .inProgress, by: "Antragsteller:in", note: "Nachgeforderte Unterlagen hochgeladen.", at: instant, on: db)
            }
        }
    }

    static let select = "SELECT id, submission_id, documents, deadline, requested_at, requested_by, fulfilled_at, deliveries FROM document_requests"

    static func request(_ row: any SQLRow) throws -> DocumentRequest {
        let deadlineText = try row.decode(column: "deadline", as: String.self)
        guard let deadline = LocalDate(iso: deadlineText) else { throw CorruptRow(column: "deadline", value: deadlineText) }
        return DocumentRequest(
            id: try StoredID.decode(row, "id"), submissionID: try StoredID.decode(row, "submission_id"),
            documents: try JSONCoding.decode([String].self, from: row.decode(column: "documents", as: String.self)),
            deadline: deadline,
            requestedAt: SQLTime.decode(try row.decode(column: "requested_at", as: Int64.self)),
            requestedBy: try row.decode(column: "requested_by", as: String.self),
            fulfilledAt: try row.decode(column: "fulfilled_at", as: Int64?.self).map(SQLTime.decode),
            deliveries: try JSONCoding.decode([DocumentRequest.Delivery].self, from: row.decode(column: "deliveries", as: String.self))
        )
    }
}
