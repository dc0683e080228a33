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
            try await SQLSubmissionStore.move(
                request.submissionID, to: .waitingForApplicant, by: request.requestedBy,
                note: CaseNote.documentsRequested(until: request.deadline, request.documents),
                at: request.requestedAt, on: db)
            try await db.raw(
                """
                INSERT INTO document_requests (id, submission_id, documents, deadline, requested_at, requested_by, deliveries)
                VALUES (\(bind: request.id.description), \(bind: request.submissionID.description), \(bind: documents), \(bind: request.deadline.iso),
                        \(bind: SQLTime.encode(request.requestedAt)), \(bind: request.requestedBy), '[]')
                """
            ).run()
            try await SQLJobQueue.insert(reminder, now: request.requestedAt, on: db)
            try await SQLEventLog.insert(.documentsRequested, about: request.submissionID, at: request.requestedAt, on: db)
        }
    }

    public func requests(of submission: Submission.ID) async throws -> [DocumentRequest] {
        try await database.reader.raw("\(unsafeRaw: Self.select) WHERE submission_id = \(bind: submission.description) ORDER BY requested_at DESC")
            .all().map(Self.request)
    }

    public func request(id: DocumentRequest.ID) async throws -> DocumentRequest? {
        try await database.reader.raw("\(unsafeRaw: Self.select) WHERE id = \(bind: id.description)").first().map(Self.request)
    }

    public func deliver(_ id: DocumentRequest.ID, deliveries: [DocumentRequest.Delivery], finish: Bool, at instant: Date) async throws -> DocumentRequest {
        try await database.write { db in
            guard let row = try await db.raw("\(unsafeRaw: Self.select) WHERE id = \(bind: id.description)").first() else {
                throw NotFound("document request")
            }
            var request = try Self.request(row)
            guard request.fulfilledAt == nil else { throw RequestAlreadyFulfilled() }
            // A document uploaded again replaces the earlier file under its name.
            for delivery in deliveries {
                request.deliveries.removeAll { $0.document == delivery.document }
                request.deliveries.append(delivery)
            }
            let answered = finish || request.pending.isEmpty
            if answered { request.fulfilledAt = instant }
            try await db.raw(
                """
                UPDATE document_requests SET fulfilled_at = \(bind: request.fulfilledAt.map(SQLTime.encode)),
                    deliveries = \(bind: try JSONCoding.encode(request.deliveries)) WHERE id = \(bind: id.description)
                """
            ).run()
            guard answered else { return request }
            // Staff may have taken the case back meanwhile; then the files arrive without a status change.
            let status = try await db.raw("SELECT status FROM submissions WHERE id = \(bind: request.submissionID.description)").first()
                .map { try SQLSubmissionStore.status($0, "status") }
            if status == .waitingForApplicant {
                let pending = request.pending
                let note = pending.isEmpty ? CaseNote.documentsUploaded : CaseNote.requestAnswered(missing: pending)
                try await SQLSubmissionStore.move(request.submissionID, to: .inProgress, by: CaseNote.applicantActor, note: note, at: instant, on: db)
            }
            return request
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
