import Foundation
import PortalCore
import SQLKit

/// `RetentionStore` on SQLite and PostgreSQL. Each call works through what is due in batches, one
/// transaction per batch, so a long backlog never holds the write path for long.
public struct SQLRetentionStore: RetentionStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    static let batchSize = 200

    public func deleteSavedDrafts(of service: Service.ID, savedBefore cutoff: Date) async throws -> Int {
        try await inBatches { db in
            let ids = try await db.raw(
                """
                SELECT id FROM saved_drafts WHERE service_id = \(bind: service.description) AND saved_at < \(bind: SQLTime.encode(cutoff))
                LIMIT \(bind: Self.batchSize)
                """
            ).all().map { try $0.decode(column: "id", as: String.self) }
            try await SQLSavedDraftStore.delete(ids: ids, on: db)
            return ids.count
        }
    }

    public func closeOut(casesOf service: Service.ID, closedBefore cutoff: Date, action: RetentionPolicy.Action, at now: Date) async throws -> Int {
        try await inBatches { db in
            let rows = try await db.raw(
                """
                SELECT id, seq, reference FROM submissions
                WHERE service_id = \(bind: service.description) AND closed_at < \(bind: SQLTime.encode(cutoff))
                  AND legal_hold_at IS NULL AND anonymised_at IS NULL AND NOT is_test
                ORDER BY closed_at LIMIT \(bind: Self.batchSize)
                """
            ).all()
            let ids = try rows.map { try $0.decode(column: "id", as: String.self) }
            guard !ids.isEmpty else { return 0 }
            switch action {
            case .delete:
                try await Self.deleteCases(ids, on: db)
            case .anonymise:
                try await Self.removePersonalData(of: ids, on: db)
                for row in rows {
                    let reference = try SQLSubmissionStore.reference(row)
                    let sequence = try row.decode(column: "seq", as: Int64.self)
                    // The reference stays findable; the name is gone from the search.
                    let words = SearchTerms.of(applicantName: nil, reference: reference)
                    try await db.raw("DELETE FROM submission_terms WHERE seq = \(bind: sequence)").run()
                    for word in words.sorted() { try await db.raw("INSERT INTO submission_terms (seq, term) VALUES (\(bind: sequence), \(bind: word))").run() }
                    try await db.raw(
                        """
                        UPDATE submissions SET answers = '{}', applicant_name = NULL, applicant_name_folded = NULL, account_id = NULL,
                               access_code_hash = NULL, identity_provider = NULL, identity_subject = NULL,
                               search_words = \(bind: SearchTerms.line(words)), anonymised_at = \(bind: SQLTime.encode(now))
                        WHERE seq = \(bind: sequence)
                        """
                    ).run()
                }
            }
            return ids.count
        }
    }

    /// Everything personal that hangs off the cases: files (uploads, decisions, message attachments),
    /// receipts, messages, document requests, internal notes, notes on status changes, pending jobs.
    static func removePersonalData(of ids: [String], on db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM upload_chunks WHERE upload_id IN (SELECT id FROM uploads WHERE submission_id IN (\(binds: ids)))").run()
        try await db.raw("DELETE FROM uploads WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM receipts WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM case_messages WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM document_requests WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM internal_notes WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM submission_reads WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("UPDATE case_status_changes SET note = NULL WHERE submission_id IN (\(binds: ids))").run()
        // The decision's outcome and date stay for statistics; its file is gone with the uploads.
        try await db.raw("UPDATE decisions SET upload_id = '' WHERE submission_id IN (\(binds: ids))").run()
        // Jobs still waiting for these cases would find nothing (or send it on); a hand-over job names
        // `<submission>/<channel>`.
        let deliveries = try await db.raw("SELECT submission_id, channel_id FROM deliveries WHERE submission_id IN (\(binds: ids))").all().map {
            try $0.decode(column: "submission_id", as: String.self) + "/" + $0.decode(column: "channel_id", as: String.self)
        }
        try await db.raw("DELETE FROM jobs WHERE state <> 'done' AND payload IN (\(binds: ids + deliveries))").run()
    }

    /// The case and everything about it, the audit lines included.
    static func deleteCases(_ ids: [String], on db: any SQLDatabase) async throws {
        try await removePersonalData(of: ids, on: db)
        try await db.raw("DELETE FROM submission_terms WHERE seq IN (SELECT seq FROM submissions WHERE id IN (\(binds: ids)))").run()
        try await db.raw("DELETE FROM audit_events WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM case_status_changes WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM decisions WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM deliveries WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM fitconnect_events WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM fitconnect_transfers WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM fitconnect_incoming WHERE submission_id IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM jobs WHERE payload IN (\(binds: ids))").run()
        try await db.raw("DELETE FROM submissions WHERE id IN (\(binds: ids))").run()
    }

    public func deleteMessages(of service: Service.ID, closedBefore cutoff: Date) async throws -> Int {
        try await inBatches { db in
            let rows = try await db.raw(
                """
                SELECT m.id, m.attachments FROM case_messages m JOIN submissions s ON s.id = m.submission_id
                WHERE s.service_id = \(bind: service.description) AND s.closed_at < \(bind: SQLTime.encode(cutoff)) AND s.legal_hold_at IS NULL
                LIMIT \(bind: Self.batchSize)
                """
            ).all()
            let ids = try rows.map { try $0.decode(column: "id", as: String.self) }
            guard !ids.isEmpty else { return 0 }
            let files = try rows.flatMap { row in
                try row.decode(column: "attachments", as: String?.self).map { try JSONCoding.decode([UploadedFile].self, from: $0) } ?? []
            }.map(\.id.description)
            if !files.isEmpty {
                try await db.raw("DELETE FROM upload_chunks WHERE upload_id IN (\(binds: files))").run()
                try await db.raw("DELETE FROM uploads WHERE id IN (\(binds: files))").run()
            }
            try await db.raw("DELETE FROM case_messages WHERE id IN (\(binds: ids))").run()
            return ids.count
        }
    }

    public func deleteAuditRecords(of service: Service.ID, before cutoff: Date) async throws -> Int {
        try await inBatches { db in
            let ids = try await db.raw(
                """
                SELECT a.id FROM audit_events a JOIN submissions s ON s.id = a.submission_id
                WHERE s.service_id = \(bind: service.description) AND a.at < \(bind: SQLTime.encode(cutoff)) AND s.legal_hold_at IS NULL
                LIMIT \(bind: Self.batchSize)
                """
            ).all().map { try $0.decode(column: "id", as: String.self) }
            guard !ids.isEmpty else { return 0 }
            try await db.raw("DELETE FROM audit_events WHERE id IN (\(binds: ids))").run()
            return ids.count
        }
    }

    public func deleteAdministrativeAuditRecords(before cutoff: Date) async throws -> Int {
        try await inBatches { db in
            let ids = try await db.raw(
                """
                SELECT id FROM audit_events WHERE submission_id IS NULL AND at < \(bind: SQLTime.encode(cutoff)) LIMIT \(bind: Self.batchSize)
                """
            ).all().map { try $0.decode(column: "id", as: String.self) }
            guard !ids.isEmpty else { return 0 }
            try await db.raw("DELETE FROM audit_events WHERE id IN (\(binds: ids))").run()
            return ids.count
        }
    }

    public func deliveredCopies(of service: Service.ID, deliveredBefore cutoff: Date, limit: Int) async throws -> [DeliveredCopy] {
        try await database.reader.raw(
            """
            SELECT d.submission_id, d.channel_id, s.reference, c.target FROM deliveries d
            JOIN submissions s ON s.id = d.submission_id JOIN handover_channels c ON c.id = d.channel_id
            WHERE s.service_id = \(bind: service.description) AND d.kind = \(bind: HandoverChannel.Kind.hotFolder.rawValue)
              AND d.state = \(bind: Delivery.State.delivered.rawValue) AND d.delivered_at < \(bind: SQLTime.encode(cutoff))
              AND d.copy_cleared_at IS NULL AND s.legal_hold_at IS NULL
            LIMIT \(bind: limit)
            """
        ).all().compactMap { row in
            guard let folder = try row.decode(column: "target", as: String?.self) else { return nil }
            return DeliveredCopy(
                submissionID: try StoredID.decode(row, "submission_id"), channelID: try StoredID.decode(row, "channel_id"),
                reference: try SQLSubmissionStore.reference(row), folder: folder)
        }
    }

    public func forgetCopies(_ copies: [DeliveredCopy], at now: Date) async throws {
        guard !copies.isEmpty else { return }
        try await database.write { db in
            for copy in copies {
                try await db.raw(
                    """
                    UPDATE deliveries SET copy_cleared_at = \(bind: SQLTime.encode(now))
                    WHERE submission_id = \(bind: copy.submissionID.description) AND channel_id = \(bind: copy.channelID.description)
                    """
                ).run()
            }
        }
    }

    public func setLegalHold(_ hold: LegalHold?, on submission: Submission.ID, actor: String, at instant: Date) async throws {
        try await database.write { db in
            guard
                try await db.raw(
                    """
                    UPDATE submissions SET legal_hold_reason = \(bind: hold?.reason), legal_hold_by = \(bind: hold?.setBy),
                           legal_hold_at = \(bind: hold.map { SQLTime.encode($0.setAt) })
                    WHERE id = \(bind: submission.description) RETURNING id
                    """
                ).first() != nil
            else { throw NotFound("submission") }
            let action: AuditEvent.Action = hold == nil ? .legalHoldLifted : .legalHoldSet
            try await db.raw(
                """
                INSERT INTO audit_events (id, actor, action, target, submission_id, at)
                VALUES (\(bind: UUID().uuidString.lowercased()), \(bind: actor), \(bind: action.rawValue), NULL, \(bind: submission.description),
                        \(bind: SQLTime.encode(instant)))
                """
            ).run()
        }
    }

    public func legalHold(on submission: Submission.ID) async throws -> LegalHold? {
        guard
            let row = try await database.reader.raw(
                "SELECT legal_hold_reason, legal_hold_by, legal_hold_at FROM submissions WHERE id = \(bind: submission.description)"
            ).first(),
            let at = try row.decode(column: "legal_hold_at", as: Int64?.self)
        else { return nil }
        return LegalHold(
            reason: try row.decode(column: "legal_hold_reason", as: String?.self) ?? "", setBy: try row.decode(column: "legal_hold_by", as: String?.self) ?? "",
            setAt: SQLTime.decode(at))
    }

    public func isAnonymised(_ submission: Submission.ID) async throws -> Bool {
        try await database.reader.raw("SELECT anonymised_at FROM submissions WHERE id = \(bind: submission.description)").first()?
            .decode(column: "anonymised_at", as: Int64?.self) != nil
    }

    public func record(_ records: [DeletionRecord]) async throws {
        guard !records.isEmpty else { return }
        try await database.write { db in
            var sql: SQLQueryString = "INSERT INTO deletion_log (ran_at, service_id, stage, action, count) VALUES "
            for (index, record) in records.enumerated() {
                if index > 0 { sql += ", " }
                sql += """
                    (\(bind: SQLTime.encode(record.ranAt)), \(bind: record.serviceID?.description), \(bind: record.stage.rawValue),
                     \(bind: record.action.rawValue), \(bind: record.count))
                    """
            }
            try await db.raw(sql).run()
        }
    }

    public func deletionLog(limit: Int) async throws -> [DeletionRecord] {
        try await database.reader.raw(
            "SELECT ran_at, service_id, stage, action, count FROM deletion_log ORDER BY seq DESC LIMIT \(bind: limit)"
        ).all().compactMap { row in
            guard
                let stage = RetentionPolicy.Stage(rawValue: try row.decode(column: "stage", as: String.self)),
                let action = RetentionPolicy.Action(rawValue: try row.decode(column: "action", as: String.self))
            else { return nil }
            return DeletionRecord(
                ranAt: SQLTime.decode(try row.decode(column: "ran_at", as: Int64.self)),
                serviceID: try row.decode(column: "service_id", as: String?.self).flatMap { Identifier<Service>(string: $0) }, stage: stage,
                action: action, count: try row.decode(column: "count", as: Int.self))
        }
    }

    /// Runs `batch` in its own transaction until it reports nothing left; returns the total.
    private func inBatches(_ batch: @escaping @Sendable (any SQLDatabase) async throws -> Int) async throws -> Int {
        var total = 0
        while true {
            let count = try await database.write(batch)
            total += count
            if count < Self.batchSize { return total }
        }
    }
}
