import Foundation
import PortalCore
import SQLKit

/// `SubmissionStore` on SQLite and PostgreSQL.
public struct SQLSubmissionStore: SubmissionStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func file(_ filing: Filing) async throws {
        let submission = filing.submission
        do {
            try await insert(filing)
        } catch {
            // The unique index refused it: a taken reference is the caller's to retry; anything else is not.
            if let existing = try? await self.submission(reference: submission.reference), existing.id != submission.id {
                throw DuplicateReference(reference: submission.reference)
            }
            throw error
        }
    }

    private func insert(_ filing: Filing) async throws {
        // Sealed before it waits for the write path, so the writer's transaction does no cryptography.
        let sealed = SealedFiling(filing: filing, answers: try database.cipher.seal(text: filing.submission.answers.jsonText), cipher: database.cipher)
        try await database.write(sealed, batch: Self.filings)
    }

    /// A filing with its answers as they are stored (sealed when encryption is on), and the cipher
    /// for the mail attachments it queues.
    struct SealedFiling: Sendable {
        let filing: Filing
        let answers: String
        let cipher: DataCipher
    }

    /// Filings waiting in one group commit are written together: one statement per table for all
    /// of them (bench/RESULTS.md, session 9).
    static let termRowsPerStatement = 8_000

    static let filings = WriteBatch<SealedFiling>(key: "filing") { sealed, db in
        let filings = sealed.map(\.filing)
        var insert: SQLQueryString = """
            INSERT INTO submissions (id, reference, service_id, org_unit_id, form_version_id, answers, received_at, status, handed_over_at,
                                     applicant_name, applicant_name_folded, fee, privacy_version, is_test, account_id, access_code_hash, trust_level, language,
                                     identity_provider, identity_subject, search_words, due_on)
            VALUES
            """
        var terms: [String: Set<String>] = [:]
        for (index, filing) in filings.enumerated() {
            let submission = filing.submission
            let words = SearchTerms.of(applicantName: submission.applicantName, reference: submission.reference)
            terms[submission.id.description] = words
            if index > 0 { insert += ", " }
            insert += """
                (\(bind: submission.id.description), \(bind: submission.reference.rawValue), \(bind: submission.serviceID.description),
                 \(bind: submission.orgUnitID.description), \(bind: submission.formVersionID.description), \(bind: sealed[index].answers),
                 \(bind: SQLTime.encode(submission.receivedAt)), \(bind: submission.status.rawValue), \(bind: submission.handedOverAt.map(SQLTime.encode)),
                 \(bind: submission.applicantName), \(bind: submission.applicantName.map(ApplicantName.folded)),
                 \(bind: submission.fee.map { "\($0)" }), \(bind: submission.privacyVersion), \(bind: submission.isTest),
                 \(bind: submission.accountID?.description), \(bind: submission.accessCodeHash), \(bind: submission.trustLevel?.rawValue),
                 \(bind: submission.language?.rawValue), \(bind: submission.identity?.provider), \(bind: submission.identity?.subject),
                 \(bind: SearchTerms.line(words)), \(bind: filing.dueOn?.iso))
                """
        }
        insert += " RETURNING id, seq"
        var rows: [(seq: Int64, term: String)] = []
        var sequences: [String: Int64] = [:]
        for row in try await db.raw(insert).all() {
            let sequence = try row.decode(column: "seq", as: Int64.self)
            let id = try row.decode(column: "id", as: String.self)
            sequences[id] = sequence
            for term in (terms[id] ?? []).sorted() { rows.append((sequence, term)) }
        }
        // A name may have many words: statements stay under SQLite's 32,766 bound values.
        for start in stride(from: 0, to: rows.count, by: Self.termRowsPerStatement) {
            var sql: SQLQueryString = "INSERT INTO submission_terms (seq, term) VALUES "
            for (index, row) in rows[start..<min(start + Self.termRowsPerStatement, rows.count)].enumerated() {
                if index > 0 { sql += ", " }
                sql += "(\(bind: row.seq), \(bind: row.term))"
            }
            try await db.raw(sql).run()
        }
        try await SQLHandoverStore.insert(
            filings.flatMap { filing in
                filing.deliveries.map { ($0, filing.submission.orgUnitID, sequences[filing.submission.id.description] ?? 0) }
            }, on: db)
        try await SQLJobQueue.insert(
            filings.flatMap { filing in
                (filing.jobs + filing.mails.map(\.job)).map { ($0, filing.submission.receivedAt) }
            }, on: db)
        for filing in filings {
            guard let owner = filing.uploadOwner, !filing.attachments.isEmpty else { continue }
            let attached = try await SQLUploadStore.attach(filing.attachments, owner: owner, to: filing.submission.id, on: db)
            if attached < Set(filing.attachments).count { throw IntakeError.attachmentMissing }
        }
        try await SQLSavedDraftStore.delete(ids: filings.compactMap(\.savedDraftID), on: db)
        for filing in filings where filing.wasPending {
            try await db.raw("DELETE FROM pending_applications WHERE id = \(bind: filing.submission.id.description)").run()
        }
        try await SQLOutbox.add(
            filings.flatMap { filing in filing.mails.map { ($0, filing.submission.receivedAt) } }, cipher: sealed.first?.cipher ?? .none, on: db)
        try await SQLRateLimitStore.record(filings.flatMap { filing in filing.counts.map { ($0, filing.submission.receivedAt) } }, on: db)
        // Editors' test submissions are no usage.
        try await SQLEventLog.insert(
            filings.filter { !$0.submission.isTest }.map { PortalEvent(.submissionReceived, service: $0.submission.serviceID, at: $0.submission.receivedAt) },
            on: db)
    }

    public func submission(id: Submission.ID) async throws -> Submission? {
        try await database.reader.raw("SELECT \(unsafeRaw: Self.columns) FROM submissions WHERE id = \(bind: id.description)").first().map {
            try Self.submission($0, cipher: database.cipher)
        }
    }

    public func submission(reference: Reference) async throws -> Submission? {
        try await database.reader.raw("SELECT \(unsafeRaw: Self.columns) FROM submissions WHERE reference = \(bind: reference.rawValue)").first().map {
            try Self.submission($0, cipher: database.cipher)
        }
    }

    public func submissions(of orgUnit: OrgUnit.ID, after sequence: Int64?, limit: Int) async throws -> [SubmissionSummary] {
        try await database.reader.raw(
            """
            SELECT s.seq, s.id, s.reference, s.status, s.received_at, s.applicant_name, s.is_test, v.slug, v.title
            FROM submissions s JOIN services v ON v.id = s.service_id
            WHERE s.org_unit_id = \(bind: orgUnit.description) AND s.seq > \(bind: sequence ?? 0)
            ORDER BY s.seq LIMIT \(bind: limit)
            """
        ).all().map { try Self.summary($0, withReadMarker: false) }
    }

    public func changeStatus(of id: Submission.ID, to status: CaseStatus, by actor: String, note: String?, at instant: Date) async throws -> StatusChange {
        try await database.write { db in try await Self.move(id, to: status, by: actor, note: note, at: instant, on: db) }
    }

    public func changeStatus(of ids: [Submission.ID], to status: CaseStatus, by actor: String, note: String?, at instant: Date) async throws
        -> [StatusChange]
    {
        try await database.write { db in
            var changes: [StatusChange] = []
            for id in ids { changes.append(try await Self.move(id, to: status, by: actor, note: note, at: instant, on: db)) }
            return changes
        }
    }

    /// Moves the case by the state machine and records the change, inside the caller's
    /// transaction; every store that changes a case's status goes through here.
    @discardableResult
    static func move(_ id: Submission.ID, to status: CaseStatus, by actor: String, note: String?, at instant: Date, on db: any SQLDatabase) async throws
        -> StatusChange
    {
        guard let row = try await db.raw("SELECT status, received_at, closed_at, is_test FROM submissions WHERE id = \(bind: id.description)").first()
        else {
            throw NotFound("submission")
        }
        let receivedAt = SQLTime.decode(try row.decode(column: "received_at", as: Int64.self))
        let wasClosed = try row.decode(column: "closed_at", as: Int64?.self) != nil
        let isTest = try row.decode(column: "is_test", as: Bool.self)
        var caseFile = Case(submissionID: id, status: try Self.status(row, "status"))
        let change = try caseFile.move(to: status, by: actor, note: note, at: instant)
        // Retention counts from the first closing; a decided case completed later keeps that day.
        let closing = change.to.isClosed ? SQLTime.encode(change.at) : nil
        guard
            let row = try await db.raw(
                """
                UPDATE submissions SET status = \(bind: change.to.rawValue), closed_at = COALESCE(closed_at, \(bind: closing))
                WHERE id = \(bind: id.description) RETURNING service_id
                """
            ).first()
        else { throw NotFound("submission") }
        let service: Service.ID = try StoredID.decode(row, "service_id")
        if !isTest {
            var events = [PortalEvent(.statusChanged, service: service, detail: change.to.rawValue, at: change.at)]
            // The processing time, once per case: receipt to the first closing by a decision.
            if !wasClosed, change.to.isClosed, change.to != .withdrawn {
                let days = Int(change.at.timeIntervalSince(receivedAt) / 86_400)
                events.append(PortalEvent(.caseDecided, service: service, detail: "\(max(0, days))", at: change.at))
            }
            try await SQLEventLog.insert(events, on: db)
        }
        if change.from == .waitingForApplicant { try await pauseDeadline(id, until: instant, on: db) }
        try await db.raw(
            """
            INSERT INTO case_status_changes (id, submission_id, from_status, to_status, actor, note, changed_at)
            VALUES (\(bind: UUID().uuidString.lowercased()), \(bind: id.description), \(bind: change.from.rawValue), \(bind: change.to.rawValue),
                    \(bind: change.actor), \(bind: change.note), \(bind: SQLTime.encode(change.at)))
            """
        ).run()
        // The audit trail names the change too, so one table answers "who changed what, when".
        try await db.raw(
            """
            INSERT INTO audit_events (id, actor, action, target, submission_id, at)
            VALUES (\(bind: UUID().uuidString.lowercased()), \(bind: change.actor), \(bind: AuditEvent.Action.statusChanged.rawValue),
                    \(bind: "status:" + change.to.rawValue), \(bind: id.description), \(bind: SQLTime.encode(change.at)))
            """
        ).run()
        return change
    }

    /// The clock stood still while the case waited for the applicant: the due date moves on by the
    /// days waited (whole days, rounded up) to the next working day.
    static func pauseDeadline(_ id: Submission.ID, until instant: Date, on db: any SQLDatabase) async throws {
        guard
            let due = try await db.raw("SELECT due_on FROM submissions WHERE id = \(bind: id.description)").first()?
                .decode(column: "due_on", as: String?.self).flatMap(LocalDate.init(iso:)),
            let since = try await db.raw(
                """
                SELECT changed_at FROM case_status_changes WHERE submission_id = \(bind: id.description) AND to_status = 'waitingForApplicant'
                ORDER BY changed_at DESC LIMIT 1
                """
            ).first()?.decode(column: "changed_at", as: Int64.self)
        else { return }
        let days = Int((instant.timeIntervalSince(SQLTime.decode(since)) / 86_400).rounded(.up))
        guard days > 0 else { return }
        let moved = WorkingDays.onOrAfter(due.adding(days: days))
        try await db.raw("UPDATE submissions SET due_on = \(bind: moved.iso) WHERE id = \(bind: id.description)").run()
    }

    public func caseFile(of id: Submission.ID) async throws -> Case? {
        let reader = database.reader
        guard let row = try await reader.raw("SELECT status FROM submissions WHERE id = \(bind: id.description)").first() else { return nil }
        let history = try await reader.raw(
            """
            SELECT from_status, to_status, actor, note, changed_at FROM case_status_changes
            WHERE submission_id = \(bind: id.description) ORDER BY changed_at, id
            """
        ).all().map { row in
            StatusChange(
                from: try Self.status(row, "from_status"), to: try Self.status(row, "to_status"),
                actor: try row.decode(column: "actor", as: String.self),
                note: try row.decode(column: "note", as: String?.self),
                at: SQLTime.decode(try row.decode(column: "changed_at", as: Int64.self))
            )
        }
        return Case(submissionID: id, status: try Self.status(row, "status"), history: history)
    }

    public func markHandedOver(_ id: Submission.ID, at instant: Date) async throws -> Reference? {
        let row = try await database.write { db in
            try await db.raw(
                """
                UPDATE submissions SET handed_over_at = COALESCE(handed_over_at, \(bind: SQLTime.encode(instant)))
                WHERE id = \(bind: id.description) RETURNING reference
                """
            ).first().map { try $0.decode(column: "reference", as: String.self) }
        }
        return row.flatMap(Reference.init)
    }

    public func count() async throws -> Int {
        try await database.reader.raw("SELECT COUNT(*) AS n FROM submissions").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    public func inbox(_ query: InboxQuery) async throws -> [SubmissionSummary] {
        try await SQLInbox(database: database).page(query)
    }

    /// A list row; `withReadMarker` for queries that joined `submission_reads` as `first_read_at`.
    static func summary(_ row: any SQLRow, withReadMarker: Bool) throws -> SubmissionSummary {
        SubmissionSummary(
            sequence: try row.decode(column: "seq", as: Int64.self),
            id: try StoredID.decode(row, "id"),
            reference: try reference(row),
            serviceSlug: try row.decode(column: "slug", as: String.self),
            serviceTitle: try row.decode(column: "title", as: String.self),
            status: try status(row, "status"),
            receivedAt: SQLTime.decode(try row.decode(column: "received_at", as: Int64.self)),
            applicantName: try row.decode(column: "applicant_name", as: String?.self),
            isRead: withReadMarker ? try row.decode(column: "first_read_at", as: Int64?.self) != nil : nil,
            isTest: try row.decode(column: "is_test", as: Bool.self),
            assigneeID: row.contains(column: "assignee_id")
                ? try row.decode(column: "assignee_id", as: String?.self).flatMap { Identifier<StaffUser>(string: $0) } : nil,
            dueOn: row.contains(column: "due_on") ? try row.decode(column: "due_on", as: String?.self).flatMap(LocalDate.init(iso:)) : nil,
            followUpOn: row.contains(column: "follow_up_on") ? try row.decode(column: "follow_up_on", as: String?.self).flatMap(LocalDate.init(iso:)) : nil
        )
    }

    public func references(of submissions: Set<Submission.ID>) async throws -> [Submission.ID: Reference] {
        var found: [Submission.ID: Reference] = [:]
        let ids = submissions.map(\.description).sorted()
        // In chunks: a period's trail can name many thousands of cases, more than one statement binds.
        for start in stride(from: 0, to: ids.count, by: 1000) {
            let chunk = Array(ids[start..<min(start + 1000, ids.count)])
            for row in try await database.reader.raw("SELECT id, reference FROM submissions WHERE id IN (\(binds: chunk))").all() {
                found[try StoredID.decode(row, "id")] = try Self.reference(row)
            }
        }
        return found
    }

    public func deadlines(of submission: Submission.ID) async throws -> (dueOn: LocalDate?, followUpOn: LocalDate?) {
        guard let row = try await database.reader.raw("SELECT due_on, follow_up_on FROM submissions WHERE id = \(bind: submission.description)").first()
        else { return (nil, nil) }
        return (
            try row.decode(column: "due_on", as: String?.self).flatMap(LocalDate.init(iso:)),
            try row.decode(column: "follow_up_on", as: String?.self).flatMap(LocalDate.init(iso:))
        )
    }

    public func setFollowUp(of submission: Submission.ID, on day: LocalDate?) async throws {
        try await database.write { db in
            try await db.raw("UPDATE submissions SET follow_up_on = \(bind: day?.iso) WHERE id = \(bind: submission.description)").run()
        }
    }

    public func assign(_ submission: Submission.ID, to assignee: StaffUser.ID?, by actor: StaffUser.ID, at instant: Date) async throws {
        try await database.write { db in
            try await db.raw(
                "UPDATE submissions SET assignee_id = \(bind: assignee?.description) WHERE id = \(bind: submission.description)"
            ).run()
            try await db.raw(
                """
                INSERT INTO audit_events (id, actor, action, target, submission_id, at)
                VALUES (\(bind: UUID().uuidString.lowercased()), \(bind: AuditEvent.staff(actor)), \(bind: AuditEvent.Action.caseAssigned.rawValue),
                        \(bind: assignee.map(AuditEvent.staff)), \(bind: submission.description), \(bind: SQLTime.encode(instant)))
                """
            ).run()
        }
    }

    public func assignee(of submission: Submission.ID) async throws -> StaffUser.ID? {
        try await database.reader.raw("SELECT assignee_id FROM submissions WHERE id = \(bind: submission.description)").first()?
            .decode(column: "assignee_id", as: String?.self).flatMap { Identifier<StaffUser>(string: $0) }
    }

    public func recordAPIRead(of submission: Submission.ID, by key: APIKey.ID, at instant: Date) async throws {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO audit_events (id, actor, action, submission_id, at)
                VALUES (\(bind: UUID().uuidString.lowercased()), \(bind: "apikey:" + key.description), \(bind: "submission.read"),
                        \(bind: submission.description), \(bind: SQLTime.encode(instant)))
                """
            ).run()
        }
    }

    public func recordRead(of submission: Submission.ID, by reader: StaffUser.ID, at instant: Date) async throws {
        let at = SQLTime.encode(instant)
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO submission_reads (submission_id, user_id, first_read_at, last_read_at)
                VALUES (\(bind: submission.description), \(bind: reader.description), \(bind: at), \(bind: at))
                ON CONFLICT (submission_id, user_id) DO UPDATE SET last_read_at = excluded.last_read_at
                """
            ).run()
            try await db.raw(
                """
                INSERT INTO audit_events (id, actor, action, submission_id, at)
                VALUES (\(bind: UUID().uuidString.lowercased()), \(bind: "staff:" + reader.description), \(bind: "submission.read"), \(bind: submission.description), \(bind: at))
                """
            ).run()
        }
    }

    public func counts(since instant: Date) async throws -> [Service.ID: Int] {
        var counts: [Service.ID: Int] = [:]
        for row in try await database.reader.raw(
            """
            SELECT service_id, COUNT(*) AS n FROM submissions WHERE received_at >= \(bind: SQLTime.encode(instant)) AND NOT is_test GROUP BY service_id
            """
        ).all() {
            counts[try StoredID.decode(row, "service_id")] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }

    public func testSubmissionCount(of service: Service.ID) async throws -> Int {
        try await database.reader.raw(
            """
            SELECT COUNT(*) AS n FROM submissions WHERE service_id = \(bind: service.description) AND is_test
            """
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    public func deleteTestSubmissions(of service: Service.ID) async throws -> Int {
        try await database.write { db in
            let ids = try await db.raw(
                """
                SELECT id FROM submissions WHERE service_id = \(bind: service.description) AND is_test
                """
            ).all().map { try $0.decode(column: "id", as: String.self) }
            guard !ids.isEmpty else { return 0 }
            // Everything hanging off a test submission goes with it, as when retention deletes a case.
            try await SQLRetentionStore.deleteCases(ids, on: db)
            return ids.count
        }
    }

    static let columns =
        "id, reference, service_id, org_unit_id, form_version_id, answers, received_at, status, handed_over_at, applicant_name, fee, privacy_version, is_test, account_id, access_code_hash, trust_level, language, identity_provider, identity_subject"

    static func submission(_ row: any SQLRow, cipher: DataCipher) throws -> Submission {
        Submission(
            id: try StoredID.decode(row, "id"),
            reference: try reference(row),
            serviceID: try StoredID.decode(row, "service_id"),
            orgUnitID: try StoredID.decode(row, "org_unit_id"),
            formVersionID: try StoredID.decode(row, "form_version_id"),
            answers: try JSONParser.parse(cipher.open(text: row.decode(column: "answers", as: String.self))),
            applicantName: try row.decode(column: "applicant_name", as: String?.self),
            fee: try row.decode(column: "fee", as: String?.self).flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) },
            receivedAt: SQLTime.decode(try row.decode(column: "received_at", as: Int64.self)),
            status: try status(row, "status"),
            handedOverAt: try row.decode(column: "handed_over_at", as: Int64?.self).map(SQLTime.decode),
            privacyVersion: try row.decode(column: "privacy_version", as: Int?.self),
            isTest: try row.decode(column: "is_test", as: Bool.self),
            accountID: try row.decode(column: "account_id", as: String?.self).flatMap(CitizenAccount.ID.init(string:)),
            accessCodeHash: try row.decode(column: "access_code_hash", as: String?.self),
            trustLevel: try row.decode(column: "trust_level", as: String?.self).flatMap(TrustLevel.init(rawValue:)),
            language: try row.decode(column: "language", as: String?.self).flatMap(Language.init(rawValue:)),
            identity: try identity(row)
        )
    }

    static func identity(_ row: any SQLRow) throws -> IdentityKey? {
        guard let provider = try row.decode(column: "identity_provider", as: String?.self),
            let subject = try row.decode(column: "identity_subject", as: String?.self)
        else { return nil }
        return IdentityKey(provider: provider, subject: subject)
    }

    static func reference(_ row: any SQLRow) throws -> Reference {
        let text = try row.decode(column: "reference", as: String.self)
        guard let reference = Reference(text) else { throw CorruptRow(column: "reference", value: text) }
        return reference
    }

    static func status(_ row: any SQLRow, _ column: String) throws -> CaseStatus {
        let text = try row.decode(column: column, as: String.self)
        guard let status = CaseStatus(rawValue: text) else { throw CorruptRow(column: column, value: text) }
        return status
    }
}
